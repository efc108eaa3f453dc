"""Scale benchmark: a ten-year district, then every figure the issue sets a target for, as JSON.

    python -m bench [--db DISTRICT.sqlite3] [--repeat 7] [--out FIGURES.json]

Without --db (or with a path that does not exist yet) the district is generated first (about a
minute, ``bench.district``), then indexed with ``liaison reindex``. Each figure is measured
``--repeat`` times in this run after one warm-up and reported as median, p95 and min (ms).
Generation, reindex and start-ups run as child processes, so their time and peak memory are their
own and the process that times the queries stays small.

Start-up compares two cold processes on the offscreen platform, timed from launch to the first
window shown (as bench.gui_startup, which does the same with the demo data): a bare PySide6
window, and the application opening the district (``--exit-after-start``). The meetings page is
timed both in the service (first 50) and in the GUI (its lazy model over every meeting).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.gui_startup import BARE_WINDOW
from liaison_desktop.core.dates import as_date
from liaison_desktop.core.db import open_database
from liaison_desktop.core.search import SearchRequest
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter, ActionRow
from liaison_desktop.core.services.meetings import MeetingSummary
from liaison_desktop.core.vocab import SearchKind

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "search_p95_ms": 30,
    "meetings_first_page_ms": 200,
    "dashboard_ms": 150,
    "startup_ratio": 2.0,
    "peak_memory_mb": 300,
    "orm_ratio": 1.5,
}

# What clerks type: Hindi words and inflected forms, Latin-typed Hindi, English, names, phrases,
# OR, exclusion, a prefix; and words with filters. (text, filters)
QUERY_MIX: tuple[tuple[str, dict[str, Any]], ...] = (
    ("नशे", {}),
    ("नशों", {}),
    ("स्मैक", {}),
    ("जाम", {}),
    ("गश्त", {}),
    ("बैठकों", {}),
    ("थानों", {}),
    ("चेन स्नैचिंग", {}),
    ('"नगर निगम"', {}),
    ("साइबर ठगी", {}),
    ("स्मैक OR गांजा", {}),
    ("गश्त -रात्रि", {}),
    ("अतिक्र*", {}),
    ("baithak", {}),
    ("nasha", {}),
    ("chakeri", {}),
    ("kotwali jam", {}),
    ("street", {}),
    ("राजेश यादव", {}),
    ("चकेरी नशे", {}),
    ("कार्यवाही", {"kinds": (SearchKind.ACTION,), "statuses": ("open",)}),
    ("गश्त", {"station_id": 5}),
    ("नशे", {"date_from": dt.date(2024, 1, 1), "date_to": dt.date(2024, 12, 31)}),
    ("पत्र", {"kinds": (SearchKind.MEETING, SearchKind.AGENDA), "series_id": 3}),
    ("हस्तांतरित", {"kinds": (SearchKind.REVIEW,), "station_id": 12}),
)
LIKE_WORDS = ("नशे", "स्मैक", "गश्त", "राजेश यादव")
# The same records a search covers, newest first, found by substring instead of the index.
LIKE_SCAN = """
SELECT kind, id, date FROM (
  SELECT 'meeting' AS kind, m.id, m.meeting_date AS date FROM meeting m
   WHERE m.title LIKE :w OR m.venue LIKE :w OR m.notes LIKE :w
  UNION ALL SELECT 'agenda', a.id, m.meeting_date FROM agenda_item a JOIN meeting m
   ON m.id = a.meeting_id WHERE a.title LIKE :w OR a.discussion LIKE :w OR a.decision LIKE :w
  UNION ALL SELECT 'action', i.id, m.meeting_date FROM action_item i JOIN meeting m
   ON m.id = i.origin_meeting_id
   WHERE i.description LIKE :w OR i.responsible_body LIKE :w OR i.closing_remark LIKE :w
  UNION ALL SELECT 'review', r.id, m.meeting_date FROM action_review r JOIN meeting m
   ON m.id = r.meeting_id WHERE r.remark LIKE :w
  UNION ALL SELECT 'person', p.id, NULL FROM person p WHERE p.name LIKE :w
  UNION ALL SELECT 'place', p.id, NULL FROM place p WHERE p.name LIKE :w
) ORDER BY date DESC LIMIT 50
"""

# The application run to its first window with the district; it prints "ready <wall clock>" once
# its event loop has shown the window, as bench.gui_startup's BARE_WINDOW does.
APP_START = ["main.py", "--view", "dashboard", "--exit-after-start", "--no-dialogs"]
# The meetings page (lazy model over every meeting) opened in a fresh main window, as a clerk
# clicks it: from the click to the painted rows.
GUI_MEETINGS_PAGE = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from liaison_desktop.core.db import open_database
from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.application import make_context
from liaison_desktop.gui.views.mainwindow import MainWindow
app = QApplication([])
database = open_database(sys.argv[1])
paths = AppPaths.resolve(sys.argv[2])
paths.ensure()
ctx = make_context(paths, Settings(), database, sys.argv[1])
samples = []
for run in range(int(sys.argv[3]) + 1):
    window = MainWindow(ctx, start_page="dashboard")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.show_page("meetings")
    app.processEvents()
    samples.append((time.perf_counter() - start) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
print(json.dumps(samples[1:]))
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median": round(statistics.median(ordered), 2),
        "p95": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2),
        "min": round(ordered[0], 2),
        "runs": len(ordered),
    }


def timed(operation: Callable[[], object], repeat: int) -> list[float]:
    operation()  # warm-up: the first call's page cache misses are not what is measured
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of a Python child process that must succeed."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, *args], stdout=out, stderr=err, env=env, cwd=ROOT, text=True
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise SystemExit(f"{' '.join(args[:3])} failed: {err.read()[-2000:]}")
        return wall, usage.ru_maxrss / 1024, out.read()


# The figures ------------------------------------------------------------------------------------


def prepare(path: Path) -> dict[str, Any]:
    """Generate the district if needed, then index it; return what that took."""
    figures: dict[str, Any] = {}
    if not path.exists():
        log(f"generating the district into {path} …")
        wall, peak, out = run_child(["-m", "bench.district", str(path)])
        figures["generate"] = {"seconds": round(wall, 1), "peak_mb": round(peak), "rows": out}
    log("indexing (liaison reindex) …")
    wall, peak, out = run_child(
        ["-m", "liaison_desktop.cli", "--db", str(path), "reindex", "--json"]
    )
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        index_bytes = connection.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"
        ).fetchone()[0]
    size = database_size(path)
    figures["reindex"] = {
        "seconds": round(wall, 1),
        "peak_mb": round(peak),
        "documents": json.loads(out)["documents"],
    }
    figures["database"] = {
        "size_mb": round(size / 2**20, 1),
        "search_index_mb": round(index_bytes / 2**20, 1),
        "search_index_share": round(index_bytes / size, 3),
    }
    return figures


def database_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def search_figures(services: Services, repeat: int) -> dict[str, Any]:
    samples: list[float] = []
    per_query = []
    for text, filters in QUERY_MIX:
        request = SearchRequest(text, **filters)
        results = services.search.search(request)
        times = timed(lambda request=request: services.search.search(request), repeat)
        samples += times
        per_query.append(
            {
                "query": text,
                "filters": {k: str(v) for k, v in filters.items()},
                "median_ms": round(statistics.median(times), 2),
                "hits": len(results.hits),
                "ranked": results.ranked,
                "capped": results.capped,
            }
        )
    return {"all_queries_ms": summary(samples), "queries": per_query}


def fts_against_like(services: Services, path: Path, repeat: int) -> list[dict[str, Any]]:
    raw = sqlite3.connect(path)
    rows = []
    for word in LIKE_WORDS:
        fts = timed(lambda word=word: services.search.search(SearchRequest(word)), repeat)
        like = timed(lambda w=f"%{word}%": raw.execute(LIKE_SCAN, {"w": w}).fetchall(), repeat)
        rows.append(
            {
                "word": word,
                "fts_ms": summary(fts),
                "like_ms": summary(like),
                "like_over_fts": round(statistics.median(like) / statistics.median(fts), 1),
            }
        )
    raw.close()
    return rows


class LoggedSql(logging.Handler):
    """Keeps the SQL Peewee sends, so raw sqlite3 can run exactly the same statement."""

    def __init__(self) -> None:
        super().__init__()
        self.statements: list[tuple[str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.msg)


def sql_of(operation: Callable[[], object]) -> tuple[str, tuple]:
    handler = LoggedSql()
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        operation()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert len(handler.statements) == 1, handler.statements
    return handler.statements[0]


def action_rows_raw(cursor: sqlite3.Cursor) -> list[ActionRow]:
    names = [c[0] for c in cursor.description]
    out = []
    for values in cursor.fetchall():
        r = dict(zip(names, values, strict=True))
        responsible = ", ".join(p for p in (r["person_name"], r["responsible_body"]) if p)
        out.append(
            ActionRow(
                id=r["id"],
                uuid=str(uuid.UUID(r["uuid"])),
                description=r["description"],
                category=r["category"],
                status=r["status"],
                due_date=as_date(r["due_date"]),
                closed_on=as_date(r["closed_on"]),
                station_name=r["station_name"] or "",
                responsible=responsible,
                origin_meeting_id=r["origin_id"],
                origin_date=as_date(r["origin_date"]),
                origin_title=r["origin_title"],
                series_name=r["series_name"],
            )
        )
    return out


def summaries_raw(cursor: sqlite3.Cursor) -> list[MeetingSummary]:
    return [
        MeetingSummary(
            id=row[0],
            uuid=str(uuid.UUID(row[1])),
            series_id=row[2],
            series_name=row[3],
            number=row[4],
            meeting_date=as_date(row[5]),
            title=row[6],
            status=row[7],
            reference_no=row[8],
            station_name=row[9] or "",
        )
        for row in cursor.fetchall()
    ]


def orm_against_raw(services: Services, path: Path, repeat: int) -> list[dict[str, Any]]:
    """The same statement through the service (Peewee builds, runs and converts it) and through
    sqlite3 (the statement Peewee sent, rows turned into the same dataclasses by hand)."""
    raw = sqlite3.connect(path)
    cases = (
        (
            "a page of 100 open action items (5 joins)",
            lambda: services.actions.rows(ActionFilter(statuses=("open",)), limit=100),
            action_rows_raw,
        ),
        (
            "a page of 100 action items of any status (5 joins, sorted by due date)",
            lambda: services.actions.rows(ActionFilter(), limit=100),
            action_rows_raw,
        ),
        (
            "meetings list, first page of 50",
            lambda: services.meetings.summaries(limit=50),
            summaries_raw,
        ),
    )
    rows = []
    for name, through_orm, convert in cases:
        sql, params = sql_of(through_orm)
        assert len(convert(raw.execute(sql, params))) == len(through_orm())
        orm = timed(through_orm, repeat)
        direct = timed(
            lambda sql=sql, params=params, c=convert: c(raw.execute(sql, params)), repeat
        )
        rows.append(
            {
                "query": name,
                "peewee_ms": summary(orm),
                "sqlite3_ms": summary(direct),
                "ratio": round(statistics.median(orm) / statistics.median(direct), 2),
            }
        )
    raw.close()
    return rows


def gui_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def until_ready(args: list[str]) -> tuple[float, float]:
    """(ms from launch to the child's "ready" stamp, its peak RSS in MB)."""
    started = time.time()
    _, peak, out = run_child(args, gui_env())
    ready = next(line for line in out.splitlines() if line.startswith("ready "))
    return (float(ready.split()[1]) - started) * 1000, peak


def startup(path: Path, repeat: int) -> dict[str, Any]:
    basedir = tempfile.mkdtemp(prefix="liaison-bench-")
    bare = ["-c", BARE_WINDOW]
    app = [*APP_START, "--db", str(path), "--basedir", basedir]
    until_ready(bare), until_ready(app)  # warm-up: files in the OS cache, as on a second start
    bare_ms, app_ms, app_peak = [], [], []
    for _ in range(repeat):
        bare_ms.append(until_ready(bare)[0])
        wall, peak = until_ready(app)
        app_ms.append(wall)
        app_peak.append(peak)
    return {
        "bare_pyside6_window_ms": summary(bare_ms),
        "app_with_district_ms": summary(app_ms),
        "ratio": round(statistics.median(app_ms) / statistics.median(bare_ms), 2),
        "app_peak_mb": round(max(app_peak)),
        "measured": "cold processes, offscreen, launch to the first window shown "
        "(main.py --view dashboard --exit-after-start)",
    }


def gui_meetings_page(path: Path, repeat: int) -> dict[str, float]:
    basedir = tempfile.mkdtemp(prefix="liaison-bench-")
    _, _, out = run_child(["-c", GUI_MEETINGS_PAGE, str(path), basedir, str(repeat)], gui_env())
    return summary(json.loads(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="district database to use (made if missing)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (default 7)")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="liaison-bench-")) / "district.sqlite3"
    figures: dict[str, Any] = {"targets": TARGETS, **prepare(path)}

    log("measuring queries …")
    database = open_database(path)
    services = Services(database)
    figures["search"] = search_figures(services, args.repeat)
    latest = services.meetings.summaries(limit=1)[0].id
    figures["index_one_meeting_ms"] = summary(
        timed(lambda: services.search.index_meeting(latest), args.repeat)
    )
    figures["meetings_first_page_ms"] = summary(
        timed(lambda: services.meetings.summaries(limit=50), args.repeat)
    )
    figures["dashboard_ms"] = summary(timed(services.dashboard.figures, args.repeat))
    figures["orm_against_sqlite3"] = orm_against_raw(services, path, args.repeat)
    figures["fts_against_like"] = fts_against_like(services, path, args.repeat)
    database.close()
    figures["query_process_peak_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )

    log("measuring the GUI …")
    figures["gui_meetings_page_ms"] = gui_meetings_page(path, args.repeat)
    figures["startup"] = startup(path, args.repeat)
    figures["verdict"] = verdict(figures)
    text = json.dumps(figures, ensure_ascii=False, indent=2, default=str)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


def verdict(f: dict[str, Any]) -> dict[str, bool]:
    return {
        "search_p95": f["search"]["all_queries_ms"]["p95"] < TARGETS["search_p95_ms"],
        "meetings_first_page": max(
            f["meetings_first_page_ms"]["p95"], f["gui_meetings_page_ms"]["p95"]
        )
        < TARGETS["meetings_first_page_ms"],
        "dashboard": f["dashboard_ms"]["p95"] < TARGETS["dashboard_ms"],
        "startup": f["startup"]["ratio"] <= TARGETS["startup_ratio"],
        "peak_memory": max(f["startup"]["app_peak_mb"], f["query_process_peak_mb"])
        < TARGETS["peak_memory_mb"],
        "orm_ratio": all(r["ratio"] <= TARGETS["orm_ratio"] for r in f["orm_against_sqlite3"]),
    }


if __name__ == "__main__":
    main()
