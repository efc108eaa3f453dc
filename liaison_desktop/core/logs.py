"""Log files in the user's log folder, rotated so they never fill the disk."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "liaison.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, console: bool = False, level: int = logging.INFO) -> Path:
    """Send the application's log to ``log_dir/liaison.log`` (5 files of 1 MB); return its path.

    If the folder cannot be written (read-only profile), logging goes to stderr only.
    """
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_liaison", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        )
    except OSError:
        console = True
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._liaison = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
