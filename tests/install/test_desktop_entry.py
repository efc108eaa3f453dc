"""The desktop menu entry, icon and AppStream metadata a Linux user gets from
``liaison-desktop --install-desktop-entry``, checked with the freedesktop validators."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from liaison_desktop.app import main
from liaison_desktop.desktop_entry import APP_ID, ICON_SIZES, desktop_file, launcher
from liaison_desktop.gui.app_icon import identify_application
from tests.system_tools import require_program


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share with space"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_puts_entry_icons_and_metainfo_in_place_and_uninstall_removes_them(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    icons = [data_home / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES]
    assert entry.is_file() and all(icon.is_file() for icon in icons)
    assert (data_home / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (data_home / f"metainfo/{APP_ID}.metainfo.xml").is_file()
    assert f"{len(icons) + 3} files installed" in capsys.readouterr().out
    assert "Name[hi]=लायज़न डेस्कटॉप" in entry.read_text(encoding="utf-8")

    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists() and not any(icon.exists() for icon in icons)


def test_the_entry_starts_this_installation(data_home: Path) -> None:
    exec_line = next(
        line for line in desktop_file().decode().splitlines() if line.startswith("Exec=")
    )
    command = launcher()
    assert Path(command[0]).is_file()
    assert exec_line.startswith(f"Exec={command[0]}") or exec_line.startswith(f'Exec="{command[0]}')


def test_desktop_file_and_metainfo_pass_the_freedesktop_validators(data_home: Path) -> None:
    validate_desktop = require_program("desktop-file-validate", "desktop-file-utils")
    appstreamcli = require_program("appstreamcli", "appstream")
    main(["--install-desktop-entry"])
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    checked = subprocess.run([validate_desktop, str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    metainfo = data_home / "metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_application_carries_its_icon_and_desktop_name(qapp: QApplication) -> None:
    identify_application(qapp, "Liaison Desktop")
    assert qapp.desktopFileName() == APP_ID
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert qapp.organizationName() and qapp.applicationVersion()
