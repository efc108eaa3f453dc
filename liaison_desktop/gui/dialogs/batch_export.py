"""Export many meetings at once: the minutes (or attendance or review sheets) of a series or of a
date range, into a folder (one PDF per meeting) or into one PDF with a bookmark per meeting.

The documents are drawn by ``reports.batch.export_batch`` on a pool of worker processes; the pool
is driven from a task of ``ctx.tasks``, so the window stays responsive, the progress dialog counts
the documents and Cancel stops after the document in hand (files already written stay; a merged
PDF is not written).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.documents import DEFAULT_LANGUAGE, DOCUMENT_KINDS
from liaison_desktop.gui.folders import DOCUMENTS_FOLDER, start_folder
from liaison_desktop.gui.i18n import error_text
from liaison_desktop.gui.widgets.combos import ANY, ValueCombo, VocabCombo
from liaison_desktop.gui.widgets.datefield import DateField
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.requests import DocumentKind, DocumentOptions

if TYPE_CHECKING:
    from liaison_desktop.gui.tasks import Task
    from liaison_desktop.reports.batch import BatchResult

MSG_NEEDS_DATES = QT_TRANSLATE_NOOP("LiaisonError", "Give both dates of the range.")
MSG_DATES_REVERSED = QT_TRANSLATE_NOOP("LiaisonError", "The first date is after the last one.")


class BatchExportDialog(QDialog):
    exportedTo = Signal(str, str)  # folder, what was done (for the Documents page)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, kind: DocumentKind = DocumentKind.MINUTES
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchExportDialog")
        self.ctx = ctx
        self.kind = ValueCombo()
        self.series = ValueCombo(blank=ANY)
        self.series.set_items((s.id, s.name) for s in ctx.services.series.all_series())
        self.date_from = DateField()
        self.date_to = DateField()
        today = ctx.today()
        self.date_from.set_date(dt.date(today.year, 1, 1))
        self.date_to.set_date(today)
        self.language = VocabCombo(enum=vocab.Language, blank=DEFAULT_LANGUAGE)
        self.to_folder = QRadioButton()
        self.to_folder.setChecked(True)
        self.merged = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.to_folder)
        group.addButton(self.merged)
        self.path = QLineEdit()
        self.path.setObjectName("batchPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_path)
        self.count = QLabel()
        self.count.setObjectName("batchCount")
        self.count.setWordWrap(True)
        self.meeting_count: int | None = None
        self.task: Task | None = None
        self.result: BatchResult | None = None
        self._counting = 0  # the latest count asked for; older answers are dropped

        self.labels = {key: QLabel() for key in ("kind", "series", "from", "to", "lang", "out")}
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.labels["to"])
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.labels["series"], self.series)
        form.addRow(self.labels["from"], dates)
        form.addRow(self.labels["lang"], self.language)
        form.addRow(self.labels["out"], self.to_folder)
        form.addRow("", self.merged)
        form.addRow("", where)
        self.labels["kind"].setBuddy(self.kind)
        self.labels["series"].setBuddy(self.series)
        self.labels["from"].setBuddy(self.date_from)
        self.labels["lang"].setBuddy(self.language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton()
        self.export_button.setObjectName("batchExportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.kind.set_value(kind.value if kind.per_meeting else DocumentKind.MINUTES.value)
        self._default_path()
        self.series.currentIndexChanged.connect(self.update_count)
        self.date_from.editingFinished.connect(self.update_count)
        self.date_to.editingFinished.connect(self.update_count)
        self.date_from.dateChosen.connect(lambda _date: self.update_count())
        self.date_to.dateChosen.connect(lambda _date: self.update_count())
        self.kind.currentIndexChanged.connect(self._default_path)
        self.merged.toggled.connect(self._default_path)
        self.update_count()
        self.resize(640, 0)

    # What to export ---------------------------------------------------------------------------

    def selection(self) -> tuple[dt.date, dt.date, int | None]:
        """From, to and series; ``ValidationError`` when the dates are missing or wrong."""
        start, end = self.date_from.date(), self.date_to.date()
        if start is None or end is None:
            raise ValidationError(MSG_NEEDS_DATES)
        if start > end:
            raise ValidationError(MSG_DATES_REVERSED)
        return start, end, self.series.value()

    def update_count(self) -> None:
        """How many meetings the selection holds, counted in the background."""
        try:
            selection = self.selection()
        except ValidationError as error:
            self._show_count(None, error_text(error))
            return
        self._counting += 1
        ticket = self._counting

        def count(_progress) -> int:
            from liaison_desktop.reports.batch import select_meetings

            return len(select_meetings(*selection))

        self.ctx.tasks.start(
            count,
            on_success=lambda total: self._counted(ticket, total),
            parent=self,
            show_progress=False,
        )

    def _counted(self, ticket: int, total: int) -> None:
        if ticket == self._counting:
            self._show_count(total)

    def _show_count(self, total: int | None, problem: str = "") -> None:
        self.meeting_count = total
        self.count.setText(
            problem or self.tr("Meetings in this selection: %1").replace("%1", str(total))
        )
        self.export_button.setEnabled(bool(total))

    def _default_path(self) -> None:
        folder = start_folder(self.ctx.ui_state, DOCUMENTS_FOLDER)
        current = Path(self.path.text()) if self.path.text() else None
        if current is not None:
            folder = current.parent if current.suffix.lower() == ".pdf" else current
        if self.merged.isChecked():
            self.path.setText(str(folder / f"{self.kind.value()}-{self.ctx.today():%Y-%m-%d}.pdf"))
        else:
            self.path.setText(str(folder))

    def choose_path(self) -> None:
        if self.merged.isChecked():
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("One PDF for all meetings"), self.path.text(), self.tr("PDF (*.pdf)")
            )
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the PDF files"), self.path.text()
            )
        if path:
            self.path.setText(path)

    # Exporting --------------------------------------------------------------------------------

    def export(self) -> None:
        try:
            start, end, series_id = self.selection()
        except ValidationError as error:
            self._show_count(None, error_text(error))
            return
        location = self.ctx.database_file
        assert location is not None, "the page offers batch export for a database file only"
        out = Path(self.path.text().strip()).expanduser()
        merge = self.merged.isChecked()
        if merge and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        kind = DocumentKind(self.kind.value())
        options = DocumentOptions(language=self.language.value() or None)
        counted = self.tr("%1 of %2 documents…")

        def work(progress) -> BatchResult:
            from liaison_desktop.reports.batch import export_batch, select_meetings

            items = select_meetings(start, end, series_id)

            def report(done: int, total: int) -> None:
                # Cancel is export_batch's to notice (between documents), not an exception here.
                if not progress.cancelled:
                    progress(
                        done, total, counted.replace("%1", str(done)).replace("%2", str(total))
                    )

            return export_batch(
                location,
                items,
                out,
                kind=kind,
                options=options,
                merge=merge,
                progress=report,
                cancelled=lambda: progress.cancelled,
            )

        self.task = self.ctx.tasks.start(
            work,
            title=self.tr("Exporting documents"),
            parent=self,
            on_success=lambda result: self._done(result, out.parent if merge else out),
        )

    def _done(self, result: BatchResult, folder: Path) -> None:
        self.result = result
        if result.cancelled:
            text = (
                self.tr("Export cancelled: %1 of %2 documents were written to %3.")
                if not self.merged.isChecked()
                else self.tr("Export cancelled after %1 of %2 documents; no file was written.")
            )
        else:
            text = self.tr("%1 of %2 documents exported to %3.")
        text = (
            text.replace("%1", str(result.done))
            .replace("%2", str(result.total))
            .replace(
                "%3", str(result.files[0] if self.merged.isChecked() and result.files else folder)
            )
        )
        self.exportedTo.emit(str(folder), text)
        self.accept()

    # Language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export many meetings"))
        self.kind.set_items(
            (kind.value, QCoreApplication.translate("Documents", label))
            for kind, label in DOCUMENT_KINDS.items()
            if kind.per_meeting
        )
        self.labels["kind"].setText(self.tr("&Document"))
        self.labels["series"].setText(self.tr("&Series"))
        self.labels["from"].setText(self.tr("&Meetings from"))
        self.labels["to"].setText(self.tr("to"))
        self.labels["lang"].setText(self.tr("&Language"))
        self.labels["out"].setText(self.tr("Save as"))
        self.to_folder.setText(self.tr("One PDF per meeting, in a &folder"))
        self.merged.setText(self.tr("All in &one PDF, with a bookmark per meeting"))
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("&Export"))
        if self.meeting_count is not None:
            self._show_count(self.meeting_count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
