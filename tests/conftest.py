"""Shared fixtures: every test gets its own folders and database file; nothing touches $HOME."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.services import Services

# A fixed "now" for tests that need dates: deterministic, and mid-month so month edges are tested
# on purpose rather than by accident.
FIXED_NOW = dt.datetime(2025, 1, 15, 10, 30)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the application's data, settings and logs at a temporary folder."""
    base = tmp_path_factory.mktemp("basedir")
    monkeypatch.setenv("LIAISON_BASEDIR", str(base))
    monkeypatch.delenv("LIAISON_DB", raising=False)
    return base


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "liaison.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[peewee.Database]:
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def services(database: peewee.Database) -> Services:
    return Services(database, operator="परीक्षक", clock=lambda: FIXED_NOW)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once per session; tests copy it instead of rebuilding."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    build_demo(Services(db, operator="demo", clock=lambda: FIXED_NOW))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database."""
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(demo_template.read_bytes())
    return target


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[Services]:
    """Services over a private copy of the demo data set."""
    db = open_database(demo_db_path)
    yield Services(db, operator="परीक्षक", clock=lambda: FIXED_NOW)
    db.close()
