"""The seal and the ledger (issue 13): every way the audit changed signed minutes unseen is now
found, each problem named with its meeting and field, all of them in one run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from liaison_desktop.core import vocab
from liaison_desktop.core.archive import export_archive, import_archive
from liaison_desktop.core.db import open_database
from liaison_desktop.core.models import LedgerEntry, Meeting
from liaison_desktop.core.seal import digest, minutes_content
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.ledger import (
    MSG_LEDGER_BROKEN,
    MSG_LEDGER_CHANGED,
    MSG_LEDGER_GAP,
    MSG_NEVER_SEALED,
    MSG_SEAL_MISMATCH,
    MSG_SEALED_CHANGED,
    MSG_SEALED_DELETED,
)
from liaison_desktop.core.services.lifecycle import SignatoryLine
from liaison_desktop.i18n import translate
from tests.core.meetings import meeting

SCAN = b"%PDF-1.4\n% signed copy\n"


@pytest.fixture
def signed(services: Services, setup) -> Meeting:
    """Minutes made final, signed by two people, with their signed scan attached."""
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 7, 5), ["गश्त बढ़ाई जाए"])
    services.lifecycle.finalise(draft.id)
    services.lifecycle.sign(
        draft.id,
        dt.date(2024, 7, 8),
        [SignatoryLine("अध्यक्ष", "थाना प्रभारी"), SignatoryLine("सचिव", "लिपिक")],
    )
    services.lifecycle.attach(draft.id, "signed.pdf", SCAN, vocab.AttachmentKind.SIGNED_COPY)
    assert services.lifecycle.verify() == []
    return services.meetings.meeting(draft.id)


def tamper(db_path: Path, *statements: tuple[str, tuple]) -> None:
    """Change the file as another tool would: a separate connection, foreign keys off."""
    raw = sqlite3.connect(db_path)
    for sql, args in statements:
        raw.execute(sql, args)
    raw.commit()
    raw.close()


def found(services: Services) -> list[tuple[str, str | None]]:
    return [(p.template, p.params.get("fields")) for p in services.lifecycle.verify()]


TAMPERING: dict[str, tuple[Callable[[int], list[tuple[str, tuple]]], str]] = {
    "signatory renamed": (
        lambda m: [("UPDATE signatory SET name = 'कोई और' WHERE meeting_id = ?", (m,))],
        "signatories",
    ),
    "signatory added": (
        lambda m: [
            (
                "INSERT INTO signatory (uuid, meeting_id, name, designation, position) "
                "VALUES ('f00dfeedf00dfeedf00dfeedf00dfeed', ?, 'नया', '', 9)",
                (m,),
            )
        ],
        "signatories",
    ),
    "signatory removed": (
        lambda m: [("DELETE FROM signatory WHERE meeting_id = ? AND position = 1", (m,))],
        "signatories",
    ),
    "signing date changed": (
        lambda m: [("UPDATE meeting SET signed_on = '2024-07-30' WHERE id = ?", (m,))],
        "signed_on",
    ),
    "scan deleted": (
        lambda m: [("DELETE FROM attachment WHERE meeting_id = ?", (m,))],
        "scans",
    ),
    "scan replaced with its checksum": (
        lambda m: [
            (
                "UPDATE attachment SET content = ?, sha256 = ? WHERE meeting_id = ?",
                (b"forged", digest_bytes(b"forged"), m),
            )
        ],
        "scans",
    ),
    "audit rows deleted": (
        lambda m: [
            (
                "DELETE FROM audit_entry WHERE action = 'sign' AND entity_uuid = "
                "(SELECT entity_uuid FROM audit_entry WHERE action = 'finalise')",
                (),
            )
        ],
        "audit",
    ),
    "status back to final": (
        lambda m: [("UPDATE meeting SET status = 'final' WHERE id = ?", (m,))],
        "status",
    ),
    "status back to draft": (
        lambda m: [("UPDATE meeting SET status = 'draft' WHERE id = ?", (m,))],
        "status",
    ),
    "venue changed": (
        lambda m: [("UPDATE meeting SET venue = 'कहीं और' WHERE id = ?", (m,))],
        "meeting.venue",
    ),
    "attendance marked absent": (
        lambda m: [("UPDATE attendance SET status = 'absent' WHERE meeting_id = ?", (m,))],
        "attendance",
    ),
    "copy-to added": (
        lambda m: [
            (
                "INSERT INTO copy_recipient (uuid, meeting_id, position, recipient) "
                "VALUES ('beadfacebeadfacebeadfacebeadface', ?, 5, 'अतिरिक्त प्रति')",
                (m,),
            )
        ],
        "copy_to",
    ),
}


def digest_bytes(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize("case", TAMPERING, ids=list(TAMPERING))
def test_each_change_to_signed_minutes_is_named(
    services: Services, signed: Meeting, db_path: Path, case: str
) -> None:
    statements, field = TAMPERING[case]
    tamper(db_path, *statements(signed.id))
    problems = services.lifecycle.verify()
    assert (MSG_SEALED_CHANGED, field) in found(services), found(services)
    changed = next(p for p in problems if p.template == MSG_SEALED_CHANGED)
    assert changed.meeting_id == signed.id and changed.params["reference"] == signed.reference_no


def test_a_decision_edited_with_the_hash_recomputed_is_caught(
    services: Services, signed: Meeting, db_path: Path
) -> None:
    tamper(db_path, ("UPDATE agenda_item SET decision = 'बदला' WHERE meeting_id = ?", (signed.id,)))
    recomputed = digest(minutes_content(services.meetings.meeting(signed.id)))
    tamper(db_path, ("UPDATE meeting SET content_hash = ? WHERE id = ?", (recomputed, signed.id)))
    assert sorted(found(services)) == sorted(
        [(MSG_SEALED_CHANGED, "agenda"), (MSG_SEAL_MISMATCH, None)]
    )


def test_a_deleted_meeting_and_forged_final_minutes_are_reported(
    services: Services, signed: Meeting, setup, db_path: Path
) -> None:
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 8, 5), [])
    tamper(
        db_path,
        ("DELETE FROM meeting WHERE id = ?", (signed.id,)),
        ("UPDATE meeting SET status = 'final', reference_no = 'X/1' WHERE id = ?", (draft.id,)),
    )
    problems = services.lifecycle.verify()
    assert [p.template for p in problems] == [MSG_SEALED_DELETED, MSG_NEVER_SEALED]
    assert problems[0].params["reference"] == signed.reference_no
    assert problems[1].meeting_id == draft.id


def test_ledger_entries_changed_removed_or_reordered_break_the_chain(
    services: Services, signed: Meeting, setup, db_path: Path
) -> None:
    _, series, _ = setup
    other = meeting(services, series, dt.date(2024, 8, 5), [])
    services.lifecycle.finalise(other.id)
    # Entries: 1 finalise, 2 sign, 3 scan (signed); 4 finalise (other).
    assert [e.event for e in LedgerEntry.select().order_by(LedgerEntry.position)] == [
        "finalise",
        "sign",
        "scan",
        "finalise",
    ]
    tamper(db_path, ("UPDATE ledger_entry SET operator = 'कोई' WHERE position = 1", ()))
    assert [t for t, _ in found(services)] == [MSG_LEDGER_CHANGED]
    # The event is named in the reader's language, not by its stored code.
    (changed,) = services.lifecycle.verify()
    hindi = changed.localise(lambda context, text: translate(context, text, "hi"))
    assert "अंतिम किया जाना" in hindi and "finalise" not in hindi

    tamper(db_path, ("DELETE FROM ledger_entry WHERE position = 2", ()))
    problems = services.lifecycle.verify()
    assert [p.template for p in problems] == [MSG_LEDGER_CHANGED, MSG_LEDGER_GAP]
    assert (problems[1].params["first"], problems[1].params["last"]) == (2, 2)

    # Swapping the positions of the last two: each now follows the wrong entry.
    tamper(
        db_path,
        ("UPDATE ledger_entry SET position = -3 WHERE position = 3", ()),
        ("UPDATE ledger_entry SET position = 3 WHERE position = 4", ()),
        ("UPDATE ledger_entry SET position = 4 WHERE position = -3", ()),
    )
    templates = [p.template for p in services.lifecycle.verify()]
    assert MSG_LEDGER_BROKEN in templates


def test_every_problem_is_reported_in_one_run(
    services: Services, signed: Meeting, setup, db_path: Path
) -> None:
    _, series, _ = setup
    other = meeting(services, series, dt.date(2024, 8, 5), [])
    services.lifecycle.finalise(other.id)
    tamper(
        db_path,
        ("UPDATE meeting SET venue = 'क' WHERE id = ?", (signed.id,)),
        ("UPDATE agenda_item SET title = 'ख' WHERE meeting_id = ?", (other.id,)),
        ("UPDATE attachment SET content = ? WHERE meeting_id = ?", (b"x", signed.id)),
    )
    problems = services.lifecycle.verify()
    assert {(p.template, p.params.get("fields")) for p in problems} >= {
        (MSG_SEALED_CHANGED, "meeting.venue"),
        (MSG_SEALED_CHANGED, "agenda"),
    }
    assert any("signed.pdf" in str(p) for p in problems)


def test_legitimate_work_after_sealing_keeps_the_chain_clean(
    services: Services, signed: Meeting, setup
) -> None:
    """Later reviews of its items, an ordinary attachment and an amendment change nothing the
    seal covers."""
    _, series, _ = setup
    meeting(services, series, dt.date(2024, 8, 5), [], {"गश्त बढ़ाई जाए": "done"})
    services.lifecycle.attach(signed.id, "notes.txt", b"notes")
    amendment = services.lifecycle.amend(signed.id, "नाम की वर्तनी")
    services.lifecycle.finalise(amendment.id)
    assert services.lifecycle.verify() == []
    events = [e.event for e in services.ledger.entries(str(signed.uuid))]
    assert events == ["finalise", "sign", "scan", "amend"]


def _pre_ledger_copy(template: Path, target: Path) -> int:
    """A copy of the demo as a version before the ledger left it: no ledger table, the content
    hashes of that version; one final meeting changed before the upgrade. Its id."""
    target.write_bytes(template.read_bytes())
    database = open_database(target)
    frozen = list(Meeting.select().where(Meeting.status != "draft"))
    for row in frozen:
        Meeting.update(content_hash=digest(minutes_content(row))).where(
            Meeting.id == row.id
        ).execute()
    database.execute_sql("DROP TABLE ledger_entry")
    database.execute_sql("DELETE FROM schema_migration WHERE name = '0004_ledger'")
    database.execute_sql("UPDATE meeting SET venue = 'पहले बदला' WHERE id = ?", (frozen[0].id,))
    database.close()
    return frozen[0].id


def test_an_upgrade_seals_the_minutes_already_final(demo_template: Path, tmp_path: Path) -> None:
    changed_id = _pre_ledger_copy(demo_template, tmp_path / "old.sqlite3")
    database = open_database(tmp_path / "old.sqlite3")
    services = Services(database)
    frozen = Meeting.select().where(Meeting.status != "draft").count()
    assert LedgerEntry.select().where(LedgerEntry.event == "adopt").count() == frozen - 1
    problems = services.lifecycle.verify()
    assert [(p.template, p.meeting_id) for p in problems] == [(MSG_NEVER_SEALED, changed_id)]
    database.close()


def test_an_archive_from_before_the_ledger_is_sealed_on_import(
    demo: Services, tmp_path: Path
) -> None:
    archive = export_archive(demo.ctx.database)
    assert archive["tables"]["ledger_entry"]
    for row in archive["tables"]["meeting"]:
        if row["status"] != "draft":
            stored = Meeting.get(Meeting.uuid == row["uuid"])
            row["content_hash"] = digest(minutes_content(stored))
    del archive["tables"]["ledger_entry"]
    demo.ctx.database.close()
    database = open_database(tmp_path / "imported.sqlite3")
    import_archive(database, archive)
    services = Services(database)
    assert services.lifecycle.verify() == []
    assert LedgerEntry.select().count() == (
        Meeting.select().where(Meeting.status != "draft").count()
    )
    database.close()
