"""A dialog whose OK hands the input to the service and stays open when it is refused.

Closing first and reporting afterwards lost everything the clerk typed (a long amendment
reason, four signatories). Here the service's own check runs on OK: a refusal shows its message
inside the dialog, marks and focuses the field it names, and keeps the input; only a change
that succeeded closes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.i18n import error_text

PROBLEM_STYLE = "background: #fdecea; border: 1px solid #c0392b; color: #7b241c; padding: 6px;"
MARKED_STYLE = "border: 2px solid #c0392b;"


class CheckedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.submit: Callable[[], None] | None = None  # what OK does; raises when refused
        self.fields: dict[str, QWidget] = {}  # field label (as errors name it) -> its widget
        self._marked: QWidget | None = None

    def lay_out(self, *parts: QWidget | QLayout) -> None:
        """The dialog's layout: the problem (hidden until there is one), ``parts``, OK/Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.submit is not None:
            try:
                self.submit()
            except LiaisonError as error:
                self.show_problem(error)
                return
            except Exception as error:  # logged with its details by show_error; input kept
                show_error(self, error)
                return
        super().accept()

    def show_problem(self, error: LiaisonError) -> None:
        self.problem.setText(error_text(error))
        self.problem.show()
        if self._marked is not None:
            self._marked.setStyleSheet("")
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setStyleSheet(MARKED_STYLE)
            widget.setFocus()
            self._marked = widget
