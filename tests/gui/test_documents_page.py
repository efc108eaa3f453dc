"""The Documents page and the batch export over the demo office: real PDFs from the reports
package, read back; quick actions from the meetings list and the editor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting, Place
from liaison_desktop.gui.dialogs.batch_export import BatchExportDialog
from liaison_desktop.gui.tasks import SyncTaskRunner
from liaison_desktop.reports.batch import select_meetings
from liaison_desktop.reports.requests import DocumentKind, DocumentRequest, RegisterFilter
from tests.reports.pdfread import outline_titles, page_texts


def pdf_text(page) -> str:
    return " ".join(page_texts(page._pdf_bytes))


@pytest.fixture
def recorded(demo_ctx) -> list[DocumentRequest]:
    """The requests the page makes, still rendered by the reports package."""
    requests: list[DocumentRequest] = []
    render = demo_ctx.render_document

    def recording(request: DocumentRequest) -> bytes:
        requests.append(request)
        return render(request)

    demo_ctx.render_document = recording
    return requests


class Opener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_preview_export_and_open_the_folder(
    qtbot: QtBot, demo_ctx, open_window, tmp_path: Path
) -> None:
    window = open_window(demo_ctx, "meetings")
    meeting = Meeting.get_by_id(5)
    window.show_documents(meeting.id)  # the editor's and the list's quick action
    page = window.pages["documents"]
    assert window.current_page_key() == "documents"
    assert page.pdf.pageCount() >= 1 and page.message.text().startswith(str(page.pdf.pageCount()))
    assert meeting.title in pdf_text(page) and "कार्यवृत्त" in pdf_text(page)
    assert page.print_button.isEnabled() and not page.folder_button.isEnabled()

    assert page.export_to(tmp_path / "कार्यवृत्त.pdf")
    assert (tmp_path / "कार्यवृत्त.pdf").read_bytes() == page._pdf_bytes
    assert str(tmp_path / "कार्यवृत्त.pdf") in page.message.text()
    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        page.folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.urls == [QUrl.fromLocalFile(str(tmp_path))]

    # A place that cannot be written: a clear message, the preview kept.
    assert not page.export_to(tmp_path / "missing" / "x.pdf")
    assert page._pdf_bytes and page.export_button.isEnabled()


def test_moving_through_the_list_previews_the_meeting_under_the_cursor(
    qtbot: QtBot, demo_ctx, open_window, recorded: list[DocumentRequest]
) -> None:
    window = open_window(demo_ctx, "documents")
    page = window.pages["documents"]
    page.table.selectRow(0)
    page.table.selectRow(1)
    page.table.selectRow(2)  # quick moves: only the row the clerk stops at is rendered
    third = page.table.current_id()
    qtbot.waitUntil(lambda: bool(recorded), timeout=3000)
    qtbot.wait(2 * 300)
    assert [r.meeting for r in recorded] == [third]
    assert Meeting.get_by_id(third).title in pdf_text(page)


def test_review_sheet_blank_or_filled_in_a_chosen_language(
    qtbot: QtBot, demo_ctx, open_window, recorded: list[DocumentRequest]
) -> None:
    window = open_window(demo_ctx, "documents")
    page = window.pages["documents"]
    assert not page.review_filling.isVisible()
    page.kind.set_value("review")
    assert page.review_filling.isVisible() and page.table.isVisible()
    assert page.table.select_id(7)
    page.language.set_value("en")
    page.review_filling.set_value("blank")
    page.preview()
    assert recorded[-1].meeting == 7 and recorded[-1].options.filled is False
    assert recorded[-1].options.language == "en"
    assert "Status and remarks to be filled in" in pdf_text(page)
    page.review_filling.set_value("filled")
    page.language.set_value(None)  # the meeting's own language
    page.preview()
    assert recorded[-1].options.filled is True and recorded[-1].options.language is None
    assert "समीक्षा" in pdf_text(page)


def test_register_and_compliance_need_no_meeting(
    qtbot: QtBot, demo_ctx, open_window, recorded: list[DocumentRequest]
) -> None:
    window = open_window(demo_ctx, "documents")
    page = window.pages["documents"]
    kotwali = Place.get(Place.code == "KTW")
    page.kind.set_value("register")
    assert not page.table.isVisible() and page.station.isVisible() and page.overdue.isVisible()
    page.station.set_value(kotwali.id)
    page.overdue.setChecked(True)
    page.group_by.set_value("category")
    page.language.set_value("en")
    page.preview()
    assert recorded[-1].kind is DocumentKind.REGISTER
    assert recorded[-1].register == RegisterFilter(str(kotwali.id), None, True, "category")
    text = pdf_text(page)
    assert "Register of overdue action items" in text and f"Police station: {kotwali.name}" in text

    page.kind.set_value("compliance")
    assert page.year.isVisible() and not page.station.isVisible()
    page.year.setValue(2024)
    page.quarter.set_value(4)
    page.preview()
    assert recorded[-1].quarter == (2024, 4)
    assert "Monthly meetings at police stations: compliance" in pdf_text(page)
    assert page._file_name() == "compliance-2024Q4.pdf"


def test_quick_actions_from_the_meetings_list_and_the_editor(
    qtbot: QtBot, demo_ctx, open_window, recorded: list[DocumentRequest]
) -> None:
    window = open_window(demo_ctx, "meetings")
    meetings = window.pages["meetings"]
    assert meetings.table.select_id(8)
    meetings.document_actions["attendance"].trigger()
    assert window.current_page_key() == "documents"
    assert (recorded[-1].kind, recorded[-1].meeting) == (DocumentKind.ATTENDANCE, 8)
    assert "उपस्थिति" in pdf_text(window.pages["documents"])

    editor = window.open_meeting(6)
    editor.review_action.trigger()
    assert (recorded[-1].kind, recorded[-1].meeting) == (DocumentKind.REVIEW, 6)
    editor.documents_action.trigger()  # Ctrl+P: the minutes
    assert (recorded[-1].kind, recorded[-1].meeting) == (DocumentKind.MINUTES, 6)
    assert window.pages["documents"].kind.value() == "minutes"
    editor.close()


AUGUST = (dt.date(2024, 8, 1), dt.date(2024, 8, 15))  # four of the demo's meetings


def batch_dialog(qtbot: QtBot, demo_ctx, window) -> BatchExportDialog:
    page = window.show_page("documents")
    page.batch_button.click()
    dialog = page.batch_dialog
    qtbot.addWidget(dialog)
    dialog.date_from.set_date(AUGUST[0])
    dialog.date_to.set_date(AUGUST[1])
    dialog.update_count()
    return dialog


def test_batch_export_to_a_folder_and_to_one_pdf(
    qtbot: QtBot, demo_ctx, open_window, tmp_path: Path
) -> None:
    window = open_window(demo_ctx, "documents")
    dialog = batch_dialog(qtbot, demo_ctx, window)
    items = select_meetings(*AUGUST)
    assert len(items) >= 3
    assert dialog.count.text().endswith(str(len(items)))
    dialog.path.setText(str(tmp_path / "अगस्त"))
    dialog.export_button.click()
    assert dialog.result is not None
    assert (dialog.result.done, dialog.result.cancelled) == (len(items), False)
    assert sorted(p.name for p in (tmp_path / "अगस्त").iterdir()) == sorted(
        i.filename for i in items
    )
    page = window.pages["documents"]
    assert page.exported_folder == tmp_path / "अगस्त" and page.folder_button.isEnabled()
    assert str(len(items)) in page.message.text()

    dialog = batch_dialog(qtbot, demo_ctx, window)
    dialog.kind.set_value("attendance")
    dialog.merged.setChecked(True)
    assert dialog.path.text().endswith(".pdf")
    dialog.path.setText(str(tmp_path / "सब.pdf"))
    dialog.export_button.click()
    assert outline_titles((tmp_path / "सब.pdf").read_bytes()) == [i.title for i in items]

    dialog = batch_dialog(qtbot, demo_ctx, window)
    dialog.date_to.set_date(dt.date(2024, 7, 1))  # before the first date
    dialog.update_count()
    assert not dialog.export_button.isEnabled() and dialog.count.text()


class CancelAfter(SyncTaskRunner):
    """Presses Cancel once the work has reported ``documents`` finished documents."""

    def __init__(self, documents: int) -> None:
        super().__init__()
        self.documents = documents

    def _dispatch(self, runnable) -> None:
        task = runnable.task
        task.progressed.connect(
            lambda done, _total, _text: done >= self.documents and task.cancel()
        )
        super()._dispatch(runnable)


def test_batch_export_can_be_cancelled(qtbot: QtBot, demo_ctx, open_window, tmp_path: Path) -> None:
    window = open_window(demo_ctx, "documents")
    dialog = batch_dialog(qtbot, demo_ctx, window)
    demo_ctx.tasks = CancelAfter(2)
    dialog.path.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    result = dialog.result
    assert result is not None and result.cancelled and result.done == 2 < result.total
    # Written before Cancel: kept, and nothing more (only the parent process writes files).
    assert all(path.exists() for path in result.files)
    assert sorted((tmp_path / "out").iterdir()) == sorted(result.files)
    assert len(result.files) == 2 < result.total
    assert "2" in window.pages["documents"].message.text()
