"""First run: set up the office, or try the program with the demo data (kept in its own file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from liaison_desktop.gui.child_process import fill_new_database
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.forms.welcome_page import Ui_WelcomeForm
from liaison_desktop.gui.tasks import Progress
from liaison_desktop.gui.views.page import Page

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow



def build_demo_database(path: Path, today: dt.date, progress: Progress) -> Path:
    """Create the demo database at ``path`` around ``today`` unless it exists (runs on a worker
    thread, the filling itself in a child process: see ``child_process``)."""
    if path.exists():
        return path
    progress(0, 1)
    command = ["--operator", "demo", "--today", f"{today:%d-%m-%Y}", "demo"]
    return fill_new_database(path, command, progress)


class WelcomePage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.form = QWidget()
        self.ui = Ui_WelcomeForm()
        self.ui.setupUi(self.form)
        font = self.ui.title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.setupButton.clicked.connect(self.set_up_office)
        self.ui.demoButton.clicked.connect(self.open_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def set_up_office(self) -> None:
        from liaison_desktop.gui.dialogs.office_setup import OfficeSetupDialog

        if OfficeSetupDialog(self.ctx, self).exec():
            self.window_.office_ready()

    def open_demo(self) -> None:
        path, today = self.ctx.paths.demo_database, self.ctx.today()
        self.ctx.tasks.start(
            lambda progress: build_demo_database(path, today, progress),
            title=self.tr("Preparing the demo data"),
            parent=self,
            on_success=lambda built: self._switch(built),
        )

    def _switch(self, path: Path) -> None:
        if self.window_.switch_database is not None:
            self.window_.switch_database(str(path))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)
