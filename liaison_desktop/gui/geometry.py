"""Windows that fit the screen they open on, title bar included, remembered per screen.

``setGeometry(availableGeometry())`` sizes the client area to the whole work area, so the title
bar lands above the screen's top edge and the bottom buttons below it (seen on 1366x768). Here
the frame is allowed for, and a size remembered on one screen (an office PC's 1366x768, a
projector's 1920x1080) is restored only on that screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# A window manager's title bar and borders, allowed for before the window has a frame to measure.
FRAME_ALLOWANCE = QSize(16, 48)


def screen_of(window: QWidget) -> QScreen:
    return window.screen() or QGuiApplication.primaryScreen()


def screen_key(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name() or 'screen'}-{size.width()}x{size.height()}"


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (default: the whole work area) or less, frame included,
    and centre it in the work area of its screen."""
    area = screen_of(window).availableGeometry()
    room = area.size() - FRAME_ALLOWANCE
    wanted = preferred or room
    size = QSize(
        max(min(wanted.width(), room.width()), window.minimumWidth()),
        max(min(wanted.height(), room.height()), window.minimumHeight()),
    )
    window.resize(size)
    outer = size + FRAME_ALLOWANCE
    window.move(
        area.x() + max((area.width() - outer.width()) // 2, 0),
        area.y() + max((area.height() - outer.height()) // 2, 0),
    )


def keep_on_screen(window: QWidget) -> None:
    """Bring a restored window back inside its screen's work area (a remembered size can be
    larger than the screen it is restored on)."""
    area = screen_of(window).availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    fit_to_screen(window, window.size())


class WindowPlacement:
    """The geometry of one kind of window, remembered per screen in the UI state file."""

    def __init__(self, state: QSettings, key: str) -> None:
        self.state = state
        self.key = key

    def _key(self, window: QWidget) -> str:
        return f"{self.key}/{screen_key(screen_of(window))}"

    def restore(self, window: QWidget, preferred: QSize | None = None) -> bool:
        """Put ``window`` where it was last on this screen; ``False`` (and fitted) when it has
        not been on this screen before."""
        saved = self.state.value(self._key(window))
        if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
            keep_on_screen(window)
            return True
        fit_to_screen(window, preferred)
        return False

    def save(self, window: QWidget) -> None:
        self.state.setValue(self._key(window), window.saveGeometry())
