"""Documents of a meeting: preview, print and export the minutes, attendance sheet, review sheet.

The PDF comes from ``ctx.render_document`` (see ``gui/documents.py``), produced on a worker thread;
the preview is Qt's own PDF viewer (QtPdf), printing goes through the system print dialog, page by
page as images at printer resolution.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.documents import DOCUMENT_KINDS, DocumentsUnavailable
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.i18n import error_text
from liaison_desktop.gui.models.filters import MeetingFilter
from liaison_desktop.gui.models.meetings import MeetingTableModel
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.views.tables import RecordTable
from liaison_desktop.gui.widgets.combos import ValueCombo, VocabCombo

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

LIST_COLUMNS = ("date", "title", "status")


class DocumentsPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.model = MeetingTableModel(self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("documentMeetings")
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnHidden(column, spec.key not in LIST_COLUMNS)
        self.table.set_column_widths({"date": 90, "title": 260})
        self.table.opened.connect(lambda _id: self.preview())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(
            lambda text: self.model.set_filter(MeetingFilter(text=text))
        )
        self.kind = ValueCombo()
        self.language = VocabCombo(enum=vocab.Language)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.message = QLabel()
        self.message.setObjectName("documentMessage")
        self.message.setWordWrap(True)

        self.pdf = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setObjectName("pdfView")
        self.viewer.setDocument(self.pdf)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self._pdf_bytes = b""
        self._shown: tuple[int, str, str] | None = None  # meeting, kind, language on screen

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        self.form = QFormLayout()
        self.kind_label, self.language_label = QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.language_label, self.language)
        left_layout.addLayout(self.form)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()
        self.retranslate()

    def reload(self) -> None:
        self.model.set_filter(MeetingFilter(text=self.search.text()))

    def select_meeting(self, meeting_id: int) -> None:
        """Show the documents of ``meeting_id`` (from the editor's Documents button)."""
        self.activate()
        if not self.table.select_id(meeting_id):
            self.search.clear()
            self.table.select_id(meeting_id)
        meeting = self.ctx.services.meetings.meeting(meeting_id)
        self.language.set_value(meeting.language)
        self.preview()

    # Producing the PDF ------------------------------------------------------------------------

    def _request(self) -> tuple[int, str, str] | None:
        meeting_id = self.table.current_id()
        if meeting_id is None:
            self.message.setText(self.tr("Choose a meeting in the list first."))
            return None
        return meeting_id, self.kind.value(), self.language.value()

    def preview(self) -> None:
        request = self._request()
        if request is None:
            return
        self.message.setText(self.tr("Preparing the document…"))
        render = self.ctx.render_document
        self.ctx.tasks.start(
            lambda progress: render(*request),
            title=self.tr("Preparing the document"),
            parent=self,
            on_success=lambda data: self.show_pdf(bytes(data), request),
            on_failure=self._failed,
        )

    def show_pdf(self, data: bytes, request: tuple[int, str, str]) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.close()
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer, self._pdf_bytes, self._shown = buffer, data, request
        self.message.setText(self.tr("%1 page(s).").replace("%1", str(self.pdf.pageCount())))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DocumentsUnavailable):
            self.message.setText(error_text(error))
        else:
            self.message.setText(self.tr("The document could not be prepared."))
            show_error(self, error)

    def _update_buttons(self) -> None:
        has_pdf = bool(self._pdf_bytes)
        self.print_button.setEnabled(has_pdf)
        self.export_button.setEnabled(has_pdf)

    # Print and export -------------------------------------------------------------------------

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if not dialog.exec():
            return
        painter = QPainter(printer)
        try:
            for page in range(self.pdf.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport().size()
                size = (
                    self.pdf.pagePointSize(page)
                    .toSize()
                    .scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
                )
                image = self.pdf.render(page, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def export(self) -> None:
        if not self._pdf_bytes or self._shown is None:
            return
        meeting_id, kind, _language = self._shown
        meeting = self.ctx.services.meetings.meeting(meeting_id)
        name = f"{kind}-{meeting.meeting_date:%d-%m-%Y}-{meeting_id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if path:
            try:
                Path(path).write_bytes(self._pdf_bytes)
            except OSError as error:
                show_error(self, error)
                return
            self.message.setText(self.tr("Saved to %1").replace("%1", path))

    def retranslate(self) -> None:
        self.kind.set_items(
            (code, QCoreApplication.translate("Documents", label))
            for code, label in DOCUMENT_KINDS.items()
        )
        self.kind_label.setText(self.tr("&Document"))
        self.language_label.setText(self.tr("&Language"))
        self.kind_label.setBuddy(self.kind)
        self.language_label.setBuddy(self.language)
        self.search.setPlaceholderText(self.tr("Find a meeting…"))
        self.preview_button.setText(self.tr("Preview"))
        self.print_button.setText(self.tr("Print…"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.model.retranslate()
