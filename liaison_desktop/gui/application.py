"""QApplication bootstrap: fonts, database, main window. (First cut; the full interface follows.)"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem

from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.core.paths import AppPaths, database_location
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.fonts import font_files


def register_fonts() -> str:
    """Load the bundled Devanagari font so Hindi renders on machines without one."""
    family = ""
    for path in font_files().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else "")
    return family


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Liaison Desktop")
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 11))
    paths = AppPaths.resolve(args.basedir)
    paths.ensure()
    settings = Settings.load(paths.settings_file)
    try:
        database = open_database(database_location(paths, args.db, settings.database))
    except LiaisonError as exc:
        QMessageBox.critical(None, "Liaison Desktop", str(exc))
        return 2
    services = Services(database, settings.operator_name)
    window = QMainWindow()
    window.setWindowTitle("Liaison Desktop")
    rows = services.meetings.summaries(limit=500)
    table = QTableWidget(len(rows), 4)
    table.setHorizontalHeaderLabels(["Date", "Title", "Status", "Station"])
    for r, row in enumerate(rows):
        values = (row.meeting_date.strftime("%d-%m-%Y"), row.title, row.status, row.station_name)
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    window.setCentralWidget(table)
    window.resize(1200, 700)
    window.show()
    return app.exec()
