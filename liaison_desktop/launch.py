"""How this program starts itself again, the same way from a checkout, a wheel or a frozen build.

A PyInstaller build has no Python interpreter to run ``-m liaison_desktop.cli`` with: its
``sys.executable`` is the GUI program itself, so the old command opened a second window. It ships
the ``liaison`` command as a sibling executable instead, and spawned worker processes re-enter
the program through ``multiprocessing.freeze_support``.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

CLI_NAME = "liaison"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def liaison_command() -> list[str]:
    """The argv prefix that runs the ``liaison`` command of this very installation."""
    if is_frozen():
        suffix = ".exe" if sys.platform == "win32" else ""
        return [str(Path(sys.executable).with_name(CLI_NAME + suffix))]
    return [sys.executable, "-m", "liaison_desktop.cli"]


# Files this program creates (database, backups, logs, papers) are the clerk's alone on a
# shared or stolen computer: police matters and mobile numbers (0600, folders 0700).
PRIVATE_UMASK = 0o077


def enter_process() -> None:
    """First thing in every entry point: in a frozen build a spawned worker (batch export) is
    this executable started again, and must run its task instead of the program; everything
    the process creates is private to its user (on Windows the files inherit the user's
    profile folder's permissions, which already keep other users out)."""
    multiprocessing.freeze_support()
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
