"""The settings file: the recent databases list survives a save, old and odd files load."""

from __future__ import annotations

import json
from pathlib import Path

from liaison_desktop.core.settings import RECENT_MAX, Settings


def test_recent_databases_newest_first_without_repeats(tmp_path: Path) -> None:
    settings = Settings()
    for name in ("office", "demo", "office", *[f"station{n}" for n in range(10)]):
        settings.remember_database(str(tmp_path / f"{name}.sqlite3"))
    settings.save(tmp_path / "settings.json")
    loaded = Settings.load(tmp_path / "settings.json")
    assert loaded.database == str(tmp_path / "station9.sqlite3")
    assert len(loaded.recent_databases) == RECENT_MAX
    assert loaded.recent_databases[0] == loaded.database
    assert len(set(loaded.recent_databases)) == RECENT_MAX


def test_an_older_or_odd_settings_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en", "database": "x.sqlite3"}), encoding="utf-8")
    assert Settings.load(path).recent_databases == []
    path.write_text(json.dumps({"recent_databases": "not a list"}), encoding="utf-8")
    assert Settings.load(path).recent_databases == []
