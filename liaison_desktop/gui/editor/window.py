"""The meeting editor: one window for a whole meeting, saved in one transaction.

Sections (tabs, Alt+1 … Alt+7): details, attendance, review of earlier items, agenda and
decisions, new action items, copy-to list, attachments. Ctrl+S saves, Ctrl+N adds a line to the
current section, Ctrl+Shift+N a new action item, Ctrl+W closes.

Unsaved work is never lost: a few seconds after each change the draft goes to the recovery store
(``ctx.drafts``), and closing with unsaved changes asks to save, discard or stay. A validation
error is shown in the banner at the top and the cursor is put on the field at fault.

Final and signed minutes open read-only; "Amend" starts a new draft version with a reason.
"""

from __future__ import annotations

import contextlib
import logging
import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.actions import ActionsSection
from liaison_desktop.gui.editor.agenda import AgendaSection
from liaison_desktop.gui.editor.attachments import AttachmentsSection
from liaison_desktop.gui.editor.attendance import AttendanceSection
from liaison_desktop.gui.editor.copyto import CopyToSection
from liaison_desktop.gui.editor.details import DetailsSection
from liaison_desktop.gui.editor.reviews import ReviewSection
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.i18n import error_text, vocab_text

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
_SHORTCUT_SUFFIX = re.compile(r"\s*\((Ctrl|Alt|Shift)\+[^)]*\)$")


def label_toolbar_action(action: QAction, text: str) -> None:
    """``text`` ends with the shortcut in brackets: the toolbar button shows it so (a text-only
    button shows no shortcut of its own), a menu the action appears in (the toolbar's overflow)
    shows it without, since menus add the shortcut themselves."""
    action.setIconText(text)
    action.setText(_SHORTCUT_SUFFIX.sub("", text))


MAX_NAMED_CHARACTERS = 12  # in the notice after saving
BANNER_INFO = "background: #eef4fb; border: 1px solid #9db9de; padding: 6px;"
BANNER_ERROR = "background: #fdecea; border: 1px solid #c0392b; color: #7b241c; padding: 6px;"


