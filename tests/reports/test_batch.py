"""Batch export on worker processes: a folder of PDFs or one merged PDF, progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from liaison_desktop.core.models import Meeting
from liaison_desktop.core.services import Services
from liaison_desktop.reports import batch
from liaison_desktop.reports.documents import DocumentKind, ExportError
from tests.conftest import FIXED_NOW
from tests.reports.pdfread import outline_titles, page_count, page_texts

EVERYTHING = (dt.date(2000, 1, 1), dt.date(2100, 1, 1))


def test_select_meetings_takes_each_sitting_once(demo: Services) -> None:
    items = batch.select_meetings(*EVERYTHING)
    ids = {item.meeting_id for item in items}
    amended = Meeting.get(Meeting.amends.is_null(False))
    assert amended.id in ids and amended.amends_id not in ids
    assert len(ids) == Meeting.select().count() - 1
    dates = [Meeting.get_by_id(item.meeting_id).meeting_date for item in items]
    assert dates == sorted(dates)
    assert len({item.filename for item in items}) == len(items)
    series = items[-1]
    one = batch.select_meetings(*EVERYTHING, Meeting.get_by_id(series.meeting_id).series_id)
    assert 0 < len(one) < len(items)


def test_folder_export_on_two_processes(demo: Services, demo_db_path: Path, tmp_path: Path) -> None:
    items = batch.select_meetings(*EVERYTHING)[:6]
    seen: list[tuple[int, int]] = []
    result = batch.export_batch(
        demo_db_path,
        items,
        tmp_path / "out",
        now=FIXED_NOW,
        processes=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert (result.done, result.total, result.cancelled) == (6, 6, False)
    assert seen == [(n, 6) for n in range(7)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(i.filename for i in items)
    for item, path in zip(items, result.files, strict=True):
        text = " ".join(page_texts(path.read_bytes()))
        assert Meeting.get_by_id(item.meeting_id).title in text
        assert "तैयार 15-01-2025 10:30" in text


def test_merged_export_has_a_bookmark_per_meeting(
    demo: Services, demo_db_path: Path, tmp_path: Path
) -> None:
    items = batch.select_meetings(*EVERYTHING)[:4]
    result = batch.export_batch(
        demo_db_path, items, tmp_path / "all.pdf", kind=DocumentKind.ATTENDANCE, now=FIXED_NOW
    )
    pdf = result.files[0].read_bytes()
    assert outline_titles(pdf) == [item.title for item in items]
    assert page_count(pdf) >= 4


def test_cancel_stops_between_documents(demo: Services, demo_db_path: Path, tmp_path: Path) -> None:
    items = batch.select_meetings(*EVERYTHING)[:12]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    merged = batch.export_batch(
        demo_db_path, items, tmp_path / "all.pdf", now=FIXED_NOW, cancelled=cancelled
    )
    assert merged.cancelled and merged.done == 2 and not (tmp_path / "all.pdf").exists()
    calls.clear()
    folder = batch.export_batch(
        demo_db_path, items, tmp_path / "some", now=FIXED_NOW, cancelled=cancelled
    )
    assert folder.cancelled and len(folder.files) == 2


def test_unwritable_output_fails_before_rendering(demo_db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    items = [batch.BatchItem(1, "t", "t.pdf")]
    with pytest.raises(ExportError):
        batch.export_batch(demo_db_path, items, blocker / "sub")
    with pytest.raises(ExportError):
        batch.export_batch(demo_db_path, items, tmp_path / "missing" / "all.pdf")
