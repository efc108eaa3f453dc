"""Documents: preview, print and export the papers of a meeting (minutes, attendance sheet, review
sheet, blank or filled) and the office's registers (open action items by station or category,
the stations' monthly-meeting compliance for a quarter); many meetings at once in the background.

The PDF comes from ``ctx.render_document`` (see ``gui/documents.py``), produced on a worker thread;
the preview is Qt's own PDF viewer (QtPdf), printing goes through the system print dialog, page by
page as images at printer resolution.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import quarter_of
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.documents import DEFAULT_LANGUAGE, DOCUMENT_KINDS
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.folders import DOCUMENTS_FOLDER, remember_folder, start_folder
from liaison_desktop.gui.models.filters import MeetingFilter
from liaison_desktop.gui.models.meetings import MeetingTableModel
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.views.tables import RecordTable
from liaison_desktop.gui.widgets.combos import ANY, ValueCombo, VocabCombo
from liaison_desktop.gui.widgets.pdfpreview import PdfPreview
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.requests import (
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    RegisterFilter,
)

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

LIST_COLUMNS = ("date", "title", "status")
AUTO_PREVIEW_MS = 300
# review sheet: code -> (DocumentOptions.filled, label)
REVIEW_FILLING: dict[str, tuple[bool | None, str]] = {
    "auto": (None, QT_TRANSLATE_NOOP("DocumentsPage", "Filled once the reviews are recorded")),
    "filled": (True, QT_TRANSLATE_NOOP("DocumentsPage", "Filled with the recorded reviews")),
    "blank": (False, QT_TRANSLATE_NOOP("DocumentsPage", "Blank, to fill in by hand")),
}
QUARTERS = {
    1: QT_TRANSLATE_NOOP("DocumentsPage", "January–March"),
    2: QT_TRANSLATE_NOOP("DocumentsPage", "April–June"),
    3: QT_TRANSLATE_NOOP("DocumentsPage", "July–September"),
    4: QT_TRANSLATE_NOOP("DocumentsPage", "October–December"),
}


class DocumentsPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.kind = ValueCombo()
        self.kind.setObjectName("documentKind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = VocabCombo(enum=vocab.Language, blank=DEFAULT_LANGUAGE)

        # For one meeting: the list, and how to fill a review sheet.
        self.model = MeetingTableModel(self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("documentMeetings")
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnHidden(column, spec.key not in LIST_COLUMNS)
        self.table.set_column_widths({"date": 90, "title": 260})
        self.table.opened.connect(lambda _id: self.preview())
        # Moving through the list previews the meeting under the cursor, once the clerk pauses.
        self._auto_preview = QTimer(self)
        self._auto_preview.setSingleShot(True)
        self._auto_preview.setInterval(AUTO_PREVIEW_MS)
        # A page closed or left since the clerk moved renders nothing.
        self._auto_preview.timeout.connect(lambda: self.isVisible() and self.preview(quiet=True))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._auto_preview.start())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(
            lambda text: self.model.set_filter(MeetingFilter(text=text))
        )
        self.review_filling = ValueCombo()
        self.meeting_box = QWidget()
        meeting_layout = QVBoxLayout(self.meeting_box)
        meeting_layout.setContentsMargins(0, 0, 0, 0)
        meeting_layout.addWidget(self.search)
        meeting_layout.addWidget(self.table, 1)

        # The register of open items, and the compliance report.
        self.station = ValueCombo(blank=ANY)
        self.category = VocabCombo(enum=vocab.ActionCategory, blank=ANY)
        self.overdue = QCheckBox()
        self.group_by = ValueCombo()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.quarter = ValueCombo()
        year, quarter = quarter_of(ctx.today())
        self.year.setValue(year)

        self.labels = {
            key: QLabel()
            for key in (
                "kind",
                "language",
                "review",
                "station",
                "category",
                "group",
                "year",
                "quarter",
            )
        }
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("kind", self.kind),
            ("review", self.review_filling),
            ("station", self.station),
            ("category", self.category),
            (None, self.overdue),
            ("group", self.group_by),
            ("year", self.year),
            ("quarter", self.quarter),
            ("language", self.language),
        )
        for key, field in rows:
            if key is None:
                self.form.addRow(field)
            else:
                self.form.addRow(self.labels[key], field)
                self.labels[key].setBuddy(field)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("openFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("batchExport")
        self.batch_button.clicked.connect(self.batch_export)
        self.batch_button.setEnabled(ctx.database_file is not None)
        self.message = QLabel()
        self.message.setObjectName("documentMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_pane = PdfPreview()
        self.pdf, self.viewer = self.preview_pane.document, self.preview_pane.view
        self._buffer: QBuffer | None = None
        self._pdf_bytes = b""
        self._shown: DocumentRequest | None = None  # what the preview shows
        self._pending = 0  # the latest preview asked for; older answers are dropped
        self.exported_folder: Path | None = None
        self.batch_dialog: QWidget | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.form)
        left_layout.addWidget(self.meeting_box, 1)
        self.stretch = QWidget()  # takes the room of the list when no meeting is needed
        left_layout.addWidget(self.stretch, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.preview_button, 0, 0)
        buttons.addWidget(self.print_button, 0, 1)
        buttons.addWidget(self.export_button, 0, 2)
        buttons.addWidget(self.folder_button, 1, 0)
        buttons.addWidget(self.batch_button, 1, 1, 1, 2)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview_pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.quarter.set_value(quarter)
        self.review_filling.set_value("auto")
        for combo in (
            self.language,
            self.review_filling,
            self.station,
            self.category,
            self.group_by,
            self.quarter,
        ):
            combo.currentIndexChanged.connect(self._request_changed)
        self.overdue.toggled.connect(self._request_changed)
        self.year.valueChanged.connect(self._request_changed)
        self._kind_changed()
        self._update_buttons()

    def reload(self) -> None:
        self.model.set_filter(MeetingFilter(text=self.search.text()))
        self.station.set_items((p.id, p.name) for p in self.ctx.services.directory.stations())
        if self.table.current_id() is None and self.model.rowCount():
            self.table.selectRow(0)  # the newest meeting, previewed when the clerk pauses

    def show_meeting_document(self, meeting_id: int, kind: str = "minutes") -> None:
        """Preview ``kind`` of ``meeting_id`` (the editor's and the meetings list's quick
        actions)."""
        self.activate()
        self.kind.set_value(DocumentKind(kind).value)
        self.language.set_value(None)
        if not self.table.select_id(meeting_id):
            self.search.clear()
            self.table.select_id(meeting_id)
        self.preview()

    def _current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.value())

    def _kind_changed(self) -> None:
        kind = self._current_kind()
        shown = {
            "review": kind is DocumentKind.REVIEW,
            "station": kind is DocumentKind.REGISTER,
            "category": kind is DocumentKind.REGISTER,
            "group": kind is DocumentKind.REGISTER,
            "year": kind is DocumentKind.COMPLIANCE,
            "quarter": kind is DocumentKind.COMPLIANCE,
        }
        for key, visible in shown.items():
            self.form.setRowVisible(self.labels[key], visible)
        self.form.setRowVisible(self.overdue, kind is DocumentKind.REGISTER)
        self.meeting_box.setVisible(kind.per_meeting)
        self.stretch.setVisible(not kind.per_meeting)
        self._request_changed()

    def _request_changed(self) -> None:
        """What is asked for changed (another paper, language, filter): the preview shown is of
        something else now, so say so at once and show the new one when the clerk pauses."""
        if self._shown is None:
            return
        self.message.setText(self.tr("Preparing the document…"))
        self._auto_preview.start()

    # Producing the PDF ------------------------------------------------------------------------

    def current_request(self) -> DocumentRequest | None:
        """What the controls ask for; ``None`` (and a word why) when a meeting is needed."""
        kind = self._current_kind()
        filled = REVIEW_FILLING[self.review_filling.value()][0]
        options = DocumentOptions(language=self.language.value() or None, filled=filled)
        if kind.per_meeting:
            meeting_id = self.table.current_id()
            if meeting_id is None:
                self.message.setText(self.tr("Choose a meeting in the list first."))
                return None
            return DocumentRequest(kind, meeting_id, options=options)
        if kind is DocumentKind.REGISTER:
            station = self.station.value()
            register = RegisterFilter(
                station=None if station is None else str(station),
                category=self.category.value(),
                overdue_only=self.overdue.isChecked(),
                group_by=self.group_by.value(),
            )
            return DocumentRequest(kind, register=register, options=options)
        return DocumentRequest(
            kind, quarter=(self.year.value(), self.quarter.value()), options=options
        )

    def preview(self, *, quiet: bool = False) -> None:
        """Render what the controls ask for into the viewer; ``quiet`` (the automatic preview
        while moving through the list) shows no progress dialog."""
        self._auto_preview.stop()  # this one is what it would have shown
        request = self.current_request()
        if request is None:
            return
        self.message.setText(self.tr("Preparing the document…"))
        self._pending += 1
        ticket = self._pending
        render = self.ctx.render_document
        self.ctx.tasks.start(
            lambda progress: render(request),
            title=self.tr("Preparing the document"),
            parent=self,
            on_success=lambda data: self._rendered(ticket, bytes(data), request),
            on_failure=lambda error: self._failed(ticket, error),
            show_progress=not quiet,
        )

    @property
    def shown(self) -> DocumentRequest | None:
        """What the preview shows, once rendered."""
        return self._shown

    def _rendered(self, ticket: int, data: bytes, request: DocumentRequest) -> None:
        if ticket == self._pending:
            self.show_pdf(data, request)

    def show_pdf(self, data: bytes, request: DocumentRequest) -> None:
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

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._pending:
            return
        self.message.setText(self.tr("The document could not be prepared."))
        show_error(self, error)

    def _update_buttons(self) -> None:
        has_pdf = bool(self._pdf_bytes)
        self.print_button.setEnabled(has_pdf)
        self.export_button.setEnabled(has_pdf)
        self.folder_button.setEnabled(self.exported_folder is not None)

    # Print and export -------------------------------------------------------------------------

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if not self._pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() and self.print_to(printer) == 0:
            self.message.setText(
                self.tr("The printer could not be started: check that it is on and connected.")
            )

    def print_to(self, printer: QPrinter) -> int:
        """Print the document on screen to ``printer`` (as a PDF where the printer takes one);
        the number of pages printed (0 when the printer cannot be started)."""
        from liaison_desktop.gui.printing import print_pdf

        return print_pdf(self._pdf_bytes, self.pdf, printer, self._file_name())

    def _file_name(self) -> str:
        """A name for the document on screen: kind, then what it is about."""
        request = self._shown
        assert request is not None
        if request.kind.per_meeting:
            meeting = self.ctx.services.meetings.meeting(request.meeting)
            return f"{request.kind}-{meeting.meeting_date:%Y-%m-%d}-{meeting.id}.pdf"
        if request.kind is DocumentKind.COMPLIANCE and request.quarter is not None:
            year, quarter = request.quarter
            return f"compliance-{year}Q{quarter}.pdf"
        return f"register-{self.ctx.today():%Y-%m-%d}.pdf"

    def export(self) -> None:
        if not self._pdf_bytes or self._shown is None:
            return
        folder = start_folder(self.ctx.ui_state, DOCUMENTS_FOLDER)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export PDF"),
            str(Path(str(folder)) / self._file_name()),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        from liaison_desktop.reports.documents import write_pdf  # loaded by the preview already

        try:
            written = write_pdf(self._pdf_bytes, path)
        except LiaisonError as error:
            show_error(self, error)
            return False
        self.exported(written.parent, self.tr("Saved to %1").replace("%1", str(written)))
        return True

    def exported(self, folder: Path, message: str) -> None:
        """Documents were written into ``folder``: say so and offer to open it."""
        self.exported_folder = folder
        remember_folder(self.ctx.ui_state, DOCUMENTS_FOLDER, folder)
        self.message.setText(message)
        self._update_buttons()

    def open_folder(self) -> None:
        if self.exported_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_folder)))

    def batch_export(self) -> None:
        from liaison_desktop.gui.dialogs.batch_export import BatchExportDialog

        dialog = BatchExportDialog(self.ctx, self, self._current_kind())
        dialog.exportedTo.connect(lambda folder, text: self.exported(Path(folder), text))
        dialog.open()
        self.batch_dialog = dialog

    def retranslate(self) -> None:
        self.kind.set_items(
            (kind.value, QCoreApplication.translate("Documents", label))
            for kind, label in DOCUMENT_KINDS.items()
        )
        self.review_filling.set_items(
            (code, QCoreApplication.translate("DocumentsPage", label))
            for code, (_filled, label) in REVIEW_FILLING.items()
        )
        self.group_by.set_items(
            (("station", self.tr("By police station")), ("category", self.tr("By category")))
        )
        self.quarter.set_items(
            (number, f"{number} ({QCoreApplication.translate('DocumentsPage', months)})")
            for number, months in QUARTERS.items()
        )
        texts = {
            "kind": self.tr("&Document"),
            "language": self.tr("&Language"),
            "review": self.tr("&Review sheet"),
            "station": self.tr("Police &station"),
            "category": self.tr("&Category"),
            "group": self.tr("&Group by"),
            "year": self.tr("&Year"),
            "quarter": self.tr("&Quarter"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.overdue.setText(self.tr("Only &overdue items"))
        self.search.setPlaceholderText(self.tr("Find a meeting…"))
        self.preview_button.setText(self.tr("Preview"))
        self.print_button.setText(self.tr("Print…"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.batch_button.setText(self.tr("Export many meetings…"))
        self.model.retranslate()
