"""The meeting editor end to end, by keyboard, in Hindi: create, attend, review, decide, save,
reopen and find it all again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import ActionItem, MeetingSeries, Person
from liaison_desktop.gui.editor.window import MeetingEditor
from tests.gui.keys import activate, press, type_text

MEETING_DAY = dt.date(2025, 1, 20)
TITLE = "थाना कोतवाली मासिक समन्वय बैठक — जनवरी"
WALK_IN = "रामेश्वर दयाल श्रीवास्तव"
REMARK = "तीन अभियुक्त गिरफ़्तार, कार्य पूर्ण"
POINT = "स्कूलों के पास सूखे नशे की बिक्री"
DISCUSSION = "पार्षद ने बताया कि शाम को संदिग्ध लोग दिखते हैं।"
DECISION = "थाना प्रभारी विशेष अभियान चलाएँगे।"
ACTION = "स्कूलों के पास सादी वर्दी में गश्त और संदिग्धों की पहचान"


def new_editor(qtbot: QtBot, window, demo_ctx) -> MeetingEditor:
    series = MeetingSeries.get(MeetingSeries.code == "KTW")
    draft = demo_ctx.services.series.new_meeting(series.id, MEETING_DAY)
    editor = window.open_draft(draft, dirty=True)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # never block a test
    activate(qtbot, editor)
    return editor


def test_create_a_meeting_by_keyboard_in_hindi_save_and_reopen(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    services = demo_ctx.services
    assert editor.draft.attendance, "the series' invitees are filled in"
    assert editor.draft.reviews, "open items of earlier meetings are filled in for review"
    invitees = len(editor.draft.attendance)

    # Details: a Hindi title and venue.
    details = editor.details.ui
    details.title.setFocus()
    details.title.selectAll()
    type_text(details.title, TITLE)
    details.venue.selectAll()
    type_text(details.venue, "थाना कोतवाली, सभाकक्ष")

    # Attendance: Space marks each invitee present; the second is then marked absent again.
    editor.tabs.setCurrentWidget(editor.attendance)
    table = editor.attendance.table
    table.setFocus()
    for row in range(invitees):
        table.setCurrentIndex(editor.attendance.model.index(row, 1))
        press(table, Qt.Key.Key_Space)
    table.setCurrentIndex(editor.attendance.model.index(1, 1))
    press(table, Qt.Key.Key_Space)
    # A person from the directory, typed in Latin letters; Enter takes the first match.
    adder = editor.attendance.person
    adder.setFocus()
    type_text(adder, "Shweta")
    assert adder.suggestions(), "type-ahead offers people for a Latin spelling"
    press(adder, Qt.Key.Key_Return)
    # A walk-in: the name cell opens for typing.
    editor.attendance.walk_in_button.click()
    type_text(None, WALK_IN)
    press(None, Qt.Key.Key_Return)

    # Review of earlier items: "3" marks the first one done; type a remark in its cell.
    editor.tabs.setCurrentWidget(editor.reviews)
    reviews = editor.reviews.table
    model = editor.reviews.model
    reviews.setFocus()
    reviews.setCurrentIndex(model.index(0, 0))
    press(reviews, Qt.Key.Key_3)
    remark_cell = model.index(0, model.column_of("remark"))
    reviews.setCurrentIndex(remark_cell)
    reviews.edit(remark_cell)
    type_text(None, REMARK)
    press(None, Qt.Key.Key_Return)
    reviewed_action = editor.draft.reviews[0].action_id

    # Agenda: a new point by shortcut, then its discussion and decision.
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.new_line_action.trigger()  # Ctrl+N
    agenda = editor.agenda
    type_text(agenda.point_title, POINT)
    type_text(agenda.discussion, DISCUSSION)
    type_text(agenda.decision, DECISION)
    point_uuid = agenda.current().uuid

    # An action item for that point: what, who (typed in Devanagari), by when, category.
    agenda.action_button.click()
    assert editor.tabs.currentWidget() is editor.actions
    actions = editor.actions
    type_text(actions.description, ACTION)
    actions.category.set_value("drugs")
    actions.person.setFocus()
    type_text(actions.person, "विनोद")
    press(actions.person, Qt.Key.Key_Return)
    actions.due.setFocus()
    type_text(actions.due, "20022025")
    press(actions.due, Qt.Key.Key_Return)  # completes to 20-02-2025 and moves on

    # Copy-to list as at the last meeting of the series.
    editor.tabs.setCurrentWidget(editor.copy_to)
    editor.copy_to.previous_button.click()

    editor.save_action.trigger()  # Ctrl+S
    assert editor.banner.text() == "सहेज लिया गया।"
    assert not editor.dirty
    meeting_id = editor.draft.id
    assert meeting_id is not None
    assert demo_ctx.drafts.forgotten == [editor.draft.uuid], "the autosaved copy is dropped"

    # What the database holds now.
    stored = services.meetings.load(meeting_id)
    assert stored.title == TITLE
    assert stored.venue == "थाना कोतवाली, सभाकक्ष"
    statuses = [line.status for line in stored.attendance]
    assert statuses[:invitees] == ["present", "absent"] + ["present"] * (invitees - 2)
    shweta = Person.get(Person.name_latin == "Shweta Srivastava")
    added = stored.attendance[invitees]
    assert (added.person_id, added.designation, added.status) == (
        shweta.id,
        "पुलिस उपायुक्त (पूर्वी)",
        "present",
    )
    assert (stored.attendance[-1].name, stored.attendance[-1].person_id) == (WALK_IN, None)
    review = next(r for r in stored.reviews if r.action_id == reviewed_action)
    assert (review.status, review.remark) == ("done", REMARK)
    # In a draft the review is what the meeting proposes: the item is done once it is final.
    assert ActionItem.get_by_id(reviewed_action).status != "done"
    assert [(p.title, p.discussion, p.decision) for p in stored.agenda] == [
        (POINT, DISCUSSION, DECISION)
    ]
    (action,) = stored.actions
    vinod = Person.get(Person.name_latin == "Vinod Kumar Mishra")
    assert (action.description, action.category, action.responsible_person_id) == (
        ACTION,
        "drugs",
        vinod.id,
    )
    assert action.due_date == dt.date(2025, 2, 20)
    assert action.agenda_uuid == stored.agenda[0].uuid == point_uuid
    assert stored.copy_to, "copy-to list taken from the previous meeting"

    # Reopen in a fresh editor: the widgets show it all.
    editor.close()
    assert window.editors == {}
    reopened = window.open_meeting(meeting_id)
    assert reopened.details.ui.title.text() == TITLE
    assert reopened.details.ui.date.text() == "20-01-2025"
    assert len(reopened.attendance.model.lines) == invitees + 2
    assert reopened.reviews.model.index(0, model.column_of("status")).data() == "पूर्ण"
    assert reopened.agenda.points.item(0).text() == f"1. {POINT}"
    assert reopened.actions.model.index(0, 0).data() == ACTION
    assert reopened.tabs.tabText(1).startswith("&2 उपस्थिति")
    reopened.close()


def test_a_save_with_a_missing_title_names_the_field_in_hindi_and_goes_there(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    editor.tabs.setCurrentWidget(editor.copy_to)
    editor.details.ui.title.clear()
    assert not editor.save()
    assert editor.banner.text() == "“शीर्षक” ख़ाली नहीं हो सकता।"
    assert editor.tabs.currentWidget() is editor.details
    assert QApplication.focusWidget() is editor.details.ui.title
    assert editor.draft.id is None


def test_a_bad_due_date_is_refused_with_its_field(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    editor.new_action_for()
    type_text(editor.actions.description, "पत्र भेजना")
    type_text(editor.actions.due, "31-02-2025")
    assert not editor.save()
    assert "31-02-2025" in editor.banner.text()
    assert editor.tabs.currentWidget() is editor.actions


def test_changes_are_autosaved_and_closing_asks(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    drafts = demo_ctx.drafts
    type_text(editor.details.ui.venue, " (नया भवन)")
    assert editor.dirty and editor.autosave_timer.isActive()
    editor.autosave()  # what the timer does a few seconds after a change
    kept = drafts.kept[editor.draft.uuid]
    assert kept["venue"].endswith("(नया भवन)")
    assert kept["series_id"] == editor.draft.series_id

    asked = []
    editor.ask_unsaved = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel
    assert not editor.close(), "Cancel keeps the editor open"
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    assert editor.close()
    assert len(asked) == 1
    assert drafts.kept == {}, "saved: the recovery copy is dropped"
    assert demo_ctx.services.meetings.load(editor.draft.id).venue.endswith("(नया भवन)")


def test_final_minutes_open_read_only(qtbot: QtBot, demo_ctx, open_window) -> None:
    from liaison_desktop.core.models import Meeting

    final = Meeting.select().where(Meeting.status == "final").first()
    window = open_window(demo_ctx)
    editor = window.open_meeting(final.id)
    assert editor.read_only
    assert editor.details.ui.title.isReadOnly()
    assert not editor.save_action.isEnabled()
    assert editor.amend_action.isEnabled()
    assert "अंतिम" in editor.banner.text() and final.reference_no in editor.banner.text()
    editor.attendance.model.toggle_present(0)
    assert not editor.dirty
    editor.close()


def test_represented_counts_as_present_on_screen_in_the_list_and_on_paper(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    from liaison_desktop.gui.models.meetings import MeetingTableModel
    from liaison_desktop.reports.documents import minutes_pdf
    from tests.reports.pdfread import page_texts

    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    model = editor.attendance.model
    statuses = ["represented", "absent"] + ["present"] * (len(model.lines) - 2)
    for row, status in enumerate(statuses):
        model.set_status(row, status)
    present = len(model.lines) - 1
    assert f"({present}/{len(model.lines)})" in editor.attendance.title()
    assert editor.attendance.summary.text() == f"उपस्थित {present} · अनुपस्थित 1 · अचिह्नित 0"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.PartiallyChecked
    )
    assert editor.save()
    meeting_id = editor.draft.id

    rows = MeetingTableModel().fetch_rows([meeting_id])
    assert rows[meeting_id].present == present
    first_page = page_texts(minutes_pdf(demo_ctx.services, meeting_id))[0]
    assert f"उपस्थित ({present})" in first_page and "अनुपस्थित (1)" in first_page
    editor.close()


def test_saving_text_the_papers_cannot_print_says_so(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    editor = new_editor(qtbot, window, demo_ctx)
    details = editor.details.ui
    details.title.setText("मासिक बैठक 🚓 — जनवरी")
    assert editor.save()
    banner = editor.banner.text()
    assert banner.startswith("सहेज लिया गया।") and "🚓" in banner
    details.title.setText("मासिक बैठक — जनवरी")
    assert editor.save()
    assert editor.banner.text() == "सहेज लिया गया।"
    editor.close()
