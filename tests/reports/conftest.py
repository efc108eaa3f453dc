"""Report fixtures: the demo database with one large meeting added (built once per session)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab import rl_config

from bench.documents import large_meeting
from liaison_desktop.core.db import open_database
from liaison_desktop.core.services import Services
from tests.conftest import FIXED_NOW


@pytest.fixture(autouse=True)
def invariant_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reproducible PDFs (fixed ids and dates inside the file) in every report test."""
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture(scope="session")
def large_template(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    db = open_database(path)
    services = Services(db, operator="test", clock=lambda: FIXED_NOW)
    quarterly = next(s for s in services.series.all_series() if s.station_id is None)
    meeting_id = large_meeting(services, quarterly.id, FIXED_NOW.date())
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, meeting_id


@dataclass
class Large:
    services: Services
    meeting_id: int
    db_path: Path


@pytest.fixture
def large(large_template: tuple[Path, int], tmp_path: Path) -> Iterator[Large]:
    """Services over a private copy of the demo data plus the large meeting."""
    template, meeting_id = large_template
    path = tmp_path / "large.sqlite3"
    path.write_bytes(template.read_bytes())
    db = open_database(path)
    yield Large(Services(db, operator="परीक्षक", clock=lambda: FIXED_NOW), meeting_id, path)
    db.close()
