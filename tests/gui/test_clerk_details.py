"""The smaller stumbles of a clerk's month (issue 14, item 15), each checked where it shows."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting, MeetingSeries
from liaison_desktop.gui.i18n import set_language
from tests.gui.keys import activate, press, type_text


def draft_editor(qtbot: QtBot, window, meeting_id: int | None = None):
    meeting_id = meeting_id or Meeting.select().where(Meeting.status == "draft").first().id
    editor = window.open_meeting(meeting_id)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    activate(qtbot, editor)
    return editor


def test_attachment_count_follows_at_once(qtbot, demo_ctx, open_window, tmp_path: Path) -> None:
    window = open_window(demo_ctx)
    editor = draft_editor(qtbot, window)
    tab = editor.tabs.indexOf(editor.attachments)
    before = len(editor.attachments._ids)
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    editor.attachments.attach(scan, "other")  # the tests' task runner works at once
    assert editor.tabs.tabText(tab).endswith(f"({before + 1})")
    editor.close()


def test_languages_are_named_in_themselves(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "settings")
    combo = window.pages["settings"].ui.language
    assert {combo.itemText(i) for i in range(combo.count())} == {"हिंदी", "English"}


def test_settings_mnemonics_are_unique_in_both_languages(demo_ctx, open_window) -> None:
    for language in ("hi", "en"):
        set_language(language)
        window = open_window(demo_ctx, "settings")
        labels = window.pages["settings"].form.findChildren(QLabel)
        keys = [m.group(1).lower() for w in labels if (m := re.search(r"&(\w)", w.text()))]
        assert len(keys) == len(set(keys)), (language, sorted(keys))
        window.close()
    set_language("hi")


def test_the_banner_follows_a_language_switch(qtbot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    editor = draft_editor(qtbot, window)
    assert editor.save() and editor.banner.text() == "सहेज लिया गया।"
    set_language("en")
    QApplication.processEvents()  # the LanguageChange events
    try:
        assert editor.banner.isHidden()  # "Saved." is not left behind in Hindi
    finally:
        set_language("hi")
    editor.close()


def test_the_dashboard_figure_reads_as_a_sentence(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    text = window.pages["dashboard"].not_met.text()
    assert "   /" not in text and "थानों (कुल" in text


def test_toolbar_shows_shortcuts_once(qtbot, demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    editor = draft_editor(qtbot, window)
    action = editor.documents_action
    assert action.iconText().endswith("(Ctrl+P)")
    assert "Ctrl" not in action.text()
    editor.close()


def test_a_name_not_in_the_directory_is_said_and_added_as_typed(
    qtbot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx)
    editor = draft_editor(qtbot, window)
    editor.show_section("attendance")
    section = editor.attendance
    lines = len(section.model.lines)
    section.person.setFocus()
    type_text(section.person, "Zzyzx Qwerty")
    press(section.person, Qt.Key.Key_Return)
    assert "Zzyzx Qwerty" in section.summary.text()
    assert len(section.model.lines) == lines
    section.walk_in_button.click()
    assert section.model.lines[-1].name == "Zzyzx Qwerty" and section.person.text() == ""
    editor.close()


def test_copy_to_numbers_and_chair_and_recorder_carry_over(demo_ctx) -> None:
    services = demo_ctx.services
    series = MeetingSeries.get(MeetingSeries.code == "KTW")
    MeetingSeries.update(default_chair=None).where(MeetingSeries.id == series.id).execute()
    latest = (
        Meeting.select()
        .where(Meeting.series == series.id)
        .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        .first()
    )
    Meeting.update(  # a recorder typed in, not chosen from the directory
        recorded_by=None,
        recorded_by_name="सुनील वर्मा",
        recorded_by_designation="लिपिक, जिला कार्यालय",
    ).where(Meeting.id == latest.id).execute()
    draft = services.series.new_meeting(series.id, latest.meeting_date + dt.timedelta(days=30))
    assert draft.chair_name == latest.chair_name and draft.chair_name
    assert (draft.recorded_by_name, draft.recorded_by_designation) == (
        "सुनील वर्मा",
        "लिपिक, जिला कार्यालय",
    )
    draft.copy_to = ["1. पुलिस आयुक्त", "2) जिलाध्यक्ष", "(३) थाना प्रभारी", "2024 की पत्रावली"]
    saved = services.meetings.save(draft)
    assert saved.copy_to == ["पुलिस आयुक्त", "जिलाध्यक्ष", "थाना प्रभारी", "2024 की पत्रावली"]
