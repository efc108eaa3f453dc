"""The meeting's details: title, date and time, venue, chair and recorder, language, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import MSG_REQUIRED, ValidationError
from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.core.services.meetings import (
    F_CHAIR,
    F_DATE,
    F_DESIGNATION,
    F_END_TIME,
    F_LANGUAGE,
    F_NOTES,
    F_RECORDED_BY,
    F_TITLE,
    F_VENUE,
)
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.forms.meeting_details import Ui_MeetingDetailsForm
from liaison_desktop.gui.widgets.personfield import PersonField


class DetailsSection(Section):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.form = QWidget()
        self.ui = Ui_MeetingDetailsForm()
        self.ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        ui = self.ui
        ui.language.set_vocabulary(vocab.Language)
        ui.date.field_label = F_DATE
        ui.endTime.field_label = F_END_TIME
        for field in (ui.chair, ui.recorder):
            field.set_directory(ctx.services.directory)
        ui.chair.personChosen.connect(
            lambda person_id: self._fill_designation(person_id, ui.chairDesignation)
        )
        ui.recorder.personChosen.connect(
            lambda person_id: self._fill_designation(person_id, ui.recorderDesignation)
        )
        self._loading = False
        line_edits = (
            ui.title,
            ui.date,
            ui.startTime,
            ui.endTime,
            ui.venue,
            ui.chair,
            ui.chairDesignation,
            ui.recorder,
            ui.recorderDesignation,
        )
        for edit in line_edits:
            edit.textEdited.connect(self._edited)
            # Enter moves on, as in the paper form's order (a person field first takes its match).
            edit.returnPressed.connect(self.focusNextChild)
        ui.notes.textChanged.connect(self._edited)
        ui.language.currentIndexChanged.connect(self._edited)
        ui.date.dateChosen.connect(lambda _date: self._edited())
        self._fields = {
            F_TITLE: ui.title,
            F_DATE: ui.date,
            F_END_TIME: ui.endTime,
            F_VENUE: ui.venue,
            F_CHAIR: ui.chair,
            F_RECORDED_BY: ui.recorder,
            F_DESIGNATION: ui.chairDesignation,
            F_LANGUAGE: ui.language,
            F_NOTES: ui.notes,
            "Chair": ui.chair,
        }

    def title(self) -> str:
        return self.tr("&1 Details")

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _fill_designation(self, person_id: int, target: QLineEdit) -> None:
        try:
            on_date = self.ui.date.date() or self.ctx.today()
        except ValidationError:
            on_date = self.ctx.today()
        language = self.ui.language.value() or "hi"
        designation = self.ctx.services.directory.designation_on(person_id, on_date, language)
        if designation:
            target.setText(designation)
        self._edited()

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        ui = self.ui
        self._loading = True
        ui.title.setText(draft.title)
        self._show_series()
        ui.date.set_date(draft.meeting_date)
        ui.startTime.set_time(draft.start_time)
        ui.endTime.set_time(draft.end_time)
        ui.venue.setText(draft.venue)
        ui.language.set_value(draft.language)
        ui.reference.setText(
            draft.reference_no or self.tr("(given when the minutes are made final)")
        )
        ui.chair.set_person(draft.chair_id, draft.chair_name)
        ui.chairDesignation.setText(draft.chair_designation)
        ui.recorder.set_person(draft.recorded_by_id, draft.recorded_by_name)
        ui.recorderDesignation.setText(draft.recorded_by_designation)
        ui.notes.setPlainText(draft.notes)
        self._loading = False

    def _show_series(self) -> None:
        if self.draft is None:
            return
        series = self.ctx.services.series.series(self.draft.series_id)
        number = self.tr("meeting no. %1").replace("%1", str(self.draft.number or ""))
        self.ui.series.setText(f"{series.name} — {number}")

    def store(self, draft: MeetingDraft) -> None:
        """Write the fields into ``draft``; fields that do not parse are checked last, so an
        autosave still keeps everything else."""
        ui = self.ui
        draft.title = ui.title.text()
        draft.venue = ui.venue.text()
        draft.language = ui.language.value()
        draft.chair_id, draft.chair_name = _person(ui.chair)
        draft.chair_designation = ui.chairDesignation.text()
        draft.recorded_by_id, draft.recorded_by_name = _person(ui.recorder)
        draft.recorded_by_designation = ui.recorderDesignation.text()
        draft.notes = ui.notes.toPlainText()
        meeting_date = ui.date.date()
        if meeting_date is None:
            raise ValidationError(MSG_REQUIRED, field=F_DATE, label=F_DATE)
        draft.meeting_date = meeting_date
        draft.start_time = ui.startTime.time()
        draft.end_time = ui.endTime.time()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for child in self.form.findChildren(QLineEdit):
            child.setReadOnly(read_only)
        self.ui.notes.setReadOnly(read_only)
        self.ui.language.setEnabled(not read_only)

    def focus_field(self, field: str | None) -> bool:
        widget = self._fields.get(field or "")
        if widget is None:
            return False
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)
        self._show_series()
        if self.draft is not None:
            self.ui.reference.setText(
                self.draft.reference_no or self.tr("(given when the minutes are made final)")
            )


def _person(field: PersonField) -> tuple[int | None, str]:
    """(directory id or None, name as typed)."""
    return field.person_id, field.text()
