"""What can be checked here of the Windows installer script (no Windows, no Inno Setup): it
packs the folder the spec builds, under the program's version, with its icon."""

from __future__ import annotations

import re

from liaison_desktop import __version__
from tests.install.installed import ROOT

ISS = (ROOT / "liaison.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "liaison.spec").read_text(encoding="utf-8")


def test_installer_version_is_the_programs() -> None:
    assert re.search(r'#define AppVersion "([^"]+)"', ISS).group(1) == __version__


def test_installer_packs_the_spec_output_and_starts_its_window() -> None:
    folder = re.search(r'name="([^"]+)",\s*upx', SPEC).group(1)
    assert f'Source: "dist\\{folder}\\*"' in ISS
    assert 'executable(gui, "liaison-desktop"' in SPEC
    assert "{app}\\liaison-desktop.exe" in ISS
    icon = re.search(r"SetupIconFile=(\S+)", ISS).group(1)
    assert (ROOT / icon.replace("\\", "/")).is_file()


def test_installer_needs_no_administrator() -> None:
    assert "PrivilegesRequired=lowest" in ISS
