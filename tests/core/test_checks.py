"""Whole-database checks: a sound database passes, a plugged-in check is run, damage stops."""

from __future__ import annotations

import peewee

from liaison_desktop.core.checks import DATABASE_CHECKS, run_checks
from liaison_desktop.core.errors import LiaisonError, StateError
from liaison_desktop.core.services import Services


def test_sound_database_passes_and_plugged_in_checks_run(demo: Services) -> None:
    database = demo.ctx.database
    assert run_checks(database) == []
    seen: list[peewee.Database] = []

    def extra(db: peewee.Database) -> list[LiaisonError]:
        seen.append(db)
        return [StateError("Meeting {n} was changed after it was signed.", n=7)]

    findings = run_checks(database, (*DATABASE_CHECKS, extra))
    assert seen == [database]
    assert [(f.check, str(f.problem)) for f in findings] == [
        ("extra", "Meeting 7 was changed after it was signed.")
    ]


def test_checks_after_damage_are_skipped(demo: Services) -> None:
    def damaged(db: peewee.Database) -> list[LiaisonError]:
        raise peewee.DatabaseError("database disk image is malformed")

    def never(db: peewee.Database) -> list[LiaisonError]:
        raise AssertionError("must not run on a damaged file")

    [finding] = run_checks(demo.ctx.database, (damaged, never))
    assert finding.check == "damaged" and "malformed" in str(finding.problem)
