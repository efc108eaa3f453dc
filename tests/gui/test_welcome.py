"""First run: the welcome page, setting up an office, opening the demo data."""

from __future__ import annotations

from pathlib import Path

from liaison_desktop.core.models import MeetingSeries, OfficeProfile, Place
from liaison_desktop.gui.dialogs.office_setup import (
    OfficeSetupDialog,
    StationLine,
    parse_stations,
)
from tests.gui.keys import type_text


def test_an_empty_database_starts_at_the_welcome_page(empty_ctx, open_window) -> None:
    window = open_window(empty_ctx)
    assert window.stack.currentWidget() is window.welcome
    assert not window.navigation.isEnabled()
    assert window.welcome.ui.setupButton.text() == "मेरा कार्यालय स्थापित करें"
    window._go("meetings")  # Ctrl+2 does nothing until the office exists
    assert window.stack.currentWidget() is window.welcome


def test_parse_stations() -> None:
    assert parse_stations("कोतवाली, Kotwali, KTW\n\n  चकेरी \nबिठूर, Bithoor") == [
        StationLine("कोतवाली", "Kotwali", "KTW"),
        StationLine("चकेरी"),
        StationLine("बिठूर", "Bithoor"),
    ]


def test_setting_up_the_office_creates_stations_and_series(qtbot, empty_ctx, open_window) -> None:
    window = open_window(empty_ctx)
    dialog = OfficeSetupDialog(empty_ctx, window)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.name, "जिला कार्यालय, उन्नाव")
    type_text(dialog.ui.prefix, "UNN/LC")
    type_text(dialog.ui.stations, "गंगाघाट, Gangaghat, GGT\nसदर कोतवाली, Sadar Kotwali, SDR")
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    window.office_ready()

    assert OfficeProfile.get().reference_prefix == "UNN/LC"
    assert [p.name for p in Place.select().order_by(Place.name)] == ["गंगाघाट", "सदर कोतवाली"]
    names = sorted(s.name for s in MeetingSeries.select())
    assert names == [
        "थाना गंगाघाट मासिक समन्वय बैठक",
        "थाना सदर कोतवाली मासिक समन्वय बैठक",
        "पुलिस आयुक्त के साथ त्रैमासिक समीक्षा बैठक",
    ]
    assert window.current_page_key() == "dashboard" and window.welcome is None
    assert window.pages["dashboard"].not_met.value == 2


def test_a_refused_station_leaves_nothing_half_done(qtbot, empty_ctx, open_window) -> None:
    window = open_window(empty_ctx)
    dialog = OfficeSetupDialog(empty_ctx, window)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.stations, "गंगाघाट")  # no office name: refused
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert Place.select().count() == 0 and OfficeProfile.select().count() == 0


def test_open_demo_data_builds_a_separate_file_and_switches(empty_ctx, open_window) -> None:
    switched: list[str] = []
    window = open_window(empty_ctx, switch_database=switched.append)
    window.welcome.ui.demoButton.click()
    (location,) = switched
    assert Path(location) == empty_ctx.paths.data_dir / "demo.sqlite3"
    assert Path(location).exists() and not Path(location + ".part").exists()
    assert Path(location) != Path(empty_ctx.db_location)
