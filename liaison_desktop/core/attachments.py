"""Files kept with a meeting: read safely from disk and checked before anything is written.

A file is read only if it is a regular file no larger than the limit (a FIFO would block for
ever, ``/dev/zero`` never ends), and a signed copy must be a PDF, JPEG or PNG by its content, not
its name. Everything is checked before the transaction that stores it, so a bad scan never leaves
minutes signed without one.
"""

from __future__ import annotations

import mimetypes
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.validation import text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
# What a signed copy may be, by its first bytes
SCAN_SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}

F_ATTACHMENT = QT_TRANSLATE_NOOP("Field", "Attachment")

MSG_ATTACHMENT_TOO_BIG = QT_TRANSLATE_NOOP(
    "LiaisonError", "The file “{name}” is too large ({size} MB; at most {limit} MB)."
)
MSG_ATTACHMENT_EMPTY = QT_TRANSLATE_NOOP("LiaisonError", "The file “{name}” is empty.")
MSG_ATTACHMENT_UNREADABLE = QT_TRANSLATE_NOOP(
    "LiaisonError", "The file “{name}” cannot be read: {detail}."
)
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{name}” is not an ordinary file (a folder, device or pipe); choose a file."
)
MSG_NOT_A_SCAN = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The file “{name}” is not a PDF, JPEG or PNG file; a signed copy must be a scan in one of "
    "these formats.",
)


@dataclass(frozen=True)
class AttachmentFile:
    name: str  # file name only, no folders
    content: bytes
    mime_type: str


def read_attachment(path: Path, kind: str = vocab.AttachmentKind.DOCUMENT) -> AttachmentFile:
    """The file at ``path``, checked as ``check_attachment`` does; never blocks on a pipe or
    reads more than the limit."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(MSG_NOT_A_FILE, field=F_ATTACHMENT, name=str(path))
        _check_size(Path(path).name, info.st_size)
        with open(path, "rb") as stream:
            content = stream.read(MAX_ATTACHMENT_BYTES + 1)  # the file may grow meanwhile
    except OSError as exc:
        raise ValidationError(
            MSG_ATTACHMENT_UNREADABLE,
            field=F_ATTACHMENT,
            name=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    return check_attachment(Path(path).name, content, kind)


def check_attachment(filename: str, content: bytes, kind: str) -> AttachmentFile:
    """The file as it will be stored, or the reason it cannot be: no name, empty, too large, or
    a signed copy that is not a scan."""
    name = text_field(Path(filename).name, F_ATTACHMENT, required=True)
    if not content:
        raise ValidationError(MSG_ATTACHMENT_EMPTY, field=F_ATTACHMENT, name=name)
    _check_size(name, len(content))
    mime_type = next(
        (mime for magic, mime in SCAN_SIGNATURES.items() if content.startswith(magic)), None
    )
    if kind == vocab.AttachmentKind.SIGNED_COPY and mime_type is None:
        raise ValidationError(MSG_NOT_A_SCAN, field=F_ATTACHMENT, name=name)
    return AttachmentFile(
        name, content, mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    )


def _check_size(name: str, size: int) -> None:
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            MSG_ATTACHMENT_TOO_BIG,
            field=F_ATTACHMENT,
            name=name,
            size=round(size / 2**20, 1),
            limit=MAX_ATTACHMENT_BYTES // 2**20,
        )

