"""First run: the welcome page, setting up an office, opening the demo data."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_desktop.core.models import MeetingSeries, OfficeProfile, Place
from liaison_desktop.gui.child_process import CommandFailed, fill_new_database
from liaison_desktop.gui.dialogs.office_setup import (
    OfficeSetupDialog,
    StationLine,
    parse_stations,
)
from liaison_desktop.gui.tasks import Progress, Task
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
    type_text(dialog.ui.letterhead, "पुलिस-जन संपर्क प्रकोष्ठ\nकलेक्ट्रेट परिसर")
    type_text(dialog.ui.address, "सिविल लाइंस, उन्नाव – 209801")
    type_text(dialog.ui.phone, "0515-2820000")
    type_text(dialog.ui.prefix, "UNN/LC")
    type_text(dialog.ui.stations, "गंगाघाट, Gangaghat, GGT\nसदर कोतवाली, Sadar Kotwali, SDR")
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    window.office_ready()

    profile = OfficeProfile.get()
    assert profile.reference_prefix == "UNN/LC"
    assert profile.letterhead == "पुलिस-जन संपर्क प्रकोष्ठ\nकलेक्ट्रेट परिसर"
    assert (profile.address, profile.phone) == ("सिविल लाइंस, उन्नाव – 209801", "0515-2820000")
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
    # The window's own database stayed bound while the demo was built in a child process.
    assert Place.select().count() == 0
    # ... around the interface's today (the tests' fixed clock), not the machine's.
    with sqlite3.connect(location) as built:
        (newest,) = built.execute("SELECT max(meeting_date) FROM meeting").fetchone()
    today = empty_ctx.today()
    assert f"{today:%Y-%m}-01" <= newest <= today.isoformat()


def test_import_an_archive_into_a_new_database(
    demo_db_path, empty_ctx, open_window, tmp_path
) -> None:
    archive = tmp_path / "office.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "liaison_desktop.cli",
            "--db",
            str(demo_db_path),
            "export-json",
            str(archive),
        ],
        check=True,
        capture_output=True,
    )
    switched: list[str] = []
    window = open_window(empty_ctx, switch_database=switched.append)
    target = tmp_path / "imported.sqlite3"
    assert window.start_import(archive, target)
    assert switched == [str(target)]
    with sqlite3.connect(target) as imported:
        meetings = imported.execute("SELECT count(*) FROM meeting").fetchone()[0]
    assert meetings == len(json.loads(archive.read_text(encoding="utf-8"))["tables"]["meeting"])
    # An existing file is never replaced.
    before = target.read_bytes()
    assert not window.start_import(archive, target)
    assert target.read_bytes() == before and switched == [str(target)]


def test_a_damaged_archive_is_refused_in_the_interface_language(tmp_path, qapp) -> None:
    archive = tmp_path / "broken.json"
    archive.write_text(
        '{"format": "liaison-desktop-archive", "version": 1, "tables": {"place": 1}}',
        encoding="utf-8",
    )
    target = tmp_path / "new.sqlite3"
    with pytest.raises(CommandFailed) as caught:
        fill_new_database(target, ["import-json", str(archive)], Progress(Task("import")))
    assert "क्षतिग्रस्त" in str(caught.value)  # Hindi: the interface language of the tests
    assert not target.exists() and not Path(str(target) + ".part").exists()
