"""Answer a modal dialog of the application in a test: fill it in, press OK through its own
``accept`` (so its checks run), and return what ``exec`` would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def answer_with(dialog_class: type, fill: Callable[[Any], None]) -> Callable[[Any], int]:
    """An ``exec`` for ``dialog_class`` that fills the dialog and presses OK."""

    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    return exec_


def give_reason(reason: str) -> Callable[[Any], int]:
    from liaison_desktop.gui.dialogs.amend import AmendDialog

    return answer_with(AmendDialog, lambda dialog: dialog.reason.setPlainText(reason))
