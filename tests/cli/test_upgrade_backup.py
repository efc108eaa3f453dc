"""A newer version opening an older database backs it up, verified, before migrating it."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from liaison_desktop.core.backup import UpgradeBackup, backup_problems, inspect_backup, list_backups
from liaison_desktop.core.db import (
    applied_schema_versions,
    latest_schema_version,
    open_database,
    upgrade_schema,
)
from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.paths import AppPaths
from tests.cli.test_cli import liaison

OLD_VERSION = "0003_search_index"


def older_database(path: Path) -> Path:
    old = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    upgrade_schema(old, str(path), target=OLD_VERSION)
    old.execute_sql(
        "INSERT INTO place (uuid, kind, name, name_latin, code, active, notes) "
        "VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'station', 'चकेरी', 'Chakeri', '', 1, '')"
    )
    old.close()
    return path


def test_the_command_backs_up_an_older_database_before_upgrading_and_says_so(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = older_database(tmp_path / "कानपुर.sqlite3")
    done = liaison("--lang", "hi", "stats", "--json", db=path)
    backups = list_backups(AppPaths.resolve(str(isolated_home)).default_backup_dir)
    assert len(backups) == 1
    assert backup_problems(backups[0]) == []
    kept = inspect_backup(backups[0]).contents
    assert kept.schema == OLD_VERSION and kept.counts["place"] == 1
    assert str(backups[0]) in done.stderr and "बैकअप" in done.stderr

    again = liaison("stats", "--json", db=path)  # up to date now: no second backup
    assert str(backups[0]) not in again.stderr
    assert len(list_backups(backups[0].parent)) == 1


def test_no_backup_for_a_new_database(tmp_path: Path) -> None:
    upgrade = UpgradeBackup(tmp_path / "backups")
    open_database(tmp_path / "new.sqlite3", before_upgrade=upgrade).close()
    assert upgrade.made is None and not (tmp_path / "backups").exists()


def test_when_the_backup_fails_nothing_is_migrated(tmp_path: Path) -> None:
    path = older_database(tmp_path / "old.sqlite3")
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backup folder should be")
    with pytest.raises(StorageError):
        open_database(path, before_upgrade=UpgradeBackup(blocked))
    plain = peewee.SqliteDatabase(str(path))
    assert applied_schema_versions(plain)[-1] == OLD_VERSION
    plain.close()
    upgraded = open_database(path, before_upgrade=UpgradeBackup(tmp_path / "elsewhere"))
    assert applied_schema_versions(upgraded)[-1] == latest_schema_version()
    upgraded.close()
