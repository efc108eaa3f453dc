"""Dialogs for the directory: a person, an appointment, a place. Each saves through the directory
service and stays open with the message when the service refuses the input."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from liaison_desktop.core import vocab
from liaison_desktop.core.models import Person, Place
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.dialogs.office_setup import monthly_series_name
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.forms.appointment_dialog import Ui_AppointmentDialog
from liaison_desktop.gui.forms.person_dialog import Ui_PersonDialog
from liaison_desktop.gui.forms.place_dialog import Ui_PlaceDialog
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.widgets.combos import NONE


class PersonDialog(QDialog):
    """New person, or edit ``person``; ``saved`` holds the stored record after OK."""

    def __init__(self, ctx: AppContext, person: Person | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved: Person | None = None
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.ui.organisation.set_vocabulary(vocab.Organisation)
        self.ui.buttons.accepted.connect(self._save)
        if person is not None:
            self.ui.name.setText(person.name)
            self.ui.nameLatin.setText(person.name_latin)
            self.ui.organisation.set_value(person.organisation)
            self.ui.mobile.setText(person.mobile)
            self.ui.email.setText(person.email)
            self.ui.notes.setPlainText(person.notes)
            self.ui.active.setChecked(person.active)
        else:
            self.ui.organisation.set_value(vocab.Organisation.OTHER.value)

    def _save(self) -> None:
        ui = self.ui
        values = {
            "name": ui.name.text(),
            "name_latin": ui.nameLatin.text(),
            "organisation": ui.organisation.value(),
            "mobile": ui.mobile.text(),
            "email": ui.email.text(),
            "notes": ui.notes.toPlainText(),
            "active": ui.active.isChecked(),
        }
        directory = self.ctx.services.directory
        try:
            if self.person is None:
                self.saved = directory.create_person(**values)
            else:
                self.saved = directory.update_person(self.person.id, **values)
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


class AppointmentDialog(QDialog):
    """Record that a person holds a role (at a place) from a date."""

    def __init__(self, ctx: AppContext, person: Person, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.ui = Ui_AppointmentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.windowTitle() + f" — {person.name}")
        self.ui.role.set_vocabulary(vocab.Role)
        directory = ctx.services.directory
        self.ui.place.set_blank(NONE)
        self.ui.place.set_items(
            [
                (place.id, f"{place.name} ({vocab_text(place.kind, vocab.PlaceKind)})")
                for kind in (vocab.PlaceKind.STATION, vocab.PlaceKind.WARD, vocab.PlaceKind.MANDAL)
                for place in directory.places(kind)
            ]
        )
        self.ui.start.set_date(ctx.today())
        self.ui.buttons.accepted.connect(self._save)

    def _save(self) -> None:
        ui = self.ui
        try:
            start = ui.start.date()
            if start is None:
                ui.start.setFocus()
                return
            self.ctx.services.directory.appoint(
                self.person.id,
                ui.role.value(),
                start,
                place_ref=ui.place.value(),
                designation=ui.designation.text(),
                end_date=ui.end.date(),
                end_previous=ui.endPrevious.isChecked(),
            )
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


class PlaceDialog(QDialog):
    """New place, or edit ``place``; a ward is placed in a station's area and in a mandal."""

    def __init__(
        self,
        ctx: AppContext,
        place: Place | None,
        parent: QWidget | None,
        kind: str = vocab.PlaceKind.STATION.value,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.place = place
        self.saved: Place | None = None
        self.ui = Ui_PlaceDialog()
        self.ui.setupUi(self)
        directory = ctx.services.directory
        self.ui.kind.set_vocabulary(vocab.PlaceKind)
        self.ui.station.set_blank(NONE)
        self.ui.station.set_items((p.id, p.name) for p in directory.stations())
        self.ui.mandal.set_blank(NONE)
        self.ui.mandal.set_items((p.id, p.name) for p in directory.places(vocab.PlaceKind.MANDAL))
        self.ui.kind.set_value(place.kind if place else kind)
        if place is not None:
            self.ui.kind.setEnabled(False)
            self.ui.name.setText(place.name)
            self.ui.nameLatin.setText(place.name_latin)
            self.ui.code.setText(place.code)
            self.ui.active.setChecked(place.active)
            self.ui.monthly.setChecked(self._holds_monthly_meeting(place))
            for parent_place in directory.parents(place.id):
                target = self.ui.station if parent_place.kind == "station" else self.ui.mandal
                target.set_value(parent_place.id)
        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.ui.buttons.accepted.connect(self._save)

    def _kind_changed(self) -> None:
        is_ward = self.ui.kind.value() == vocab.PlaceKind.WARD.value
        for widget in (self.ui.station, self.ui.mandal, self.ui.stationLabel, self.ui.mandalLabel):
            widget.setVisible(is_ward)
        self.ui.monthly.setVisible(self.ui.kind.value() == vocab.PlaceKind.STATION.value)
        self.ui.active.setVisible(self.place is not None)

    def _holds_monthly_meeting(self, place: Place) -> bool:
        return any(
            series.kind == vocab.SeriesKind.MONTHLY_STATION and series.active
            for series in place.series
        )

    def _save(self) -> None:
        ui = self.ui
        directory = self.ctx.services.directory
        values = {"name": ui.name.text(), "name_latin": ui.nameLatin.text(), "code": ui.code.text()}
        try:
            with self.ctx.services.ctx.atomic():
                if self.place is None:
                    place = directory.create_place(ui.kind.value(), **values)
                else:
                    place = directory.update_place(
                        self.place.id, **values, active=ui.active.isChecked()
                    )
                if place.kind == vocab.PlaceKind.STATION:
                    # A station no longer in use holds no meetings: its series is retired.
                    held = ui.monthly.isChecked() and place.active
                    series = self.ctx.services.series
                    series.set_monthly_meeting(place.id, held, monthly_series_name(place.name))
                if place.kind == vocab.PlaceKind.WARD:
                    self._link(place, ui.station.value(), vocab.PlaceKind.STATION)
                    self._link(place, ui.mandal.value(), vocab.PlaceKind.MANDAL)
        except Exception as error:
            show_error(self, error)
            return
        self.saved = place
        self.accept()

    def _link(self, ward: Place, parent_id: int | None, kind: str) -> None:
        directory = self.ctx.services.directory
        for old in directory.parents(ward.id, kind):
            if old.id != parent_id:
                directory.unlink(ward.id, old.id)
        if parent_id is not None:
            directory.link(ward.id, parent_id)
