"""Opening databases: migrations, schema version, drift between models and migrations, bad files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import peewee
import pytest
from playhouse.schema_diff import diff_models

import liaison_desktop
from liaison_desktop.core import migrations
from liaison_desktop.core.db import (
    latest_schema_version,
    migration_runner,
    open_database,
    schema_version,
    upgrade_schema,
)
from liaison_desktop.core.errors import DatabaseDamagedError, StorageError
from liaison_desktop.core.models import ALL_MODELS, Meeting, Signatory


def test_new_database_is_at_latest_schema_with_durable_pragmas(database: peewee.Database) -> None:
    assert schema_version(database) == latest_schema_version()
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == 5000


def test_migrations_produce_exactly_the_models_schema(database: peewee.Database) -> None:
    # A model changed without a migration (or the reverse) shows up as drift here.
    assert not diff_models(database, list(ALL_MODELS))


def test_upgrade_from_first_schema_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    upgrade_schema(old, str(path), target="0001_initial")
    old.execute_sql(
        "INSERT INTO place (uuid, kind, name, name_latin, code, active, notes) "
        "VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'station', 'चकेरी', 'Chakeri', '', 1, '')"
    )
    old.execute_sql(
        "INSERT INTO meeting_series (uuid, kind, name, name_en, code, station_id, cadence_months, "
        "venue, active, notes) VALUES ('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'monthly_station', "
        "'चकेरी मासिक बैठक', '', '', 1, 1, '', 1, '')"
    )
    old.execute_sql(
        "INSERT INTO meeting (uuid, series_id, number, title, meeting_date, venue, chair_name, "
        "chair_designation, recorded_by_name, recorded_by_designation, language, status, notes, "
        "created_at, updated_at) VALUES ('cccccccccccccccccccccccccccccccc', 1, 1, 'पहली बैठक', "
        "'2024-07-20', '', '', '', '', '', 'hi', 'draft', '', '2024-07-20 10:00:00', "
        "'2024-07-20 10:00:00')"
    )
    assert "content_hash" not in {c.name for c in old.get_columns("meeting")}
    old.close()

    database = open_database(path)
    try:
        assert schema_version(database) == latest_schema_version()
        meeting = Meeting.get()
        assert meeting.title == "पहली बैठक"
        assert meeting.meeting_date == dt.date(2024, 7, 20)
        assert meeting.content_hash is None and meeting.amends is None
        Signatory.create(meeting=meeting, name="रमेश चंद्र अवस्थी")  # the new table works
        assert not diff_models(database, list(ALL_MODELS))
    finally:
        database.close()


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    database = open_database(db_path)
    runner = migration_runner(database)
    runner.History.create(name="0999_from_the_future")
    database.close()
    with pytest.raises(StorageError, match="newer version"):
        open_database(db_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"this is a letter, not a database\n" * 100, "not a Liaison Desktop database"),
        (b"SQLite format 3\x00" + b"\xff" * 5000, "not a Liaison Desktop database"),
    ],
    ids=["zero-byte", "text-file", "damaged-header"],
)
def test_files_that_are_not_databases_give_a_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    # An empty file is not a new database: a database never has 0 bytes once SQLite has opened
    # it, so an empty file is one whose contents were lost (an interrupted copy, a bad stick).
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseDamagedError, match=message):
        open_database(path)
    assert path.read_bytes() == content  # the file is left exactly as it was


def test_every_migration_file_is_listed() -> None:
    folder = Path(migrations.__file__).parent
    assert sorted(p.stem for p in folder.glob("[0-9]*.py")) == list(migrations.MIGRATIONS)


def test_migrations_run_from_a_zip_of_compiled_modules(tmp_path: Path) -> None:
    # As in a PyInstaller archive or a zipped install: modules without their .py files.
    package = Path(liaison_desktop.__file__).parent
    archive = tmp_path / "liaison.zip"
    with zipfile.PyZipFile(archive, "w") as zipped:
        zipped.writepy(str(package))
    assert not [n for n in zipfile.ZipFile(archive).namelist() if n.endswith(".py")]
    script = (
        "import sys, liaison_desktop.core.db as db;"
        "assert '.zip' in db.__file__, db.__file__;"
        "d = db.open_database(sys.argv[1]); print(db.schema_version(d))"
    )
    env = {**os.environ, "PYTHONPATH": str(archive)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "new.sqlite3")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == latest_schema_version()
