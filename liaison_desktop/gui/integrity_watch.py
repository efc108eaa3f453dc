"""The check of a large database after the window shows.

A file over ``QUICK_CHECK_MAX_BYTES`` is not read page by page at open (it would make the start
slow); it is checked here, on a worker, while the clerk works. Damage found stops every later
save into the file (``core.db.refuse_writes``) and says so, with the way out: a backup.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from liaison_desktop.core.db import (
    MSG_DAMAGED_NO_WRITES,
    background_check,
    needs_background_check,
    refuse_writes,
)
from liaison_desktop.core.errors import DatabaseDamagedError
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.i18n import error_text
from liaison_desktop.gui.notices import show_notice

log = logging.getLogger(__name__)


def start_background_check(ctx: AppContext, window: QMainWindow) -> bool:
    """Start the check when the open database needs it; ``True`` if started."""
    path = ctx.database_file
    if not needs_background_check(path):
        return False
    assert path is not None

    def found(problems: list[str]) -> None:
        if not problems:
            log.info("background quick_check of %s: ok", path)
            return
        log.error("background quick_check of %s: %s", path, problems[:3])
        refuse_writes(ctx.database, path, problems[0])
        error = DatabaseDamagedError(MSG_DAMAGED_NO_WRITES, path=str(path), detail=problems[0])
        show_notice(window, error_text(error), warning=True)

    ctx.tasks.start(
        lambda _progress: background_check(Path(path)),
        on_success=found,
        on_failure=lambda error: log.error("background check of %s failed: %r", path, error),
        title=QCoreApplication.translate("IntegrityWatch", "Checking the database"),
        parent=window,
        show_progress=False,
    )
    return True
