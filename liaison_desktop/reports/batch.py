"""Many documents at once, on every core: one PDF per meeting in a folder, or one merged PDF with
a bookmark per meeting.

Rendering is CPU-bound Python, so the work goes to a pool of worker *processes* (spawned, so the
same code runs on Windows and under a GUI); each worker opens the database read-only by its path.
The caller sees progress after every document and can cancel between documents::

    items = batch.select_meetings(date_from, date_to)
    result = batch.export_batch(db_path, items, out, progress=on_progress, cancelled=is_cancelled)

``progress(done, total)`` and ``cancelled()`` are called in the calling thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import multiprocessing
import os
import signal
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from peewee import JOIN

from liaison_desktop.core.models import Meeting, MeetingSeries
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.documents import (
    MSG_CANNOT_WRITE,
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    ExportError,
    render_at,
)
from liaison_desktop.reports.pdfconcat import StreamingConcatenation

MSG_NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "LiaisonError", "Cannot write the documents into “{path}”: {detail}."
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class BatchItem:
    meeting_id: int
    title: str  # the bookmark in a merged PDF
    filename: str  # the file in a folder


@dataclass
class BatchResult:
    total: int
    done: int = 0
    cancelled: bool = False
    files: list[Path] = field(default_factory=list)


def select_meetings(
    date_from: dt.date, date_to: dt.date, series_id: int | None = None
) -> list[BatchItem]:
    """Meetings held between the two dates (inclusive), oldest first, each once: a meeting that
    has been amended is left out, since printing it prints its latest version anyway."""
    newer = Meeting.alias("newer")
    query = (
        Meeting.select(
            Meeting.id,
            Meeting.title,
            Meeting.meeting_date,
            Meeting.number,
            Meeting.series,
            MeetingSeries.code,
        )
        .join(MeetingSeries)
        .join_from(Meeting, newer, JOIN.LEFT_OUTER, on=newer.amends == Meeting.id)
        .where(
            (Meeting.meeting_date >= date_from)
            & (Meeting.meeting_date <= date_to)
            & newer.id.is_null()
        )
        .order_by(Meeting.meeting_date, Meeting.id)
    )
    if series_id is not None:
        query = query.where(Meeting.series == series_id)
    return [
        BatchItem(
            meeting_id=row["id"],
            title=row["title"],
            filename=f"{row['meeting_date']:%Y-%m-%d}_{_safe(row['code']) or row['series']}_"
            f"{row['number']:03d}_{row['id']}.pdf",
        )
        for row in query.dicts()
    ]


def _safe(code: str) -> str:
    return "".join(c for c in code if c.isascii() and (c.isalnum() or c in "-_"))


def export_batch(
    location: str | Path,
    items: Sequence[BatchItem],
    out: str | Path,
    *,
    kind: DocumentKind = DocumentKind.MINUTES,
    options: DocumentOptions | None = None,
    merge: bool | None = None,
    now: dt.datetime | None = None,
    processes: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchResult:
    """Render ``kind`` for every item into the folder ``out`` (or, when ``merge`` — by default
    when ``out`` ends in .pdf — into one PDF with a bookmark per meeting).

    Cancelling stops between documents: files already written to a folder stay, a merged PDF is
    not written at all.
    """
    out = Path(out).expanduser()
    merge = out.suffix.lower() == ".pdf" if merge is None else merge
    # Fail before rendering anything when the output cannot be written.
    folder = _writable_folder(out.parent if merge else out, create=not merge)
    now = now or dt.datetime.now().replace(microsecond=0)
    options = replace(options or DocumentOptions(), generated_at=now)
    result = BatchResult(total=len(items))
    if progress:
        progress(0, result.total)
    if not items:
        return result
    workers = max(1, min(processes or os.cpu_count() or 1, len(items)))
    context = multiprocessing.get_context("spawn")
    jobs = [(item.meeting_id, item.filename) for item in items]
    # Workers render and write each document into a scratch folder beside the output (same disk,
    # so a move is a rename); only this process moves or merges them, so after Cancel the folder
    # holds exactly the documents counted as done, and a merge reads one document at a time.
    with tempfile.TemporaryDirectory(prefix=".liaison-batch-", dir=folder) as scratch:
        job = _Job(str(location), kind, options, now, scratch)
        with (
            context.Pool(workers, initializer=_start_worker, initargs=(job,)) as pool,
            open(Path(scratch) / "merged.pdf", "wb") if merge else contextlib.nullcontext() as file,
        ):
            merged = StreamingConcatenation(file) if file else None
            chunk = max(1, min(8, len(jobs) // (workers * 8)))
            for index, rendered in enumerate(pool.imap(_render_one, jobs, chunksize=chunk)):
                if merged:
                    merged.append(rendered, items[index].title)
                    os.unlink(rendered)
                else:
                    result.files.append(_move(rendered, folder / items[index].filename))
                result.done += 1
                if progress:
                    progress(result.done, result.total)
                if cancelled and cancelled():
                    result.cancelled = result.done < result.total
                    pool.terminate()
                    break
            if merged and not result.cancelled:
                merged.finish()
        if merge and not result.cancelled:
            result.files.append(_move(file.name, out))
    return result


def _move(source: str | Path, target: Path) -> Path:
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "it is a folder")
        os.replace(source, target)
    except OSError as exc:
        raise ExportError(MSG_CANNOT_WRITE, path=str(target), detail=exc.strerror or exc) from exc
    return target


def _writable_folder(folder: Path, *, create: bool) -> Path:
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder")
        if not os.access(folder, os.W_OK):
            raise PermissionError(errno.EACCES, "permission denied")
    except OSError as exc:
        raise ExportError(
            MSG_NOT_A_FOLDER, path=str(folder), detail=exc.strerror or str(exc)
        ) from exc
    return folder


# In the worker processes ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    location: str
    kind: DocumentKind
    options: DocumentOptions
    now: dt.datetime
    scratch: str  # the folder each document is written into


_job: _Job | None = None  # set once in each worker


def _start_worker(job: _Job) -> None:
    global _job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _job = job


def _render_one(task: tuple[int, str]) -> str:
    """Render one meeting into the scratch folder; its path there."""
    assert _job is not None, "worker not started"
    meeting_id, filename = task
    request = DocumentRequest(_job.kind, meeting_id, options=_job.options)
    path = os.path.join(_job.scratch, filename)
    with open(path, "wb") as out:
        out.write(render_at(_job.location, request, _job.now))
    return path
