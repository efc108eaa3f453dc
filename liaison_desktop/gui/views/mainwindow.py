"""The main window: navigation on the left, one page at a time, menus with keyboard shortcuts.

Pages are built the first time they are shown, so start-up pays only for the first one. Window
geometry and the last page are remembered. Meetings open in editor windows of their own (one per
meeting); closing the main window closes them, each asking about unsaved work first.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.geometry import WindowPlacement
from liaison_desktop.gui.recent import RecentDatabasesMenu
from liaison_desktop.gui.views.page import Page
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from liaison_desktop.core.services.actions import ActionFilter
    from liaison_desktop.gui.backup_dialogs import BackupActions
    from liaison_desktop.gui.models.filters import MeetingFilter
    from liaison_desktop.gui.tasks import Progress
    from liaison_desktop.gui.views.search import SearchPage

# key, label, "module:Class" (imported when first shown)
PAGES: tuple[tuple[str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard:DashboardPage"),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), "meetings:MeetingsPage"),
    ("actions", QT_TRANSLATE_NOOP("MainWindow", "Action items"), "actions:ActionsPage"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "people:PeoplePage"),
    ("places", QT_TRANSLATE_NOOP("MainWindow", "Places"), "places:PlacesPage"),
    ("documents", QT_TRANSLATE_NOOP("MainWindow", "Documents"), "documents:DocumentsPage"),
    ("search", QT_TRANSLATE_NOOP("MainWindow", "Search"), "search:SearchPage"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings:SettingsPage"),
)
NAVIGATION_STYLE = """
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 7px 10px; }
"""
PAGE_KEYS = tuple(key for key, *_ in PAGES)
STATE_GEOMETRY = "main/geometry"
STATE_EDITOR_GEOMETRY = "editor/geometry"
STATE_WINDOW = "main/state"
STATE_PAGE = "main/page"


class MainWindow(QMainWindow):
    dataChanged = Signal()

    def __init__(
        self,
        ctx: AppContext,
        switch_database: Callable[[str], None] | None = None,
        start_page: str | None = None,
        *,
        restore_backup: Callable[[], None] | None = None,
    ) -> None:
        """``switch_database(location)`` and ``restore_backup()`` close this window and build
        another over the database (the application's ``Session``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.switch_database = switch_database
        self.restore_backup = restore_backup
        self._backup_actions: BackupActions | None = None
        self.pages: dict[str, Page] = {}
        self.editors: dict[str, QWidget] = {}  # draft uuid -> MeetingEditor
        self.welcome: QWidget | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        for _page in PAGES:
            QListWidgetItem("", self.navigation)
        self.navigation.currentRowChanged.connect(
            lambda row: self.show_page(PAGE_KEYS[row]) if row >= 0 else None
        )
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_search_bar()
        self._build_menus()
        self.dataChanged.connect(self._mark_pages_stale)
        self.retranslate()
        self._restore_state()
        if ctx.services.office.is_set_up():
            self.show_page(start_page or self._last_page())
        else:
            self.show_welcome()

    # Pages ------------------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page ``key``, built on first use."""
        if key not in self.pages:
            target = next(target for k, _label, target in PAGES if k == key)
            module_name, class_name = target.split(":")
            module = importlib.import_module(f"liaison_desktop.gui.views.{module_name}")
            page = getattr(module, class_name)(self.ctx, self)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        key = key if key in PAGE_KEYS else "dashboard"
        page = self.page(key)
        self.navigation.setEnabled(True)
        self.stack.setCurrentWidget(page)
        row = PAGE_KEYS.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(False)
        page.activate()
        if key != "search":  # the next start opens a working page, not an empty search
            self.ctx.ui_state.setValue(STATE_PAGE, key)
        return page

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is current), None)

    def show_meetings(self, meeting_filter: MeetingFilter) -> None:
        self.show_page("meetings").apply_filter(meeting_filter)  # type: ignore[attr-defined]

    def show_actions(self, action_filter: ActionFilter) -> None:
        self.show_page("actions").apply_filter(action_filter)  # type: ignore[attr-defined]

    def show_documents(self, meeting_id: int, kind: str = "minutes") -> None:
        """The Documents page previewing ``kind`` (minutes, attendance, review) of a meeting."""
        self.show_page("documents").show_meeting_document(  # type: ignore[attr-defined]
            meeting_id, kind
        )

    def show_welcome(self) -> None:
        from liaison_desktop.gui.views.welcome import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage(self.ctx, self)
            self.stack.addWidget(self.welcome)
        self.navigation.setEnabled(False)
        self.search_box.setEnabled(False)
        self.stack.setCurrentWidget(self.welcome)

    def office_ready(self) -> None:
        """The welcome page set up the office: on to the dashboard."""
        self._update_status()
        self.search_box.setEnabled(True)
        self.show_page("dashboard")
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None

    def _mark_pages_stale(self) -> None:
        for page in self.pages.values():
            page.mark_stale()
        self._update_status()

    def _last_page(self) -> str:
        key = self.ctx.ui_state.value(STATE_PAGE, "dashboard")
        return key if key in PAGE_KEYS else "dashboard"

    # Meetings ---------------------------------------------------------------------------------

    def new_meeting(self, series_id: int | None = None, on_date: dt.date | None = None) -> None:
        """Ask for series and date, then open an editor pre-filled from the series."""
        from liaison_desktop.gui.dialogs.new_meeting import NewMeetingDialog

        dialog = NewMeetingDialog(self.ctx, self, series_id, on_date or self.ctx.today())
        if dialog.exec():
            try:
                draft = self.ctx.services.series.new_meeting(
                    dialog.series_id(),
                    dialog.meeting_date(),
                    include_station_items=dialog.include_station_items(),
                )
            except Exception as error:
                show_error(self, error)
                return
            self.open_draft(draft, dirty=True)

    def open_meeting(self, meeting_id: int) -> QWidget | None:
        try:
            draft = self.ctx.services.meetings.load(meeting_id)
        except Exception as error:
            show_error(self, error)
            return None
        return self.open_draft(draft)

    def open_draft(self, draft: MeetingDraft, dirty: bool = False) -> QWidget:
        from liaison_desktop.gui.editor.window import MeetingEditor

        editor = self.editors.get(draft.uuid)
        if editor is None:
            editor = MeetingEditor(self.ctx, draft, dirty=dirty)
            editor.saved.connect(lambda _id: self.dataChanged.emit())
            editor.closed.connect(lambda uuid: self.editors.pop(uuid, None))
            editor.documentsRequested.connect(self._documents_for)
            editor.draftOpened.connect(self.open_draft)
            self.editors[draft.uuid] = editor
            placement = WindowPlacement(self.ctx.ui_state, STATE_EDITOR_GEOMETRY)
            editor.closed.connect(lambda _uuid, shown=editor: placement.save(shown))
            placement.restore(editor, self.size())
            editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _documents_for(self, meeting_id: int, kind: str) -> None:
        self.show_documents(meeting_id, kind)
        self.raise_()
        self.activateWindow()

    # Search -----------------------------------------------------------------------------------

    def _build_search_bar(self) -> None:
        """The search box sits in the menu bar's corner: no row of the screen taken for it."""
        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(440)
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.installEventFilter(self)  # Down goes to the results
        corner = QWidget(self.menuBar())
        layout = QHBoxLayout(corner)
        layout.setContentsMargins(0, 2, 6, 2)
        layout.addWidget(self.search_box)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def search_page(self) -> SearchPage:
        return self.show_page("search")  # type: ignore[return-value]

    def _search_typed(self, text: str) -> None:
        self.search_page().search_for(text)

    def _search_entered(self) -> None:
        page = self.search_page()
        page.search_for(self.search_box.text(), now=True)
        page.focus_results()

    def focus_search(self) -> None:
        """Ctrl+K: the search box, its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _find(self) -> None:
        """Ctrl+F: the page's own search box where it has one, else the search box."""
        page = self.stack.currentWidget()
        if not (isinstance(page, Page) and page.focus_search()):
            self.focus_search()

    def prepare_search(self) -> None:
        """A database whose search index is missing or out of date (from an older version, or
        indexed by another analysis) is indexed once, in the background."""
        services = self.ctx.services

        def work(progress) -> bool:
            search = services.search  # loads the engine and text analysis here, not at start-up
            if search.is_current():
                return False
            progress(0, 0, self.tr("Preparing the search (needed once)…"))
            search.rebuild(lambda done, total: progress(done, total))
            return True

        self.ctx.tasks.start(
            work, title=self.tr("Preparing the search"), parent=self, on_success=self._search_ready
        )

    def _search_ready(self, rebuilt: bool) -> None:
        if rebuilt:
            self.statusBar().showMessage(self.tr("The search is ready."), 5000)

    # Menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_meeting())
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_archive)
        self.import_action = QAction(self)
        self.import_action.setObjectName("importArchive")
        self.import_action.triggered.connect(self.import_archive)
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backUpNow")
        self.backup_action.triggered.connect(lambda: self.backup_actions().back_up_now())
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(self._restore_backup)
        # A database server has its own backups; a file is what these copy and replace.
        has_file = self.ctx.database_file is not None
        self.backup_action.setEnabled(has_file)
        self.restore_action.setEnabled(has_file and self.restore_backup is not None)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        # Both in the window itself (not a menu), so they work wherever the focus is.
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.focus_search)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.addActions([self.search_action, self.find_action])
        self.file_menu.addActions([self.new_action, self.export_action, self.import_action])
        self.recent_menu = RecentDatabasesMenu(self.ctx, self.switch_database, self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = self.menuBar().addMenu("")
        self.page_actions: list[QAction] = []
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self._go(k))
            self.go_menu.addAction(action)
            self.page_actions.append(action)

        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def _go(self, key: str) -> None:
        if self.welcome is None:
            self.show_page(key)

    def retranslate(self) -> None:
        title = self.tr("Liaison Desktop")
        if self.ctx.paths.is_demo(self.ctx.db_location):  # never mistaken for the office's data
            title = self.tr("Demo data — %1").replace("%1", title)
        self.setWindowTitle(title)
        self.recent_menu.retranslate()
        for row, (_key, label, _target) in enumerate(PAGES):
            self.navigation.item(row).setText(self.tr(label))
            self.page_actions[row].setText(self.tr(label))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New meeting…"))
        self.export_action.setText(self.tr("&Export all data (JSON)…"))
        self.import_action.setText(self.tr("&Import an archive into a new database…"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.search_box.setPlaceholderText(
            self.tr("Search meetings, action items, people, places… (Ctrl+K)")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Liaison Desktop"))
        self._update_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        ):
            self._search_entered()  # search now and go to the results; Enter opens the top one
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_status(self) -> None:
        profile = self.ctx.services.office.profile()
        office = profile.name if profile else self.tr("Office not set up")
        self.status_label.setText(
            self.tr("%1 · database: %2").replace("%1", office).replace("%2", self.ctx.db_location)
        )

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+N", self.tr("New meeting")),
            ("Ctrl+1 … Ctrl+8", self.tr("Go to a page")),
            ("Ctrl+K", self.tr("Search everything")),
            ("Ctrl+F", self.tr("Search box of the page (else search everything)")),
            ("Enter", self.tr("Open the selected meeting or item")),
            ("Ctrl+S", self.tr("Save the meeting (editor)")),
            ("Ctrl+N", self.tr("New line in the current section (editor)")),
            ("Ctrl+Shift+N", self.tr("New action item (editor)")),
            ("Alt+1 … Alt+7", self.tr("Go to a section (editor)")),
            ("Ctrl+P", self.tr("Print the minutes (editor)")),
            ("Ctrl+Shift+P", self.tr("Attendance sheet (editor)")),
            ("Ctrl+Shift+R", self.tr("Review sheet (editor)")),
            ("Ctrl+Shift+F", self.tr("Make the minutes final (editor)")),
            ("Ctrl+Shift+S", self.tr("Record the signature (editor)")),
            ("Ctrl+Shift+A", self.tr("Amend final minutes (editor)")),
            ("1 … 4", self.tr("Status of the item under review: open, in progress, done, dropped")),
            ("↓ Enter", self.tr("Open the top search result (search box)")),
            ("Ctrl+W", self.tr("Close the editor")),
            ("Tab / Enter", self.tr("Next field")),
            ("Space", self.tr("Present / absent (attendance)")),
            ("F4", self.tr("Calendar in a date field")),
        ]
        text = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table cellspacing='6'>{text}</table>")
        box.open()

    def show_about(self) -> None:
        from liaison_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Liaison Desktop"),
            self.tr(
                "Liaison Desktop %1\nRecords police–public liaison meetings, follows every "
                "decision until it is done, and prints minutes for signature."
            ).replace("%1", __version__),
        )

    # Backups ----------------------------------------------------------------------------------

    def backup_actions(self) -> BackupActions:
        """Back up now, the daily backup and choosing a backup to restore, for this database."""
        from liaison_desktop.gui.backup_dialogs import BackupActions, backup_folders

        folders = backup_folders(self.ctx.paths, self.ctx.settings)  # as the settings are now
        if self._backup_actions is None:
            path = self.ctx.database_file
            assert path is not None, "backups are of a database file"
            self._backup_actions = BackupActions(self, path, folders, self.ctx.tasks)
        self._backup_actions.backup_folders = folders
        return self._backup_actions

    def _restore_backup(self) -> None:
        if self.restore_backup is not None:
            self.restore_backup()

    # Export -----------------------------------------------------------------------------------

    def export_archive(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export all data"),
            str(Path.home() / f"liaison-{self.ctx.today():%Y%m%d}.json"),
            self.tr("JSON archive (*.json)"),
        )
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> None:
        database = self.ctx.database

        def work(progress) -> dict[str, int]:
            from liaison_desktop.core.archive import write_archive

            progress(0, 1, self.tr("Writing %1…").replace("%1", path.name))
            return write_archive(database, path)

        self.ctx.tasks.start(
            work,
            title=self.tr("Exporting all data"),
            parent=self,
            on_success=lambda counts: self.statusBar().showMessage(
                self.tr("Exported %1 records to %2")
                .replace("%1", str(sum(counts.values())))
                .replace("%2", str(path)),
                10000,
            ),
        )

    def import_archive(self) -> None:
        """An archive goes into a new database file (an archive is never merged into data in
        use); the window then switches to it."""
        source, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import an archive"), str(Path.home()), self.tr("JSON archive (*.json)")
        )
        if not source:
            return
        suggested = self.ctx.paths.data_dir / f"{Path(source).stem}.sqlite3"
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New database for the imported data"),
            str(suggested),
            self.tr("Liaison Desktop database (*.sqlite3)"),
        )
        if target:
            self.start_import(Path(source), Path(target))

    def start_import(self, source: Path, target: Path) -> bool:
        """Import ``source`` into the new file ``target``; an existing file is never replaced."""
        if target.exists():
            from liaison_desktop.core.archive import MSG_TARGET_EXISTS
            from liaison_desktop.core.errors import ArchiveError

            show_error(self, ArchiveError(MSG_TARGET_EXISTS, path=str(target)))
            return False

        def work(progress: Progress) -> Path:
            from liaison_desktop.gui.child_process import fill_new_database

            progress(0, 1, self.tr("Reading %1…").replace("%1", source.name))
            return fill_new_database(target, ["import-json", str(source)], progress)

        self.ctx.tasks.start(
            work,
            title=self.tr("Importing an archive"),
            parent=self,
            on_success=lambda path: (
                self.switch_database(str(path)) if self.switch_database is not None else None
            ),
        )
        return True

    # State ------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        # First start on a screen: the whole work area, title bar included (a 1366x768 office
        # screen has no room to spare).
        if WindowPlacement(self.ctx.ui_state, STATE_GEOMETRY).restore(self):
            state = self.ctx.ui_state.value(STATE_WINDOW)
            if isinstance(state, QByteArray):
                self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            if not editor.close():
                event.ignore()
                return
        WindowPlacement(self.ctx.ui_state, STATE_GEOMETRY).save(self)
        self.ctx.ui_state.setValue(STATE_WINDOW, self.saveState())
        self.ctx.ui_state.sync()
        super().closeEvent(event)
