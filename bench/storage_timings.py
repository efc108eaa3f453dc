"""What crash safety costs: quick_check at open, integrity_check, backup, verify and restore,
on the demo database and on a large one (``bench.district``; 5 years make about 100 MB).

    python -m bench.storage_timings [--big PATH] [--years 5]

Times are the median of three runs with the file in the operating system's cache (a cold start
reads the file from disk first; on this kind of machine that adds about 2 s per 100 MB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.district import DistrictGenerator
from liaison_desktop.core.backup import backup_problems, make_backup, restore_backup
from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.services import Services


def median_seconds(action: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pragma(path: Path, name: str) -> Callable[[], object]:
    def run() -> object:
        connection = sqlite3.connect(path)
        try:
            return connection.execute(f"PRAGMA {name}").fetchall()
        finally:
            connection.close()

    return run


def measure(label: str, path: Path, scratch: Path) -> None:
    size = path.stat().st_size / 1e6
    print(f"\n{label}: {path} ({size:.1f} MB)")
    rows = {
        "open_database, quick_check on": lambda: open_database(path).close(),
        "open_database, quick_check off": lambda: open_database(path, check=False).close(),
        "PRAGMA quick_check": pragma(path, "quick_check"),
        "PRAGMA integrity_check": pragma(path, "integrity_check"),
    }
    for name, action in rows.items():
        print(f"  {name:<34} {median_seconds(action) * 1000:8.1f} ms")
    folder = scratch / f"{label}-backups"
    backups = []
    seconds = median_seconds(lambda: backups.append(make_backup(path, folder)))
    info = backups[-1]
    print(
        f"  {'make_backup (write + verify)':<34} {seconds * 1000:8.1f} ms, {info.size / 1e6:.1f} MB"
    )
    seconds = median_seconds(lambda: backup_problems(info.path))
    print(f"  {'verify a backup (sha256 + check)':<34} {seconds * 1000:8.1f} ms")
    target = scratch / f"{label}-restored.sqlite3"
    seconds = median_seconds(lambda: restore_backup(info.path, target))
    print(f"  {'restore_backup':<34} {seconds * 1000:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, help="large database to use (built if missing)")
    parser.add_argument("--years", type=int, default=5, help="years of district data if built")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # the restores' "kept aside" warnings are expected
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        demo = scratch / "demo.sqlite3"
        database = open_database(demo)
        build_demo(Services(database, "bench", clock=lambda: dt.datetime(2025, 1, 15, 10, 30)))
        database.close()
        measure("demo", demo, scratch)
        big = args.big or scratch / "big.sqlite3"
        if not big.exists():
            DistrictGenerator(7, args.years).build(big)
        measure("big", big, scratch)


if __name__ == "__main__":
    main()
