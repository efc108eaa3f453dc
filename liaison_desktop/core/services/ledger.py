"""The ledger: an append-only hash chain of the seals of final and signed minutes.

Every time minutes are made final, signed, given their signed scan or amended, an entry records
the meeting's seal and the digest of each sealed part (``core/seal.py``), and its own hash covers
all of that plus the previous entry's hash, as in Certificate Transparency or git. ``verify``
walks the chain and then compares every sealed meeting with its latest entry, reporting every
problem it finds (never stopping at the first): a changed, removed or reordered entry; a sealed
meeting changed (naming the fields), deleted or set back to draft; minutes final or signed that
were never sealed. What the chain cannot see from inside — the newest entries removed together
with what they sealed, or everything recomputed — the chain head printed on papers and kept
with backups catches (see ``docs/safety.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peewee import fn

from liaison_desktop.core import vocab
from liaison_desktop.core.anchor import PaperAnchor
from liaison_desktop.core.errors import StateError, Tr
from liaison_desktop.core.models import AuditEntry, LedgerEntry, Meeting
from liaison_desktop.core.seal import (
    SEAL_VERSION,
    digest,
    minutes_content,
    seal_parts,
    sealed_content,
)
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

GENESIS = "0" * 64  # the "previous" of the first entry

EVENT_FINALISE = "finalise"
EVENT_SIGN = "sign"
EVENT_SCAN = "scan"
EVENT_AMEND = "amend"
EVENT_ADOPT = "adopt"  # sealed at the upgrade that introduced the ledger
# How an event is named in a message (the stored names are codes).
EVENT_LABELS = {
    EVENT_FINALISE: QT_TRANSLATE_NOOP("LedgerEvent", "made final"),
    EVENT_SIGN: QT_TRANSLATE_NOOP("LedgerEvent", "signature"),
    EVENT_SCAN: QT_TRANSLATE_NOOP("LedgerEvent", "signed copy"),
    EVENT_AMEND: QT_TRANSLATE_NOOP("LedgerEvent", "amendment"),
    EVENT_ADOPT: QT_TRANSLATE_NOOP("LedgerEvent", "sealing at the upgrade"),
}

def event_label(event: str) -> Tr | str:
    """The event's name for a message; an unknown code (a forged entry) as it is."""
    label = EVENT_LABELS.get(event)
    return Tr("LedgerEvent", label) if label else event


MSG_LEDGER_GAP = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The ledger of sealed minutes lacks entries {first}–{last}: they were deleted.",
)
MSG_LEDGER_BROKEN = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Ledger entry {position} does not follow the entry before it: entries were removed, "
    "inserted or reordered.",
)
MSG_LEDGER_CHANGED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Ledger entry {position} ({event} of “{reference}”) was changed after it was written.",
)
MSG_SEALED_DELETED = QT_TRANSLATE_NOOP(
    "LiaisonError", "Sealed minutes “{reference}” were deleted from the database."
)
MSG_SEALED_CHANGED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Minutes “{title}” ({reference}): changed since they were sealed on {sealed}: {fields}.",
)
MSG_SEAL_MISMATCH = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Minutes “{title}” ({reference}): the seal stored with the meeting is not the ledger's.",
)
MSG_NEVER_SEALED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Minutes “{title}” ({reference}) are {status} but were never sealed: the status was set "
    "outside the application.",
)
MSG_PAPER_UNKNOWN = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The paper's minutes (sealed as ledger entry {position}) are not in this database's ledger.",
)
MSG_PAPER_ENTRY_MISSING = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The paper names ledger entry {position}, which this database lacks: the ledger was cut "
    "short or replaced.",
)
MSG_PAPER_ENTRY_DIFFERS = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Ledger entry {position} is not the one printed on the paper “{reference}”: the ledger was "
    "rewritten.",
)
MSG_PAPER_HEAD_DIFFERS = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "When the paper “{reference}” was printed the ledger ended at entry {position}; this "
    "database's entry {position} is different or missing: the ledger was rewritten.",
)


@dataclass(frozen=True)
class PaperCheck:
    """What ``check_paper`` found: problems, and the later entry when the paper shows minutes
    that were signed, given a scan or amended after it was printed (not a problem)."""

    anchor: PaperAnchor
    reference: str
    problems: list[TamperError]
    superseded_by: LedgerEntry | None


class TamperError(StateError):
    """Something the ledger proves was changed outside the application; ``meeting_id`` names
    the meeting when it still exists."""

    def __init__(self, template: str, meeting_id: int | None = None, **params: Any) -> None:
        super().__init__(template, meeting_id=meeting_id, **params)
        self.meeting_id = meeting_id


class LedgerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # Writing ----------------------------------------------------------------------------------

    def append(self, event: str, meeting: Meeting) -> LedgerEntry:
        """Seal ``meeting`` as it is now and chain the seal; call inside the transaction of the
        change. The meeting's ``content_hash`` becomes the seal."""
        meeting = Meeting.get_by_id(meeting.id)
        last = LedgerEntry.select().order_by(LedgerEntry.position.desc()).first()
        audit_through = (
            AuditEntry.select(fn.MAX(AuditEntry.id))
            .where(AuditEntry.entity_uuid == str(meeting.uuid))
            .scalar()
            or 0
        )
        content = sealed_content(meeting, audit_through)
        values: dict[str, Any] = {
            "position": (last.position if last else 0) + 1,
            "recorded_at": self.ctx.now(),
            "operator": self.ctx.operator,
            "event": event,
            "meeting_uuid": str(meeting.uuid),
            "reference_no": meeting.reference_no,
            "seal_version": SEAL_VERSION,
            "seal": digest(content),
            "parts": json.dumps(seal_parts(content), sort_keys=True, separators=(",", ":")),
            "audit_through": audit_through,
            "previous": last.entry_hash if last else GENESIS,
        }
        entry = LedgerEntry.create(**values, entry_hash=entry_digest(values))
        Meeting.update(content_hash=entry.seal).where(Meeting.id == meeting.id).execute()
        return entry

    def adopt_unsealed(self) -> int:
        """Seal, as "adopt" entries, the final and signed meetings that have no entry yet and
        still match the content hash stored before the ledger existed; the number sealed.
        Meetings that no longer match stay unsealed, and ``verify`` reports them."""
        sealed = {uuid for (uuid,) in LedgerEntry.select(LedgerEntry.meeting_uuid).tuples()}
        frozen = Meeting.select().where(Meeting.status != vocab.MeetingStatus.DRAFT.value)
        adopted = 0
        with self.ctx.atomic():
            for meeting in frozen.order_by(Meeting.finalised_at, Meeting.id):
                if str(meeting.uuid) in sealed or not meeting.content_hash:
                    continue
                if digest(minutes_content(meeting)) == meeting.content_hash:
                    self.append(EVENT_ADOPT, meeting)
                    adopted += 1
        return adopted

    # Reading ----------------------------------------------------------------------------------

    def head(self) -> tuple[int, str]:
        """The chain's newest position and hash (``0`` and ``GENESIS`` when empty)."""
        last = LedgerEntry.select().order_by(LedgerEntry.position.desc()).first()
        return (last.position, last.entry_hash) if last else (0, GENESIS)

    def anchor(self, meeting_uuid: str) -> PaperAnchor | None:
        """What a paper of this meeting prints: its latest seal and entry, and the head now;
        ``None`` for minutes never sealed (drafts)."""
        latest = (
            LedgerEntry.select()
            .where(LedgerEntry.meeting_uuid == meeting_uuid)
            .order_by(LedgerEntry.position.desc())
            .first()
        )
        if latest is None:
            return None
        head_position, head_hash = self.head()
        return PaperAnchor(
            meeting_uuid=meeting_uuid,
            seal=latest.seal,
            entry_position=latest.position,
            entry_hash=latest.entry_hash,
            head_position=head_position,
            head_hash=head_hash,
        )

    def entries(self, meeting_uuid: str) -> list[LedgerEntry]:
        return list(
            LedgerEntry.select()
            .where(LedgerEntry.meeting_uuid == meeting_uuid)
            .order_by(LedgerEntry.position)
        )

    # Verification -----------------------------------------------------------------------------

    def verify(self) -> list[TamperError]:
        """Every break in the chain, then every sealed meeting that differs from its latest
        entry, then every final or signed meeting without an entry."""
        problems: list[TamperError] = []
        latest: dict[str, LedgerEntry] = {}
        expected_position, previous = 1, GENESIS
        for entry in LedgerEntry.select().order_by(LedgerEntry.position):
            if entry.position != expected_position:
                problems.append(
                    TamperError(MSG_LEDGER_GAP, first=expected_position, last=entry.position - 1)
                )
            elif entry.previous != previous:
                problems.append(TamperError(MSG_LEDGER_BROKEN, position=entry.position))
            if entry_digest(_stored_values(entry)) != entry.entry_hash:
                problems.append(
                    TamperError(
                        MSG_LEDGER_CHANGED,
                        position=entry.position,
                        event=event_label(entry.event),
                        reference=entry.reference_no or entry.meeting_uuid,
                    )
                )
            expected_position, previous = entry.position + 1, entry.entry_hash
            latest[entry.meeting_uuid] = entry
        meetings = {str(m.uuid): m for m in Meeting.select()}
        for meeting_uuid, entry in latest.items():
            meeting = meetings.get(meeting_uuid)
            if meeting is None:
                problems.append(
                    TamperError(MSG_SEALED_DELETED, reference=entry.reference_no or meeting_uuid)
                )
                continue
            problems += self._compare(meeting, entry)
        for meeting_uuid, meeting in meetings.items():
            if meeting.status != vocab.MeetingStatus.DRAFT and meeting_uuid not in latest:
                problems.append(
                    TamperError(
                        MSG_NEVER_SEALED,
                        meeting_id=meeting.id,
                        title=meeting.title,
                        reference=meeting.reference_no or "—",
                        status=vocab.MeetingStatus(meeting.status).tr_label,
                    )
                )
        return problems

    def check_paper(self, anchor: PaperAnchor) -> PaperCheck:
        """Check a paper's anchor against this database: its entry and the head it saw must
        still be in the chain unchanged, and the meeting must still match its seal (when the
        paper's entry is the meeting's latest) — an attacker who recomputed every hash in the
        database cannot make them agree with paper that left the office."""
        entry = LedgerEntry.get_or_none(LedgerEntry.position == anchor.entry_position)
        reference = entry.reference_no if entry is not None else None
        problems: list[TamperError] = []
        if entry is None:
            problems.append(TamperError(MSG_PAPER_ENTRY_MISSING, position=anchor.entry_position))
        elif (entry.entry_hash, entry.seal, entry.meeting_uuid) != (
            anchor.entry_hash,
            anchor.seal,
            anchor.meeting_uuid,
        ):
            problems.append(
                TamperError(
                    MSG_PAPER_ENTRY_DIFFERS,
                    position=anchor.entry_position,
                    reference=reference or anchor.meeting_uuid,
                )
            )
        head = LedgerEntry.get_or_none(LedgerEntry.position == anchor.head_position)
        if head is None or head.entry_hash != anchor.head_hash:
            problems.append(
                TamperError(
                    MSG_PAPER_HEAD_DIFFERS,
                    position=anchor.head_position,
                    reference=reference or anchor.meeting_uuid,
                )
            )
        later = self.entries(anchor.meeting_uuid)
        if not later:
            problems.append(TamperError(MSG_PAPER_UNKNOWN, position=anchor.entry_position))
        superseded = later[-1] if later and later[-1].position > anchor.entry_position else None
        if later and superseded is None and not problems:
            meeting = Meeting.get_or_none(Meeting.uuid == anchor.meeting_uuid)
            if meeting is None:
                problems.append(TamperError(MSG_SEALED_DELETED, reference=reference))
            else:
                problems += self._compare(meeting, later[-1])
        return PaperCheck(anchor, reference or anchor.meeting_uuid, problems, superseded)

    def _compare(self, meeting: Meeting, entry: LedgerEntry) -> list[TamperError]:
        sealed = json.loads(entry.parts)
        now = seal_parts(sealed_content(meeting, entry.audit_through))
        changed = sorted(
            name for name in sealed.keys() | now.keys() if sealed.get(name) != now.get(name)
        )
        found: list[TamperError] = []
        details = {"title": meeting.title, "reference": entry.reference_no or "—"}
        if changed:
            found.append(
                TamperError(
                    MSG_SEALED_CHANGED,
                    meeting_id=meeting.id,
                    sealed=entry.recorded_at.strftime("%d-%m-%Y %H:%M"),
                    fields=", ".join(changed),
                    **details,
                )
            )
        if meeting.content_hash != entry.seal:
            found.append(TamperError(MSG_SEAL_MISMATCH, meeting_id=meeting.id, **details))
        return found


def entry_digest(values: dict[str, Any]) -> str:
    """The hash of an entry: every stored field but the hash itself, and the previous hash."""
    return digest({**values, "recorded_at": values["recorded_at"].isoformat()})


def _stored_values(entry: LedgerEntry) -> dict[str, Any]:
    names = (
        "position",
        "recorded_at",
        "operator",
        "event",
        "meeting_uuid",
        "reference_no",
        "seal_version",
        "seal",
        "parts",
        "audit_through",
        "previous",
    )
    return {name: getattr(entry, name) for name in names}
