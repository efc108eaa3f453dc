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

import datetime as dt
import errno
import io
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from peewee import JOIN

from liaison_desktop.core.models import Meeting, MeetingSeries
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.documents import (
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    ExportError,
    render_at,
    write_pdf,
)

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
    merged: list[bytes] = []
    job = _Job(str(location), kind, options, now)
    with context.Pool(workers, initializer=_start_worker, initargs=(job,)) as pool:
        chunk = max(1, min(8, len(jobs) // (workers * 8)))
        # Workers render; only this process writes, so after Cancel the folder holds exactly
        # the documents counted as done (a worker's unconsumed results are dropped).
        for filename, data in pool.imap(_render_one, jobs, chunksize=chunk):
            if merge:
                merged.append(data)
            else:
                result.files.append(write_pdf(data, folder / filename))
            result.done += 1
            if progress:
                progress(result.done, result.total)
            if cancelled and cancelled():
                result.cancelled = result.done < result.total
                pool.terminate()
                break
    if merge and not result.cancelled:
        result.files.append(write_pdf(merge_pdfs(merged, [item.title for item in items]), out))
    return result


def merge_pdfs(documents: Sequence[bytes], titles: Sequence[str]) -> bytes:
    """One PDF holding every document in turn, with a top-level bookmark at the start of each."""
    from pypdf import PdfWriter  # only merged batches need it

    writer = PdfWriter()
    for data, title in zip(documents, titles, strict=True):
        writer.append(io.BytesIO(data), outline_item=title)
    writer.page_mode = "/UseOutlines"
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


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


_job: _Job | None = None  # set once in each worker


def _start_worker(job: _Job) -> None:
    global _job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _job = job


def _render_one(task: tuple[int, str]) -> tuple[str, bytes]:
    """The file name and the PDF's bytes of one meeting."""
    assert _job is not None, "worker not started"
    meeting_id, filename = task
    request = DocumentRequest(_job.kind, meeting_id, options=_job.options)
    return filename, render_at(_job.location, request, _job.now)
