"""Settings: the office profile and letterhead (in the database, printed on documents), and this
computer's choices (interface language, operator name, database file, backup folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from liaison_desktop.core import vocab
from liaison_desktop.core.backup import forget_backup_drive
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.forms.settings_page import Ui_SettingsForm
from liaison_desktop.gui.i18n import current_language, language_warning, set_language
from liaison_desktop.gui.notices import show_notice
from liaison_desktop.gui.views.page import Page

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.form = QWidget()
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self.form)
        self.ui.language.set_vocabulary(vocab.Language)
        self.ui.documentLanguage.set_vocabulary(vocab.Language)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.reload)
        self.ui.databaseBrowse.clicked.connect(self._choose_database)
        self.ui.backupBrowse.clicked.connect(self._choose_backup_dir)
        self._backup_dir_chosen = False  # the folder was picked again, perhaps on a new drive
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def reload(self) -> None:
        ui, ctx = self.ui, self.ctx
        profile = ctx.services.office.profile()
        ui.officeName.setText(profile.name if profile else "")
        ui.officeNameEn.setText(profile.name_en if profile else "")
        ui.district.setText(profile.district if profile else "")
        ui.letterhead.setPlainText(profile.letterhead if profile else "")
        ui.address.setPlainText(profile.address if profile else "")
        ui.phone.setText(profile.phone if profile else "")
        ui.email.setText(profile.email if profile else "")
        ui.prefix.setText(profile.reference_prefix if profile else "")
        ui.documentLanguage.set_value(profile.default_language if profile else "hi")
        ui.language.set_value(current_language())
        ui.operatorName.setText(ctx.settings.operator)
        ui.database.setText(ctx.settings.database or ctx.db_location)
        ui.backupDir.setText(ctx.settings.backup_dir)
        ui.backupDir.setPlaceholderText(str(ctx.paths.default_backup_dir))
        self._show_backup_folder()

    def _show_backup_folder(self) -> None:
        """Where backups go now (the chosen folder, else the data folder's) and the last one."""
        from liaison_desktop.core.backup import backup_folder

        settings = self.ctx.settings
        text = self.tr("Daily backups are written to: %1").replace(
            "%1", str(backup_folder(self.ctx.paths, settings))
        )
        try:
            last = dt.datetime.fromisoformat(settings.last_auto_backup)
        except ValueError:  # none yet
            last = None
        if last is not None:
            text += "\n" + self.tr("Last automatic backup: %1").replace(
                "%1", last.strftime("%d-%m-%Y %H:%M")
            )
        self.ui.backupInUse.setText(text)

    def save(self) -> bool:
        ui, ctx = self.ui, self.ctx
        try:
            ctx.services.office.save_profile(
                name=ui.officeName.text(),
                name_en=ui.officeNameEn.text(),
                district=ui.district.text(),
                letterhead=ui.letterhead.toPlainText(),
                address=ui.address.toPlainText(),
                phone=ui.phone.text(),
                email=ui.email.text(),
                reference_prefix=ui.prefix.text(),
                default_language=ui.documentLanguage.value(),
            )
        except Exception as error:
            show_error(self, error)
            return False
        settings = ctx.settings
        settings.operator = ui.operatorName.text().strip()
        ctx.services.ctx.operator = settings.operator_name
        backup_dir = ui.backupDir.text().strip()
        if backup_dir and (backup_dir != settings.backup_dir or self._backup_dir_chosen):
            # Chosen (again): the drive there is learnt at its first backup (a new stick).
            forget_backup_drive(Path(backup_dir), settings)
        settings.backup_dir = backup_dir
        self._backup_dir_chosen = False
        new_database = ui.database.text().strip()
        database_changed = bool(new_database) and new_database != ctx.db_location
        if database_changed:
            settings.database = new_database
        language = ui.language.value()
        settings.language = language
        try:
            ctx.save_settings()
        except OSError as error:
            show_error(self, error)
            return False
        language_changed = language != current_language()
        if language_changed:
            set_language(language)  # every window retranslates itself
        self.window_.dataChanged.emit()
        self.window_.statusBar().showMessage(self.tr("Settings saved."), 5000)
        untranslated = language_warning() if language_changed else None
        if untranslated:
            show_notice(self.window_, untranslated, warning=True)
        self._show_backup_folder()
        if database_changed and self.window_.switch_database is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Database file"),
                self.tr(
                    "Open the database “%1” now? Otherwise it is used from the next start."
                ).replace("%1", new_database),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.window_.switch_database(new_database)
        return True

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.ui.database.text(),
            self.tr("Liaison database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.database.setText(path)

    def _choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.ui.backupDir.text() or str(Path.home())
        )
        if folder:
            self.ui.backupDir.setText(folder)
            self._backup_dir_chosen = True

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.form)
        self._show_backup_folder()
