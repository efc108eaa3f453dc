"""Searching from the main window: a Hindi query typed in the search box, ranked results with
highlighted snippets, filters, and each kind of result opened where it is worked on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import ActionItem, Meeting, Person, Place
from liaison_desktop.core.search import SearchHit
from liaison_desktop.core.vocab import SearchKind
from liaison_desktop.gui.views.search import HIGHLIGHT, SearchPage, hit_html
from tests.gui.keys import activate, press, type_text


def search(qtbot: QtBot, window, text: str) -> SearchPage:
    """Type ``text`` into the main window's search box as a clerk would and wait for the answer
    (the search starts once typing pauses)."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    type_text(window.search_box, text)
    page = window.pages["search"]
    qtbot.waitUntil(lambda: page.results is not None and not page.timer.isActive())
    return page


def test_hindi_query_finds_the_item_and_opens_it(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "dashboard")
    activate(qtbot, window)
    page = search(qtbot, window, "साइबर शिविर")
    assert window.current_page_key() == "search"
    first = page.hit_at(0)
    assert first.kind is SearchKind.ACTION
    item = ActionItem.get_by_id(first.action_id)
    assert "साइबर जागरूकता शिविर" in item.description
    shown = page.model.item(0).text()
    assert f"{HIGHLIGHT[0]}साइबर{HIGHLIGHT[1]}" in shown
    assert f"{HIGHLIGHT[0]}शिविर{HIGHLIGHT[1]}" in shown
    assert page.summary.text().startswith(str(page.results.ranked))

    # Enter in the box goes to the results; Enter there opens the item on its page.
    press(window.search_box, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.list
    press(page.list, Qt.Key.Key_Return)
    assert window.current_page_key() == "actions"
    actions = window.pages["actions"]
    assert actions.table.current_id() == item.id
    assert item.description[:40] in actions.history_title.text()


def test_meetings_agenda_people_and_places_open_in_their_place(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx, "dashboard")
    activate(qtbot, window)
    page = search(qtbot, window, "चकेरी नशा")
    agenda = page.hit_at(0)
    assert agenda.kind is SearchKind.AGENDA
    page.list.doubleClicked.emit(page.model.index(0, 0))
    editor = window.editors[str(Meeting.get_by_id(agenda.meeting_id).uuid)]
    assert editor.tabs.currentWidget() is editor.agenda
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.close()

    page = search(qtbot, window, "सुरेन्द्र")  # typed with a different spelling of the nasal
    person = page.hit_at(0)
    assert person.kind is SearchKind.PERSON
    page.open_row(0)
    assert window.current_page_key() == "people"
    assert window.pages["people"].current_person_id() == person.id == Person.get_by_id(8).id

    window.search_box.clear()
    page = search(qtbot, window, "कोतवाली")
    page.kind.set_value("place")
    assert page.results.hits and all(hit.kind is SearchKind.PLACE for hit in page.results.hits)
    page.open_row(0)
    assert window.current_page_key() == "places"
    assert window.pages["places"].current_place_id() == Place.get(Place.code == "KTW").id


def test_filters_combine_with_the_text(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "search")
    page = search(qtbot, window, "कोतवाली")
    everything = page.results.ranked
    page.kind.set_value("meeting")
    page.status.set_value("signed")
    meetings = [Meeting.get_by_id(hit.id) for hit in page.results.hits]
    assert meetings and all(m.status == "signed" for m in meetings)
    page.clear_filters()
    assert page.results.ranked == everything
    page.date_from.set_date(dt.date(2024, 10, 1))
    page.date_to.set_date(dt.date(2024, 10, 31))
    page.filters_changed()
    dates = [hit.date for hit in page.results.hits]
    assert dates and all(dt.date(2024, 10, 1) <= d <= dt.date(2024, 10, 31) for d in dates)
    page.date_to.setText("31-13-2024")  # a date that does not exist: said, not raised
    page.filters_changed()
    assert page.results is None and page.model.rowCount() == 0 and page.summary.text()


def test_hostile_input_never_errors_and_results_are_escaped(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx, "search")
    for text in ('"<b>x</b> AND OR -* ((', "*", "NOT", "😀" * 50, "'; DROP TABLE meeting; --"):
        window.search_box.setText(text)
        window.search_box.returnPressed.emit()
        page = window.pages["search"]
        assert page.summary.text()  # an answer, never an exception
    assert Meeting.select().count() > 0

    hit = SearchHit(
        kind=SearchKind.MEETING,
        id=1,
        meeting_id=1,
        action_id=None,
        title="<script>alert(1)</script>",
        context="A & B",
        snippet="नशा <i>बेचना</i> बंद",
        highlights=((0, 3),),
        score=1.0,
        date=dt.date(2024, 7, 20),
        station="<b>",
    )
    shown = hit_html(hit)
    assert "<script>" not in shown and "&lt;script&gt;" in shown and "A &amp; B" in shown
    assert f"{HIGHLIGHT[0]}नशा{HIGHLIGHT[1]} &lt;i&gt;बेचना&lt;/i&gt; बंद" in shown
    assert "20-07-2024" in shown and "&lt;b&gt;" in shown


def test_ctrl_f_is_the_page_box_where_there_is_one(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "dashboard")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    window.show_page("people")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["people"].search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box


def test_an_out_of_date_index_is_rebuilt_in_the_background(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    search_engine = demo_ctx.services.search
    demo_ctx.database.execute_sql("DELETE FROM search_meta")  # as a database from before search
    assert not search_engine.is_current()
    window = open_window(demo_ctx, "dashboard")
    window.prepare_search()
    assert search_engine.is_current()
    page = search(qtbot, window, "साइबर")
    assert page.results.hits
