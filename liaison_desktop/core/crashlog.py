"""Did the last run end badly? A trail that survives what Python's own error handling cannot.

While the application runs it keeps two files in the log folder, named after its process id: a
``running-PID`` marker, removed at a clean exit, and ``faulthandler-PID.log``, where Python's
``faulthandler`` writes the traceback of every thread if the interpreter dies (a crash inside Qt,
an abort). At the next start a marker whose process no longer runs means that run ended without a
clean exit — a crash, a kill or a power cut; its traceback, if one was written, is kept as
``crash-YYYYMMDD-HHMMSS.log`` (the newest ten are kept). Markers of a copy still running, for
another database, are left alone.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from liaison_desktop.core.instance import process_running

log = logging.getLogger(__name__)

MARKER_PREFIX = "running-"
FAULT_PREFIX = "faulthandler-"
REPORT_PREFIX = "crash-"
KEEP_REPORTS = 10


@dataclass(frozen=True)
class LastRun:
    """How the previous run ended."""

    crashed: bool  # it ended without a clean exit
    started_at: dt.datetime | None = None
    report: Path | None = None  # its traceback, when the interpreter could write one

    @property
    def trace(self) -> str:
        return self.report.read_text(encoding="utf-8", errors="replace") if self.report else ""


class CrashSession:
    """The trail of one run: ``previous_run()`` then ``CrashSession.start()`` first thing at
    start-up, ``end()`` on a clean exit."""

    def __init__(self, log_dir: Path, handle: IO[str], marker: Path) -> None:
        self.log_dir = log_dir
        self._handle = handle
        self._marker = marker

    @classmethod
    def start(cls, log_dir: Path, now: dt.datetime | None = None) -> CrashSession:
        log_dir.mkdir(parents=True, exist_ok=True)
        pid = os.getpid()
        started = (now or dt.datetime.now()).isoformat(timespec="seconds")
        marker = log_dir / f"{MARKER_PREFIX}{pid}"
        marker.write_text(started, encoding="utf-8")
        handle = open(log_dir / f"{FAULT_PREFIX}{pid}.log", "w", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=handle, all_threads=True)
        return cls(log_dir, handle, marker)

    def end(self) -> None:
        """A clean exit: nothing to report next time."""
        faulthandler.disable()
        self._handle.close()
        Path(self._handle.name).unlink(missing_ok=True)
        self._marker.unlink(missing_ok=True)


def previous_run(log_dir: Path) -> LastRun:
    """How the last run ended: the latest of the runs that ended without a clean exit (their
    traces kept as crash reports), or a clean end."""
    ended: list[LastRun] = []
    for marker in sorted(log_dir.glob(f"{MARKER_PREFIX}*")):
        pid_text = marker.name.removeprefix(MARKER_PREFIX)
        if not pid_text.isdigit() or process_running(int(pid_text)):
            continue  # another copy of the application, still running
        started = _started_at(marker)
        ended.append(LastRun(True, started, _keep_trace(log_dir, int(pid_text), started)))
        marker.unlink(missing_ok=True)
    _prune_reports(log_dir)
    if not ended:
        return LastRun(False)
    return max(ended, key=lambda run: run.started_at or dt.datetime.min)


def _started_at(marker: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(marker.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def _keep_trace(log_dir: Path, pid: int, started: dt.datetime | None) -> Path | None:
    fault_file = log_dir / f"{FAULT_PREFIX}{pid}.log"
    try:
        trace = fault_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not trace.strip():
        fault_file.unlink(missing_ok=True)
        return None  # killed or powered off: nothing could be written
    stamp = (started or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    report = log_dir / f"{REPORT_PREFIX}{stamp}-{pid}.log"
    fault_file.rename(report)
    log.error("the previous run (process %s) crashed; its traceback is in %s", pid, report)
    return report


def _prune_reports(log_dir: Path) -> None:
    reports = sorted(log_dir.glob(f"{REPORT_PREFIX}*.log"), key=lambda p: p.stat().st_mtime)
    for old in reports[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)
