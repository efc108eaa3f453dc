"""Reading the anchors back from a paper: a PDF the application printed, or a text file
holding a scanned QR code's value (``core/anchor.py``)."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from liaison_desktop.core.anchor import PaperAnchor, find_anchors
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_PAPER_BYTES = 200 * 1024 * 1024
MSG_PAPER_UNREADABLE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{path}” cannot be read as a paper: {reason}."
)
MSG_NO_ANCHOR = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{path}” carries no seal of Liaison Desktop minutes (drafts have none; minutes printed "
    "before the ledger show only a short hash).",
)


def anchors_in_file(path: Path) -> list[PaperAnchor]:
    """The anchors of a PDF's keywords and text, or of a text file; an error saying why when
    the file cannot be read or holds none."""
    try:
        if not path.is_file():
            raise ValidationError(MSG_PAPER_UNREADABLE, path=path, reason="not a regular file")
        if path.stat().st_size > MAX_PAPER_BYTES:
            raise ValidationError(MSG_PAPER_UNREADABLE, path=path, reason="larger than 200 MB")
        with path.open("rb") as stream:
            is_pdf = stream.read(5) == b"%PDF-"
        text = _pdf_text(path) if is_pdf else path.read_text("utf-8", errors="replace")
    except OSError as error:
        raise ValidationError(MSG_PAPER_UNREADABLE, path=path, reason=error.strerror) from error
    anchors = find_anchors(text)
    if not anchors:
        raise ValidationError(MSG_NO_ANCHOR, path=path)
    return anchors


def _pdf_text(path: Path) -> str:
    """The keywords (written by the application, exact) and then the text of every page (for a
    PDF printed through another program, where only the printed line survives)."""
    try:
        reader = PdfReader(path)
        keywords = str((reader.metadata or {}).get("/Keywords", ""))
        if find_anchors(keywords):
            return keywords
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        log.warning("unreadable PDF %s: %s", path.name, type(error).__name__)
        raise ValidationError(MSG_PAPER_UNREADABLE, path=path, reason="damaged PDF") from error
