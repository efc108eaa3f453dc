"""Find a record by its integer id or its UUID, as every command and screen accepts either."""

from __future__ import annotations

import uuid
from typing import TypeVar

from liaison_desktop.core.errors import MSG_NOT_FOUND, NotFoundError, Tr
from liaison_desktop.core.models import BaseModel

ModelT = TypeVar("ModelT", bound=BaseModel)


def get_by_ref(model: type[ModelT], ref: int | str | uuid.UUID | None, kind: str) -> ModelT:
    """The record whose id or UUID is ``ref``; ``NotFoundError`` naming ``kind`` otherwise."""
    found = None
    text = str(ref).strip() if ref is not None else ""
    if text.isdigit():
        found = model.get_or_none(model.id == int(text))
    elif text:
        try:
            found = model.get_or_none(model.uuid == uuid.UUID(text))
        except ValueError:
            found = None
    if found is None:
        raise NotFoundError(MSG_NOT_FOUND, kind=Tr("LiaisonError", kind), ref=text)
    return found
