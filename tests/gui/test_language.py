"""Every label in the interface language; switching language relabels open windows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.i18n import current_language, set_language

H = Qt.Orientation.Horizontal


def switch(language: str) -> None:
    """As Settings does; the LanguageChange events are delivered by the event loop."""
    set_language(language)
    QApplication.processEvents()


def test_switching_language_relabels_the_open_interface(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "meetings")
    meetings = window.pages["meetings"]
    draft = Meeting.select().where(Meeting.status == "draft").first()
    editor = window.open_meeting(draft.id)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard

    hindi = {
        "nav": window.navigation.item(1).text(),
        "menu": window.file_menu.title(),
        "header": meetings.model.headerData(0, H),
        "status": meetings.model.index(meetings.model.row_of(draft.id), 5).data(),
        "button": meetings.new_button.text(),
        "tab": editor.tabs.tabText(3),
        "form": editor.details.ui.venueLabel.text(),
        "column": editor.attendance.model.headerData(1, H),
    }
    assert hindi == {
        "nav": "बैठकें",
        "menu": "फ़ाइल (&F)",
        "header": "दिनांक",
        "status": "प्रारूप",
        "button": "नई बैठक…",
        "tab": f"&4 कार्यसूची एवं निर्णय ({len(editor.draft.agenda)})",
        "form": "स्थान (&V)",
        "column": "नाम",
    }

    switch("en")
    assert current_language() == "en"
    row = meetings.model.row_of(draft.id)
    assert window.navigation.item(1).text() == "Meetings"
    assert window.file_menu.title() == "&File"
    assert meetings.model.headerData(0, H) == "Date"
    assert meetings.model.index(row, 5).data() == "Draft"
    assert meetings.new_button.text() == "New meeting…"
    assert editor.tabs.tabText(3) == f"&4 Agenda and decisions ({len(editor.draft.agenda)})"
    assert editor.details.ui.venueLabel.text() == "&Venue"
    assert editor.attendance.model.headerData(1, H) == "Name"

    switch("hi")
    assert window.navigation.item(1).text() == "बैठकें"
    assert editor.details.ui.venueLabel.text() == "स्थान (&V)"
    editor.close()


def test_dates_are_indian_style_with_hindi_month_names(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    dashboard = window.pages["dashboard"]
    assert "15 जनवरी 2025" in dashboard.heading.text()
    meetings = window.show_page("meetings")
    first = meetings.model.index(0, 0).data()
    day, month, year = first.split("-")
    assert (len(day), len(month), len(year)) == (2, 2, 4)
    switch("en")
    dashboard.mark_stale()
    window.show_page("dashboard")
    assert "15 January 2025" in dashboard.heading.text()


def test_every_interface_message_has_a_hindi_translation() -> None:
    import xml.etree.ElementTree as ET

    from liaison_desktop.resources import resource

    for name in ("gui_hi.ts", "gui_en.ts"):
        root = ET.fromstring(resource("translations", name).read_bytes())
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if m.find("translation").get("type") == "unfinished"
            or not (m.findtext("translation") or "").strip()
        ]
        assert unfinished == [], f"{name}: {unfinished[:5]}"
        assert len(resource("translations", name.replace(".ts", ".qm")).read_bytes()) > 1000
