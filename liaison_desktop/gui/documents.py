"""The seam between the interface and the printed documents.

The interface asks for a document with a request (``reports/requests.py``: which document, for
which meeting, station or quarter, in which language) through one function,
``DocumentRenderer(request) -> bytes`` (a PDF), called on a worker thread. ``AppContext`` holds the
function in use: ``report_renderer(services)``, or a stand-in in tests. ReportLab is imported on
the worker at the first document, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from liaison_desktop.core.services import Services
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.requests import DocumentKind, DocumentRequest

DocumentRenderer = Callable[[DocumentRequest], bytes]

# kind -> label (context "Documents"), in the order the Documents page offers them
DOCUMENT_KINDS: dict[DocumentKind, str] = {
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("Documents", "Minutes"),
    DocumentKind.ATTENDANCE: QT_TRANSLATE_NOOP("Documents", "Attendance sheet"),
    DocumentKind.REVIEW: QT_TRANSLATE_NOOP("Documents", "Review sheet (ATR)"),
    DocumentKind.REGISTER: QT_TRANSLATE_NOOP("Documents", "Register of open action items"),
    DocumentKind.COMPLIANCE: QT_TRANSLATE_NOOP("Documents", "Monthly meetings: compliance"),
}

# The language choice that leaves it to the document (context "Combos")
DEFAULT_LANGUAGE = QT_TRANSLATE_NOOP("Combos", "As the meeting (or office) has it")


def report_renderer(services: Services) -> DocumentRenderer:
    """Documents drawn by the reports package over ``services``' database."""

    def render_document(request: DocumentRequest) -> bytes:
        from liaison_desktop.reports.documents import render  # ReportLab: ~0.2 s to import

        return render(services, request)

    return render_document
