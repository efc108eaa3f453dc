"""Keyboard paths through the main window: page shortcuts, search boxes, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.keys import activate


def test_page_shortcuts_search_boxes_and_enter(qtbot: QtBot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "dashboard")
    activate(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "meetings"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["meetings"].search

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "actions"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["actions"].search

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    table = window.pages["meetings"].table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    (editor,) = window.editors.values()
    assert editor.draft.id == table.current_id()
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.close()
