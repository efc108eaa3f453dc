"""Start-up: the platform check, the command-line options, and what is (not) imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_desktop.app import XCB_LIBRARIES, missing_linux_packages, parse_args
from liaison_desktop.launch import liaison_command

ROOT = Path(__file__).resolve().parents[2]


def test_missing_xcb_libraries_are_named_by_package(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(
        "liaison_desktop.app._loadable", lambda soname: soname != "libxcb-cursor.so.0"
    )
    assert missing_linux_packages() == ["libxcb-cursor0"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_linux_packages() == []
    assert set(XCB_LIBRARIES.values()) >= {"libxcb-cursor0", "libxkbcommon-x11-0"}


def test_view_and_meeting_options() -> None:
    args = parse_args(["--view", "actions", "--open-meeting", "12", "--language", "en"])
    assert (args.view, args.open_meeting, args.language) == ("actions", 12, "en")


def test_start_up_reaches_the_window_without_heavy_imports(demo_db_path, tmp_path) -> None:
    """The whole application starts on the demo database, shows its window and quits; ReportLab,
    the PDF viewer and the editor are not imported on the way."""
    script = (
        "import sys\n"
        "from liaison_desktop.app import main\n"
        f"code = main(['--db', {str(demo_db_path)!r}, '--basedir', {str(tmp_path)!r},"
        " '--exit-after-start', '--no-dialogs', '--view', 'dashboard'])\n"
        "heavy = ['reportlab', 'PySide6.QtPdf', 'PySide6.QtPdfWidgets',"
        " 'liaison_desktop.gui.editor.window', 'liaison_desktop.core.archive']\n"
        "print('loaded', [name for name in heavy if name in sys.modules])\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "ready " in done.stdout
    assert "loaded []" in done.stdout


def test_an_unknown_option_is_an_error_not_ignored(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--db", "x.sqlite3", "demo"])
    assert exited.value.code == 2
    assert "unrecognized arguments: demo" in capsys.readouterr().err


def test_the_liaison_command_is_the_sibling_executable_when_frozen(monkeypatch, tmp_path) -> None:
    assert liaison_command() == [sys.executable, "-m", "liaison_desktop.cli"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "liaison-desktop"))
    assert liaison_command() == [str(tmp_path / "liaison")]