class MeetingEditor(QMainWindow):
    saved = Signal(int)  # meeting id
    closed = Signal(str)  # draft uuid
    documentsRequested = Signal(int, str)  # meeting id, document kind
    draftOpened = Signal(object)  # an amendment to edit next

    def __init__(self, ctx: AppContext, draft: MeetingDraft, dirty: bool = False) -> None:
        super().__init__()
        self.setObjectName("meetingEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.draft = draft
        self.dirty = dirty

        self.details = DetailsSection(ctx)
        self.attendance = AttendanceSection(ctx)
        self.reviews = ReviewSection(ctx)
        self.agenda = AgendaSection(ctx)
        self.actions = ActionsSection(ctx)
        self.copy_to = CopyToSection(ctx)
        self.attachments = AttachmentsSection(ctx)
        self.sections: list[Section] = [
            self.details,
            self.attendance,
            self.reviews,
            self.agenda,
            self.actions,
            self.copy_to,
            self.attachments,
        ]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorSections")
        for section in self.sections:
            self.tabs.addTab(section, "")
            section.changed.connect(self._changed)
        self.tabs.currentChanged.connect(self._section_shown)
        self.agenda.actionRequested.connect(self.new_action_for)
        self.attachments.listed.connect(self._update_tab_titles)

        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_toolbar()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave)

        self._load(draft)
        self.retranslate()
        if dirty:
            self.autosave_timer.start()

    # Loading ----------------------------------------------------------------------------------

    def _load(self, draft: MeetingDraft) -> None:
        self.draft = draft
        for section in self.sections:
            section.load(draft)
        read_only = self.read_only
        for section in self.sections:
            section.set_read_only(read_only)
        self._update_state()

    @property
    def read_only(self) -> bool:
        return self.draft.status != vocab.MeetingStatus.DRAFT.value

    def _changed(self) -> None:
        if self.read_only:
            return
        if not self.dirty:
            self.dirty = True
            self._update_title()
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self._update_tab_titles()

    def show_section(self, name: str) -> None:
        """Bring the section ``name`` (an attribute: ``agenda``, ``reviews``…) to the front."""
        self.tabs.setCurrentWidget(getattr(self, name))

    def _section_shown(self, index: int) -> None:
        if self.sections[index] is self.actions:
            self.actions.refresh_agenda_choices()

    # Saving -----------------------------------------------------------------------------------

    def collect(self) -> MeetingDraft:
        """Write every section's fields into the draft; raises ``LiaisonError`` for bad input."""
        for section in self.sections:
            section.store(self.draft)
        return self.draft

    def save(self) -> bool:
        """Store the whole meeting; on a validation error, say why and go to the field."""
        if self.read_only:
            return True
        try:
            self.collect()
            stored = self.ctx.services.meetings.save(self.draft)
        except LiaisonError as error:
            self.show_problem(error)
            return False
        except Exception as error:
            show_error(self, error)
            return False
        # Keep editing the same value (cursor positions stay); take what the database assigned.
        self.draft.id, self.draft.number = stored.id, stored.number
        self.draft.status, self.draft.reference_no = stored.status, stored.reference_no
        self.dirty = False
        self.autosave_timer.stop()
        if self.ctx.drafts is not None:
            self.ctx.drafts.forget(self.draft.uuid)
        self.attachments.reload()
        self._update_state()
        self.show_message(self._saved_text())
        self.saved.emit(stored.id)
        return True

    def _saved_text(self) -> str:
        """"Saved.", and which typed characters no bundled font draws (they print by name)."""
        from liaison_desktop.reports.fonts import uncovered  # ReportLab, loaded by now or soon

        missing = uncovered("".join(self.draft.texts()))
        if not missing:
            return self.tr("Saved.")
        return self.tr(
            "Saved. These characters cannot be printed with the font of the papers and will "
            "print as their names in brackets: %1"
        ).replace("%1", " ".join(missing[:MAX_NAMED_CHARACTERS]))

    def autosave(self) -> None:
        """Hand the current state to the recovery store, even if some field does not parse."""
        if not self.dirty or self.ctx.drafts is None:
            return
        with contextlib.suppress(LiaisonError):  # a half-typed date: keep everything else
            self.collect()
        try:
            self.ctx.drafts.keep(self.draft.to_json())
        except Exception:
            log.exception("autosave of meeting %s failed", self.draft.uuid)

    def show_problem(self, error: LiaisonError) -> None:
        self.banner.setStyleSheet(BANNER_ERROR)
        self.banner.setText(error_text(error))
        self.banner.show()
        for index, section in enumerate(self.sections):
            if section.focus_field(error.field):
                self.tabs.setCurrentIndex(index)
                section.focus_field(error.field)  # again, now that the tab is visible
                break

    def show_message(self, text: str) -> None:
        self.banner.setStyleSheet(BANNER_INFO)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # Lines ------------------------------------------------------------------------------------

    def new_line(self) -> None:
        section = self.tabs.currentWidget()
        if isinstance(section, Section) and not self.read_only:
            section.new_line()

    def new_action_for(self, agenda_uuid: str | None = None) -> None:
        """A new action item, linked to ``agenda_uuid``, or, from the agenda tab, to the point
        the clerk is on (Ctrl+Shift+N while writing its decision)."""
        if self.read_only:
            return
        if agenda_uuid is None and self.tabs.currentWidget() is self.agenda:
            point = self.agenda.current()
            agenda_uuid = point.uuid if point is not None else None
        self.tabs.setCurrentWidget(self.actions)
        self.actions.new_line(agenda_uuid)

    # Lifecycle --------------------------------------------------------------------------------

    def finalise(self) -> None:
        if self.dirty and not self.save():
            return
        if self.draft.id is None and not self.save():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Make the minutes final"),
            self.tr(
                "Make these minutes final? They get a reference number and can no longer be "
                "changed; corrections are then made as amendments."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._lifecycle(lambda lifecycle: lifecycle.finalise(self.draft.id))

    def sign(self) -> None:
        from liaison_desktop.gui.dialogs.sign import SignDialog

        def record(signed_on, signatories) -> None:
            self.ctx.services.lifecycle.sign(self.draft.id, signed_on, signatories)

        if SignDialog(self.ctx, self.draft.id, record, self).exec():
            self._reload()

    def amend(self) -> None:
        from liaison_desktop.gui.dialogs.amend import AmendDialog

        dialog = AmendDialog(self.ctx, self.draft.id, self)
        if dialog.exec() and dialog.amendment is not None:
            self.saved.emit(dialog.amendment.id)
            self.draftOpened.emit(dialog.amendment)

    def _lifecycle(self, change) -> None:
        try:
            change(self.ctx.services.lifecycle)
        except LiaisonError as error:
            self.show_problem(error)
            return
        except Exception as error:
            show_error(self, error)
            return
        self._reload()

    def _reload(self) -> None:
        """Show the meeting as stored after a lifecycle change, and tell the lists."""
        self._load(self.ctx.services.meetings.load(self.draft.id))
        self.saved.emit(self.draft.id)

    # Window -----------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        def action(shortcut: QKeySequence | str | None, slot) -> QAction:
            item = QAction(self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda _checked=False: slot())
            toolbar.addAction(item)
            return item

        self.save_action = action(QKeySequence.StandardKey.Save, self.save)
        self.new_line_action = action("Ctrl+N", self.new_line)
        self.new_action_action = action("Ctrl+Shift+N", self.new_action_for)
        toolbar.addSeparator()
        self.documents_action = action("Ctrl+P", lambda: self._documents("minutes"))
        # Every paper of the meeting, from the arrow beside "Print minutes". The menu has its own
        # minutes entry: holding the action that owns the menu made Qt's shortcut matching recurse
        # menu -> action -> menu until the stack overflowed (Ctrl+P with two editors open).
        self.minutes_menu_action = QAction(self)
        self.minutes_menu_action.triggered.connect(lambda: self._documents("minutes"))
        self.attendance_action = QAction(self)
        self.attendance_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.attendance_action.triggered.connect(lambda: self._documents("attendance"))
        self.review_action = QAction(self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_action.triggered.connect(lambda: self._documents("review"))
        self.addActions([self.attendance_action, self.review_action])  # shortcuts work unopened
        menu = QMenu(self)
        menu.addActions([self.minutes_menu_action, self.attendance_action, self.review_action])
        self.documents_action.setMenu(menu)
        button = toolbar.widgetForAction(self.documents_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.finalise_action = action("Ctrl+Shift+F", self.finalise)
        self.sign_action = action("Ctrl+Shift+S", self.sign)
        self.amend_action = action("Ctrl+Shift+A", self.amend)
        toolbar.addSeparator()
        self.close_action = action("Ctrl+W", self.close)

    def _documents(self, kind: str) -> None:
        """Preview a paper of this meeting on the Documents page (saved first if never saved)."""
        if self.draft.id is None and not self.save():
            return
        self.documentsRequested.emit(self.draft.id, kind)

    def _update_state(self) -> None:
        status = self.draft.status
        saved = self.draft.id is not None
        self.save_action.setEnabled(not self.read_only)
        self.new_line_action.setEnabled(not self.read_only)
        self.new_action_action.setEnabled(not self.read_only)
        self.finalise_action.setEnabled(status == vocab.MeetingStatus.DRAFT.value)
        self.sign_action.setEnabled(saved and status == vocab.MeetingStatus.FINAL.value)
        self.amend_action.setEnabled(saved and self.read_only)
        notes = [self._state_text()] if self.read_only else []
        if self.draft.amends_id is not None:
            notes.insert(0, self._amendment_text())
        self.show_message("\n".join(notes))
        self._update_title()
        self._update_tab_titles()

    def _state_text(self) -> str:
        status = vocab_text(self.draft.status, vocab.MeetingStatus)
        return (
            self.tr(
                "These minutes are %1 (reference %2) and cannot be changed. To correct them, use "
                "Amend: a new draft version is made with the reason for the change."
            )
            .replace("%1", status)
            .replace("%2", self.draft.reference_no or "—")
        )

    def _amendment_text(self) -> str:
        return (
            self.tr("Amendment of the minutes %1. Reason: %2")
            .replace("%1", self.draft.amends_reference or "—")
            .replace("%2", self.draft.amendment_reason or "—")
        )

    def _update_title(self) -> None:
        star = "*" if self.dirty else ""
        title = self.draft.title or self.tr("New meeting")
        if self.draft.amends_id is not None:
            title = (
                self.tr("%1 (amendment of %2)")
                .replace("%1", title)
                .replace("%2", self.draft.amends_reference or "—")
            )
        self.setWindowTitle(
            self.tr("%1%2 — Liaison Desktop").replace("%1", star).replace("%2", title)
        )

    def _update_tab_titles(self) -> None:
        for index, section in enumerate(self.sections):
            self.tabs.setTabText(index, section.title())

    def retranslate(self) -> None:
        for action, text in (
            (self.save_action, self.tr("Save (Ctrl+S)")),
            (self.new_line_action, self.tr("New line (Ctrl+N)")),
            (self.new_action_action, self.tr("New action item (Ctrl+Shift+N)")),
            (self.documents_action, self.tr("Print minutes (Ctrl+P)")),
            (self.finalise_action, self.tr("Make final… (Ctrl+Shift+F)")),
            (self.sign_action, self.tr("Record signature… (Ctrl+Shift+S)")),
            (self.amend_action, self.tr("Amend… (Ctrl+Shift+A)")),
            (self.close_action, self.tr("Close (Ctrl+W)")),
        ):
            label_toolbar_action(action, text)
        self.minutes_menu_action.setText(self.tr("Minutes"))
        self.attendance_action.setText(self.tr("Attendance sheet"))
        self.review_action.setText(self.tr("Review sheet"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel, asked when closing with unsaved changes."""
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing?").replace("%1", self.draft.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self.read_only:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard and self.ctx.drafts is not None:
                self.ctx.drafts.forget(self.draft.uuid)
        self.autosave_timer.stop()
        self.closed.emit(self.draft.uuid)
        super().closeEvent(event)
