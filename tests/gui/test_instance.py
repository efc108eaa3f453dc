"""One copy per database: a second copy is refused with a clear message; a crashed copy's lock
is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from liaison_desktop.core.instance import instance_lock_holder, instance_lock_path
from liaison_desktop.gui.i18n import set_language
from liaison_desktop.gui.instance import InstanceGuard


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """These tests read the interface's English texts."""
    set_language("en")


OTHER_COPY = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_second_copy_is_refused_and_a_crashed_copys_lock_taken_over(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "liaison.sqlite3"
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_COPY, str(instance_lock_path(database))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "locked\n"
        guard = InstanceGuard(database)
        assert not guard.acquire()
        message = guard.message()
        assert "already open in another copy" in message and str(other.pid) in message
        assert instance_lock_holder(database) == other.pid  # what the CLI sees, without Qt
    finally:
        os.kill(other.pid, signal.SIGKILL)  # a crash: the lock file stays behind
        other.wait()
        other.stdout.close()
    assert instance_lock_path(database).exists()
    assert instance_lock_holder(database) is None
    assert guard.acquire()
    assert instance_lock_holder(database) == os.getpid()
    second = InstanceGuard(database)
    assert not second.acquire()  # now this copy holds it
    guard.release()
    assert not instance_lock_path(database).exists()
    assert second.acquire()
    second.release()


def test_a_database_server_needs_no_guard(qtbot: QtBot) -> None:
    guard = InstanceGuard(None)
    assert guard.acquire()
    guard.release()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_to_an_open_database_is_the_same_database(tmp_path: Path) -> None:
    database = tmp_path / "liaison.sqlite3"
    database.write_bytes(b"")
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(database)
    first = InstanceGuard(database)
    assert first.acquire()
    try:
        assert not InstanceGuard(link).acquire()
        assert instance_lock_holder(link) == os.getpid()
    finally:
        first.release()
