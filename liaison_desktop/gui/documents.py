"""The seam between the interface and the printed documents (minutes, attendance, review sheet).

The interface asks for a document as PDF bytes through one function,
``DocumentRenderer(meeting_id, kind, language) -> bytes``, called on a worker thread (ReportLab is
imported there, never at start-up). ``AppContext.render_document`` holds the function in use; until
the reports package provides one, ``documents_unavailable`` explains that documents are not yet
part of this build.
"""

from __future__ import annotations

from collections.abc import Callable

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

DocumentRenderer = Callable[[int, str, str], bytes]

# kind code -> label (context "Documents")
DOCUMENT_KINDS: dict[str, str] = {
    "minutes": QT_TRANSLATE_NOOP("Documents", "Minutes"),
    "attendance": QT_TRANSLATE_NOOP("Documents", "Attendance sheet"),
    "review": QT_TRANSLATE_NOOP("Documents", "Review sheet (ATR)"),
}

MSG_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "LiaisonError", "Printed documents are not available in this version of Liaison Desktop yet."
)


class DocumentsUnavailable(LiaisonError):
    """No document renderer is installed in this build."""


def documents_unavailable(meeting_id: int, kind: str, language: str) -> bytes:
    raise DocumentsUnavailable(MSG_UNAVAILABLE)
