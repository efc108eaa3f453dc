"""Windows fit the screen they open on, title bar included, and are remembered per screen
(issue 14, item 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMessageBox

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui import geometry
from liaison_desktop.gui.geometry import FRAME_ALLOWANCE


class OfficeScreen:
    """A 1366x768 screen with a 40-pixel panel at the bottom (the offscreen test screen is
    800x800, narrower than the main window's minimum width)."""

    def __init__(self, name: str = "office") -> None:
        self._name = name

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1366, 728)

    def size(self) -> QSize:
        return QSize(1366, 768)

    def name(self) -> str:
        return self._name


@pytest.fixture(autouse=True)
def office_screen(monkeypatch):
    monkeypatch.setattr(geometry, "screen_of", lambda window: OfficeScreen())


def test_first_start_and_editors_fit_the_work_area(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    area = OfficeScreen().availableGeometry()
    assert window.height() <= area.height() - FRAME_ALLOWANCE.height()
    assert window.width() <= area.width() - FRAME_ALLOWANCE.width()
    assert window.y() >= area.y() and window.x() >= area.x()
    editor = window.open_meeting(Meeting.select().first().id)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert editor.height() <= area.height() - FRAME_ALLOWANCE.height()
    assert area.contains(editor.geometry())
    editor.close()


def test_the_size_is_remembered_on_its_own_screen_only(demo_ctx, open_window, monkeypatch) -> None:
    window = open_window(demo_ctx)
    # (within the real 800x800 offscreen screen, which restoreGeometry itself keeps to)
    remembered = QSize(window.minimumWidth(), 500)
    window.resize(remembered)
    window.close()
    again = open_window(demo_ctx)
    assert again.size() == remembered
    again.close()

    monkeypatch.setattr(geometry, "screen_of", lambda window: OfficeScreen("projector"))
    elsewhere = open_window(demo_ctx)
    area = OfficeScreen().availableGeometry()
    assert elsewhere.size() == area.size() - FRAME_ALLOWANCE  # fitted: never been there
    elsewhere.close()
