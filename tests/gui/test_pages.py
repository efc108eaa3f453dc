"""People, places and settings pages over the demo office; error dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.models import Appointment, MeetingSeries, OfficeProfile, Person
from liaison_desktop.gui.crash import ExceptionHandler
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.i18n import current_language
from tests.gui.keys import type_text


def test_people_page_shows_appointment_history(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "people")
    page = window.pages["people"]
    assert page.model.rowCount() == Person.select().where(Person.active == True).count()  # noqa: E712
    type_text(page.search, "Surendra")  # Latin spelling finds the Devanagari record
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    person = Person.get(Person.name_latin == "Surendra Pal")
    assert page.name.text() == person.name == "सुरेंद्र पाल"
    assert (
        page.appointments.rowCount()
        == Appointment.select().where(Appointment.person == person).count()
    )
    assert page.appointments.item(0, 0).text().startswith("थाना प्रभारी")
    assert page.attendance.rowCount() > 0


def test_places_page_lists_stations_wards_and_invitees(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "places")
    page = window.pages["places"]
    stations = page.groups["station"]
    assert stations.text(0) == "थाना" and stations.childCount() == 10
    kotwali_series = MeetingSeries.get(MeetingSeries.code == "KTW")
    page.select_place(kotwali_series.station_id)
    assert page.heading.text() == "कोतवाली"
    expected = demo_ctx.services.series.default_invitees(kotwali_series.id, demo_ctx.today())
    assert page.invitees.rowCount() == len(expected) > 0
    assert [page.invitees.item(r, 0).text() for r in range(len(expected))] == [
        line.name for line in expected
    ]
    ward_count = len(demo_ctx.services.directory.children(kotwali_series.station_id, "ward"))
    assert page.tree.currentItem().childCount() == ward_count


def test_settings_save_the_profile_and_switch_language(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "settings")
    page = window.pages["settings"]
    assert page.ui.officeName.text() == OfficeProfile.get().name
    page.ui.prefix.setText("KNP/LC/2025")
    page.ui.language.set_value("en")
    assert page.save()
    QApplication.processEvents()
    assert OfficeProfile.get().reference_prefix == "KNP/LC/2025"
    assert current_language() == "en" and demo_ctx.settings.language == "en"
    assert window.navigation.item(7).text() == "Settings"
    assert page.ui.saveButton.text() == "&Save settings"
    saved = demo_ctx.paths.settings_file.read_text(encoding="utf-8")
    assert '"language": "en"' in saved


def test_error_dialogs_speak_the_interface_language_and_keep_details(qtbot, tmp_path) -> None:
    box = show_error(
        None, NotFoundError("No {kind} with id or UUID “{ref}”.", kind="meeting", ref="99")
    )
    qtbot.addWidget(box)
    assert "99" in box.text() and box.text() != "No meeting with id or UUID “99”."
    assert box.icon() == QMessageBox.Icon.Warning

    # Anything unexpected goes to the one crash dialog, with the traceback to copy.
    handler = ExceptionHandler(tmp_path / "liaison.log")
    handler.install()
    try:
        try:
            {}["missing"]
        except KeyError as error:
            assert show_error(None, error) is None
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert "लायज़न डेस्कटॉप" in dialog.message.text() and "Something" not in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "KeyError" in details and "test_pages.py" in details


def test_a_station_added_later_holds_monthly_meetings_until_it_is_retired(
    demo_ctx, open_window
) -> None:
    from liaison_desktop.gui.dialogs.directory import PlaceDialog
    from liaison_desktop.gui.dialogs.new_meeting import NewMeetingDialog

    services = demo_ctx.services
    window = open_window(demo_ctx, "places")
    before = services.dashboard.figures().station_count

    dialog = PlaceDialog(demo_ctx, None, window, "station")
    assert dialog.ui.monthly.isChecked() and not dialog.ui.active.isVisibleTo(dialog)
    dialog.ui.name.setText("बिठूर")
    dialog.ui.code.setText("BTR")
    dialog.ui.buttons.accepted.emit()
    station = dialog.saved
    series = MeetingSeries.get(MeetingSeries.station == station.id)
    assert series.active and series.code == "BTR" and series.cadence_months == 1
    assert series.name == "थाना बिठूर मासिक समन्वय बैठक"
    assert services.dashboard.figures().station_count == before + 1
    choices = NewMeetingDialog(demo_ctx, window).ui.series
    assert series.id in [choices.itemData(i) for i in range(choices.count())]

    # No longer in use: the series is retired with it, its history kept; back in use, reopened.
    edit = PlaceDialog(demo_ctx, services.directory.place(station.id), window)
    assert edit.ui.monthly.isChecked() and edit.ui.active.isChecked()
    edit.ui.active.setChecked(False)
    edit.ui.buttons.accepted.emit()
    assert not MeetingSeries.get_by_id(series.id).active
    assert services.dashboard.figures().station_count == before
    again = PlaceDialog(demo_ctx, services.directory.place(station.id), window)
    assert not again.ui.monthly.isChecked()
    again.ui.active.setChecked(True)
    again.ui.monthly.setChecked(True)
    again.ui.buttons.accepted.emit()
    assert MeetingSeries.get_by_id(series.id).active
    assert MeetingSeries.select().where(MeetingSeries.station == station.id).count() == 1


def test_people_list_shows_a_designation_left_empty_as_role_and_place(
    demo_ctx, open_window
) -> None:
    appointment = (
        Appointment.select().where(Appointment.role == "councillor", Appointment.end_date.is_null())
    ).first()
    Appointment.update(designation="").where(Appointment.id == appointment.id).execute()
    window = open_window(demo_ctx, "people")
    page = window.pages["people"]
    type_text(page.search, appointment.person.name)
    column = [c.key for c in page.model.columns].index("designation")
    shown = page.model.data(page.model.index(0, column))
    assert shown == f"पार्षद, {appointment.place.name}"
