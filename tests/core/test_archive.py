"""The JSON archive: a lossless round trip; anything damaged is refused, the database intact."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liaison_desktop.core.archive import (
    FORMAT_VERSION,
    export_archive,
    import_archive,
    read_archive,
    write_archive,
)
from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import ArchiveError
from liaison_desktop.core.models import ALL_MODELS
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services
from liaison_desktop.core.validation import clean_text


def counts() -> dict[str, int]:
    return {m._meta.table_name: m.select().count() for m in ALL_MODELS}


def round_trip(archive: dict, target: Path) -> dict:
    database = open_database(target)
    try:
        import_archive(database, archive)
        return export_archive(database)
    finally:
        database.close()


def test_demo_round_trip_is_lossless(demo: Services, tmp_path: Path) -> None:
    first = export_archive(demo.ctx.database)
    assert first["version"] == FORMAT_VERSION
    assert len(first["tables"]["meeting"]) > 40
    second = round_trip(first, tmp_path / "copy.sqlite3")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_archive_file_has_no_integer_keys(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "archive.json"
    write_archive(demo.ctx.database, path)
    archive = read_archive(path)
    meeting = archive["tables"]["meeting"][0]
    assert "id" not in meeting
    assert len(meeting["series"]) == 36  # a UUID, not an integer key


# Text as clerks produce it: Hindi, mixed scripts, empty, very long, odd characters.
hindi = st.text(alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x097F), max_size=80)
mixed = st.text(
    alphabet=st.sampled_from(list("कमिश्नर क्ष श्र द्व ि ं ँ ः ।०१२ Police SHO 🚓 \n\"'\\{}<>&")),
    max_size=200,
)
any_text = st.one_of(hindi, mixed, st.just(""), st.text(max_size=50), st.just("अ" * 30_000))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.one_of(hindi.filter(str.strip), mixed.filter(str.strip)),
    discussion=any_text,
    decision=any_text,
    name=st.one_of(hindi, mixed).filter(str.strip),
    action=any_text,
)
def test_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    discussion: str,
    decision: str,
    name: str,
    action: str,
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    source = open_database(folder / "source.sqlite3")
    try:
        services = Services(source)
        station = services.directory.create_place("station", name)
        series = services.series.create_series("monthly_station", name, station=station.id)
        draft = MeetingDraft(series_id=series.id, title=title, meeting_date=dt.date(2024, 7, 20))
        draft.attendance.append(AttendanceLine(name=name))
        draft.agenda.append(AgendaLine(title=title, discussion=discussion, decision=decision))
        if clean_text(action, multiline=True):  # control characters alone clean to nothing
            draft.actions.append(ActionLine(description=action))
        services.meetings.save(draft)
        first = export_archive(source)
    finally:
        source.close()
    second = round_trip(first, folder / "copy.sqlite3")
    assert first == second


@pytest.fixture
def archive(demo: Services) -> dict:
    return export_archive(demo.ctx.database)


def damaged_variants(archive: dict) -> dict[str, dict]:
    variants: dict[str, dict] = {}

    def variant(name: str):
        data = copy.deepcopy(archive)
        variants[name] = data
        return data

    variant("newer-version")["version"] = FORMAT_VERSION + 1
    variant("wrong-format")["format"] = "something-else"
    del variant("no-tables")["tables"]
    variant("bad-date")["tables"]["meeting"][3]["meeting_date"] = "31-02-2024"
    variant("bad-type")["tables"]["meeting"][3]["number"] = "three"
    variant("bad-choice")["tables"]["action_item"][0]["status"] = "finished"
    variant("dangling-reference")["tables"]["meeting"][0]["series"] = "0" * 32
    del variant("missing-field")["tables"]["person"][0]["name"]
    variant("duplicate-uuid")["tables"]["person"].append(archive["tables"]["person"][0])
    variant("table-not-list")["tables"]["place"] = {"oops": 1}
    variant("row-not-object")["tables"]["place"][0] = ["x"]
    variant("null-required")["tables"]["meeting"][0]["title"] = None
    variant("bool-as-number")["tables"]["meeting"][0]["number"] = True
    return variants


def test_damaged_archives_are_refused_and_database_untouched(archive: dict, tmp_path: Path) -> None:
    for name, data in damaged_variants(archive).items():
        database = open_database(tmp_path / f"{name}.sqlite3")
        try:
            with pytest.raises(ArchiveError, match="Nothing was imported"):
                import_archive(database, data)
            assert sum(counts().values()) == 0, name
        finally:
            database.close()


def test_truncated_and_non_json_files_are_refused(archive: dict, tmp_path: Path) -> None:
    text = json.dumps(archive, ensure_ascii=False)
    truncated = tmp_path / "truncated.json"
    truncated.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ArchiveError, match="cannot be read as JSON"):
        read_archive(truncated)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ArchiveError):
        read_archive(binary)


def test_import_into_a_database_with_data_is_refused(demo: Services, archive: dict) -> None:
    before = counts()
    with pytest.raises(ArchiveError, match="empty database"):
        import_archive(demo.ctx.database, archive)
    assert counts() == before
