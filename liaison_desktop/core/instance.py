"""Which running copy of Liaison Desktop has a database open, seen without Qt.

The desktop application holds a ``QLockFile`` next to the database while it has it open (see
``gui/instance.py``). The CLI reads the same file here before doing what must not happen under a
running application, such as restoring a backup over its database.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from liaison_desktop.core.db import companion


def instance_lock_path(path: Path) -> Path:
    """The lock file the desktop application holds while it has the database ``path`` open:
    beside the real file, so a symbolic link to it finds the same lock (hard links are refused
    when the database is opened)."""
    path = path.expanduser()
    return companion(path.resolve() if path.exists() else path, ".lock")


def instance_lock_holder(path: Path) -> int | None:
    """The process id of the running Liaison Desktop that has ``path`` open, if any.

    Reads the ``QLockFile`` format (pid, application name, host name, one a line); a lock left by
    a process that no longer runs on this computer does not count.
    """
    try:
        lines = instance_lock_path(path).read_text(encoding="utf-8", errors="replace").split("\n")
        pid = int(lines[0])
    except (OSError, ValueError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another computer: its process cannot be checked from here
    return pid if process_running(pid) else None


def process_running(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # running, under another user
    return True
