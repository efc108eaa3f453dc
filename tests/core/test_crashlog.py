"""The crash trail: a crash, a kill or a clean exit, as the next start sees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_desktop.core.crashlog import KEEP_REPORTS, previous_run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
REPO = Path(__file__).resolve().parents[2]
CHILD = """
import faulthandler, sys, time
from pathlib import Path
from liaison_desktop.core.crashlog import CrashSession

session = CrashSession.start(Path(sys.argv[1]))
def save_minutes_then_crash():
    faulthandler._sigsegv()  # what a crash inside Qt looks like to Python
if sys.argv[2] == "crash":
    save_minutes_then_crash()
elif sys.argv[2] == "wait":
    print("ready", flush=True)
    time.sleep(60)
session.end()
"""


def run_child(log_dir: Path, how: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(log_dir), how],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_crash_leaves_a_traceback_the_next_start_reports(tmp_path: Path) -> None:
    assert run_child(tmp_path, "crash").returncode == -signal.SIGSEGV
    last = previous_run(tmp_path)
    assert last.crashed and last.started_at is not None and last.report is not None
    assert "Segmentation fault" in last.trace
    assert "save_minutes_then_crash" in last.trace
    assert previous_run(tmp_path) == type(last)(False)  # reported once
    assert last.report.exists()  # and kept


def test_a_clean_exit_reports_nothing(tmp_path: Path) -> None:
    assert run_child(tmp_path, "clean").returncode == 0
    assert not previous_run(tmp_path).crashed
    assert list(tmp_path.iterdir()) == []


def test_a_kill_is_reported_without_a_traceback_and_a_running_copy_is_not(
    tmp_path: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path), "wait"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        assert not previous_run(tmp_path).crashed  # still running: another copy, not a crash
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    last = previous_run(tmp_path)
    assert last.crashed and last.report is None and last.trace == ""


def test_only_the_newest_reports_are_kept(tmp_path: Path) -> None:
    for n in range(KEEP_REPORTS + 3):
        report = tmp_path / f"crash-202501{n + 1:02}-100000-1.log"
        report.write_text("trace")
        os.utime(report, (1_700_000_000 + n, 1_700_000_000 + n))
    previous_run(tmp_path)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert len(kept) == KEEP_REPORTS and kept[0] == "crash-20250104-100000-1.log"
