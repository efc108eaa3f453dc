"""Cold start of the application to a usable main window with the demo database, against a bare
PySide6 window measured in the same run (issue: at most 2x).

Each sample is a fresh process, timed from its launch to the moment its event loop has shown the
first window (the process prints a wall-clock stamp then; shutdown is not counted), alternating
bare and application runs so both see the same machine state.

    python -m bench.gui_startup [--runs 7] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 2.0
# The same moment in both: the event loop has shown the first window ("ready <wall clock>").
BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setGeometry(window.screen().availableGeometry())  # the size the application opens at
window.show()
QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def demo_basedir(folder: Path) -> Path:
    base = folder / "demo"
    if not (base / "data" / "liaison.sqlite3").exists():
        subprocess.run(
            [sys.executable, "-m", "liaison_desktop.cli", "--basedir", str(base), "demo"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    return base


def timed(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launching the process to its window being up (shutdown not counted)."""
    start = time.time()
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    ready = next(line for line in done.stdout.splitlines() if line.startswith("ready "))
    return (float(ready.split()[1]) - start) * 1000


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(samples), 1),
        "min_ms": round(min(samples), 1),
        "max_ms": round(max(samples), 1),
        "runs": len(samples),
    }


def main(argv: Sequence[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as scratch:
        base = demo_basedir(Path(scratch))
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [
            sys.executable,
            "main.py",
            "--basedir",
            str(base),
            "--view",
            "dashboard",
            "--exit-after-start",
            "--no-dialogs",
        ]
        timed(bare, env), timed(app, env)  # warm the disk cache; not counted
        bare_ms, app_ms = [], []
        for _run in range(args.runs):
            bare_ms.append(timed(bare, env))
            app_ms.append(timed(app, env))
    ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    return {
        "platform": args.platform,
        "bare_pyside6_window": summary(bare_ms),
        "application_demo_dashboard": summary(app_ms),
        "ratio_median": round(ratio, 2),
        "limit": LIMIT,
        "within_limit": ratio <= LIMIT,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:]), indent=2))
