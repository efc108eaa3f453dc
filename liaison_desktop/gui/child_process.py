"""Work on another database file in a child process: the `liaison` command, run from a task.

The models are bound to one database per process (Peewee's proxy), so filling a second file from
inside the application would rebind them under the open window. A child process has its own
binding; the clerk can cancel it (it is terminated and its half-written file removed), and its
error messages come back in the interface language (``liaison --lang``).
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.i18n import current_language
from liaison_desktop.gui.tasks import Cancelled, Progress
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.launch import liaison_command

POLL_SECONDS = 0.1
MSG_COMMAND_FAILED = QT_TRANSLATE_NOOP("LiaisonError", "{detail}")
ERROR_PREFIX = "liaison: error: "


class CommandFailed(LiaisonError):
    """The child's own one-line message (already in the interface language)."""


def fill_new_database(path: Path, command: Sequence[str], progress: Progress) -> Path:
    """Run ``liaison --db PATH.part COMMAND...`` and move the result to ``path`` when it succeeds;
    nothing is left at ``path`` when it fails or is cancelled."""
    partial = path.with_name(path.name + ".part")
    _remove(partial)
    argv = [
        *liaison_command(),
        "--lang",
        current_language(),
        "--db",
        str(partial),
        *command,
    ]
    child = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        while True:
            try:
                _out, errors = child.communicate(timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                progress.check()  # raises Cancelled after Cancel
    except Cancelled:
        child.kill()
        child.wait()
        _remove(partial)
        raise
    if child.returncode != 0:
        _remove(partial)
        lines = [line for line in errors.splitlines() if line.strip()]
        detail = lines[-1] if lines else f"exit status {child.returncode}"
        raise CommandFailed(MSG_COMMAND_FAILED, detail=detail.removeprefix(ERROR_PREFIX))
    partial.replace(path)
    return path


def _remove(database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
