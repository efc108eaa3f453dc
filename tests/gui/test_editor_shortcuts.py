"""Keyboard-only work in the editor and the search box (issue 14, item 8): shortcuts for every
lifecycle step and paper, status keys 1-4 wherever the review row's cursor is, Ctrl+Shift+N
from an agenda point linked to it, and Down then Enter opening the top search hit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.dialogs.amend import AmendDialog
from liaison_desktop.gui.dialogs.sign import SignDialog
from tests.gui.keys import activate, press, type_text

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def meeting(status: str) -> Meeting:
    amended = Meeting.select(Meeting.amends).where(Meeting.amends.is_null(False))
    return (
        Meeting.select()
        .where(Meeting.status == status, Meeting.amends.is_null(), Meeting.id.not_in(amended))
        .first()
    )


def open_editor(qtbot: QtBot, window, meeting_id: int):
    editor = window.open_meeting(meeting_id)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    activate(qtbot, editor)
    return editor


def test_lifecycle_and_paper_shortcuts(qtbot: QtBot, demo_ctx, open_window, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append("final") or QMessageBox.StandardButton.No,
    )
    monkeypatch.setattr(SignDialog, "exec", lambda dialog: asked.append("sign") or 0)
    monkeypatch.setattr(AmendDialog, "exec", lambda dialog: asked.append("amend") or 0)
    window = open_window(demo_ctx)

    draft = open_editor(qtbot, window, meeting("draft").id)
    qtbot.keyClick(draft, Qt.Key.Key_F, SHIFT_CTRL)
    assert asked == ["final"]
    draft.close()

    final = open_editor(qtbot, window, meeting("final").id)
    qtbot.keyClick(final, Qt.Key.Key_S, SHIFT_CTRL)
    qtbot.keyClick(final, Qt.Key.Key_A, SHIFT_CTRL)
    assert asked == ["final", "sign", "amend"]
    for key, kind in ((Qt.Key.Key_P, "attendance"), (Qt.Key.Key_R, "review")):
        activate(qtbot, final)
        qtbot.keyClick(final, key, SHIFT_CTRL)
        page = window.pages["documents"]
        assert page.shown is not None and page.shown.kind.value == kind
        assert page.shown.meeting == final.draft.id
    final.close()


def test_status_keys_set_the_status_from_the_remark_column(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    with_reviews = next(
        m
        for m in Meeting.select().where(Meeting.status == "draft")
        if demo_ctx.services.meetings.load(m.id).reviews
    )
    window = open_window(demo_ctx)
    editor = open_editor(qtbot, window, with_reviews.id)
    editor.show_section("reviews")
    table = editor.reviews.table
    model = table.model()
    remark_before = editor.draft.reviews[0].remark
    table.setFocus()
    table.setCurrentIndex(model.index(0, table.remark_column))
    press(table, Qt.Key.Key_3)
    assert model.lines[0].status == "done"
    assert model.lines[0].remark == remark_before
    press(table, Qt.Key.Key_1)
    assert model.lines[0].status == "open"
    editor.close()


def test_ctrl_shift_n_on_an_agenda_point_links_the_new_action(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx)
    editor = open_editor(qtbot, window, meeting("draft").id)
    editor.show_section("agenda")
    editor.agenda.points.setCurrentRow(0)
    point = editor.agenda.current()
    assert point is not None
    before = len(editor.actions.model.lines)
    qtbot.keyClick(editor, Qt.Key.Key_N, SHIFT_CTRL)
    assert editor.tabs.currentWidget() is editor.actions
    assert len(editor.actions.model.lines) == before + 1
    assert editor.actions.model.lines[-1].agenda_uuid == point.uuid
    editor.close()


def test_down_then_enter_in_the_search_box_opens_the_top_hit(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx, "dashboard")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(window.search_box, "साइबर शिविर")
    press(window.search_box, Qt.Key.Key_Down)
    page = window.pages["search"]
    assert QApplication.focusWidget() is page.list
    press(page.list, Qt.Key.Key_Return)  # perhaps before the answer: opened when it comes
    qtbot.waitUntil(lambda: window.current_page_key() == "actions")
    assert window.pages["actions"].table.current_id() == page.hit_at(0).action_id
