"""The office profile: name, letterhead and reference-number prefix printed on every document."""

from __future__ import annotations

from typing import Any

from liaison_desktop.core import vocab
from liaison_desktop.core.models import OfficeProfile
from liaison_desktop.core.services.audit import AuditService, changed_fields
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.validation import choice, text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

F_OFFICE_NAME = QT_TRANSLATE_NOOP("Field", "Office name")
F_OFFICE_NAME_EN = QT_TRANSLATE_NOOP("Field", "Office name in English")
F_DISTRICT = QT_TRANSLATE_NOOP("Field", "District")
F_LETTERHEAD = QT_TRANSLATE_NOOP("Field", "Letterhead lines")
F_ADDRESS = QT_TRANSLATE_NOOP("Field", "Address")
F_PHONE = QT_TRANSLATE_NOOP("Field", "Phone")
F_EMAIL = QT_TRANSLATE_NOOP("Field", "E-mail")
F_PREFIX = QT_TRANSLATE_NOOP("Field", "Reference number prefix")
F_LANGUAGE = QT_TRANSLATE_NOOP("Field", "Default language")

_FIELDS = {
    "name": (F_OFFICE_NAME, False),
    "name_en": (F_OFFICE_NAME_EN, False),
    "district": (F_DISTRICT, False),
    "letterhead": (F_LETTERHEAD, True),
    "address": (F_ADDRESS, True),
    "phone": (F_PHONE, False),
    "email": (F_EMAIL, False),
    "reference_prefix": (F_PREFIX, False),
}


class OfficeService:
    def __init__(self, ctx: ServiceContext, audit: AuditService) -> None:
        self.ctx = ctx
        self.audit = audit

    def profile(self) -> OfficeProfile | None:
        return OfficeProfile.select().order_by(OfficeProfile.id).first()

    def is_set_up(self) -> bool:
        return self.profile() is not None

    def save_profile(self, **fields: Any) -> OfficeProfile:
        current = self.profile()
        values: dict[str, Any] = {}
        for key, (label, multiline) in _FIELDS.items():
            if key in fields or current is None:
                values[key] = text_field(
                    fields.get(key, ""), label, required=key == "name", multiline=multiline
                )
        if "default_language" in fields or current is None:
            values["default_language"] = choice(
                fields.get("default_language", "hi"), vocab.Language, F_LANGUAGE
            )
        with self.ctx.atomic():
            if current is None:
                profile = OfficeProfile.create(updated_at=self.ctx.now(), **values)
                self.audit.record("create", profile, profile.name, values)
                return profile
            changes = changed_fields(current, values)
            OfficeProfile.update(updated_at=self.ctx.now(), **values).where(
                OfficeProfile.id == current.id
            ).execute()
            self.audit.record("update", current, values.get("name", current.name), changes)
        return self.profile()  # type: ignore[return-value]
