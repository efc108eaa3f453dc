"""Typing as a clerk does, including Hindi: each character is a key event carrying its text (what
a Devanagari keyboard layout sends). ``QTest.keyClicks`` handles only Latin-1 characters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def _key(char: str) -> tuple[int, str]:
    if char == "\n":
        return int(Qt.Key.Key_Return), "\r"
    return (ord(char.upper()) if ord(char) < 128 else int(Qt.Key.Key_unknown)), char


def type_text(widget: QWidget | None, text: str) -> None:
    """Type ``text`` into ``widget`` (default: whatever has the keyboard focus)."""
    for char in text:
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        key, key_text = _key(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, key_text)
            )


def press(widget: QWidget | None, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    target = widget or QApplication.focusWidget()
    text = {Qt.Key.Key_Space: " ", Qt.Key.Key_Return: "\r"}.get(key, "")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window, as the clerk's click would (needed for focus)."""
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
