"""``liaison search`` and ``liaison reindex`` as scripts run them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import liaison


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("search_cli") / "demo.sqlite3"
    liaison("demo", db=db)
    return db


def test_search_prints_ranked_hits_as_json(demo_db: Path) -> None:
    hits = json.loads(liaison("search", "नशे", "--limit", "15", "--json", db=demo_db).stdout)
    assert len(hits) == 15
    for hit in hits:
        assert {"kind", "id", "title", "snippet", "score", "meeting_id", "date"} <= set(hit)
        assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["नशे"] * len(
            hit["highlights"]
        )
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    everything = json.loads(
        liaison("search", "पुलिस", "--limit", "999", "--json", db=demo_db).stdout
    )
    items = [h for h in everything if h["kind"] in ("action", "review")]
    dates = sorted(h["date"] for h in items)
    start, end = dates[len(dates) // 4], dates[3 * len(dates) // 4]
    filters = ["--kind", "action", "--kind", "review", "--from", start, "--to", end]
    filtered = json.loads(
        liaison("search", "पुलिस", *filters, "--status", "open", "--json", db=demo_db).stdout
    )
    in_range = {(h["kind"], h["id"]) for h in items if start <= h["date"] <= end}
    assert filtered and {(h["kind"], h["id"]) for h in filtered} < in_range  # some are not open


def test_any_query_text_is_accepted(demo_db: Path) -> None:
    for query in ('"', "(", "AND", "-", "*", "NOT NOT", "😀", "a" * 5000):
        result = liaison("search", query, db=demo_db)
        assert result.stdout.strip()
    assert "Nothing found." in liaison("search", "--", "-", db=demo_db).stdout


def test_reindex_and_a_stale_index_rebuilt_before_searching(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    before = liaison("search", "kotwali", "--json", db=db).stdout
    report = json.loads(liaison("reindex", "--json", db=db).stdout)
    assert report["documents"]["meeting"] > 20 and report["documents"]["person"] > 20
    assert liaison("search", "kotwali", "--json", db=db).stdout == before

    with sqlite3.connect(db) as connection:  # as after an upgrade from a version without search
        connection.execute("DELETE FROM search_doc")
        connection.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    result = liaison("search", "kotwali", "--json", db=db)
    assert "building the search index" in result.stderr
    assert result.stdout == before


def test_imported_archive_is_searchable(demo_db: Path, tmp_path: Path) -> None:
    archive, copy = tmp_path / "archive.json", tmp_path / "imported.sqlite3"
    liaison("export-json", str(archive), db=demo_db)
    liaison("import-json", str(archive), db=copy)
    original = json.loads(liaison("search", "गश्त", "--json", db=demo_db).stdout)
    imported = json.loads(liaison("search", "गश्त", "--json", db=copy).stdout)
    assert imported and [h["title"] for h in imported] == [h["title"] for h in original]
