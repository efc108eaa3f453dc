"""The seal of a meeting's minutes: one SHA-256 over everything that prints or proves.

``sealed_content`` is the meeting's minutes (attendance, agenda, actions, reviews, copy-to,
reference) plus its status, signatories, signing date and the checksums of its signed scans, and
the digest of its audit history up to the moment of sealing. ``seal_parts`` digests each part
(each meeting field on its own) so that a check can name exactly what changed. Qt-free; the
ledger (``services/ledger.py``) stores seals and their parts in a hash chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from liaison_desktop.core import vocab
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Attachment,
    Attendance,
    AuditEntry,
    CopyRecipient,
    Meeting,
    Signatory,
)

MINUTES_VERSION = 1  # the form of minutes_content; stored pre-ledger hashes used it
PART_DIGITS = 16
SEAL_VERSION = 2  # bump if sealed_content changes; every ledger entry says which form it used


def digest(value: Any) -> str:
    """SHA-256 of the canonical JSON of ``value`` (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def root_of(meeting: Meeting) -> Meeting:
    """The original meeting of an amendment chain."""
    while meeting.amends_id is not None:
        meeting = meeting.amends
    return meeting


def minutes_content(meeting: Meeting) -> dict[str, Any]:
    """Everything the minutes state, in a fixed order, with references as UUIDs.

    Excluded on purpose: timestamps, signing (it comes after the freeze) and the current status
    of action items (it changes with later reviews, not with these minutes). Its digest is the
    content hash stored before the ledger (``MINUTES_VERSION`` 1), checked when adopting.
    """
    root = root_of(meeting)

    def uid(value: Any) -> str | None:
        return str(value.uuid) if value is not None else None

    attendance = Attendance.select().where(Attendance.meeting == meeting)
    agenda = AgendaItem.select().where(AgendaItem.meeting == meeting)
    actions = ActionItem.select().where(ActionItem.origin_meeting.in_([root.id, meeting.id]))
    reviews = ActionReview.select(ActionReview, ActionItem).join(ActionItem)
    copy_to = CopyRecipient.select().where(CopyRecipient.meeting == meeting)
    return {
        "hash_version": MINUTES_VERSION,
        "meeting": {
            "uuid": str(meeting.uuid),
            "series": str(meeting.series.uuid),
            "number": meeting.number,
            "reference_no": meeting.reference_no,
            "title": meeting.title,
            "date": meeting.meeting_date.isoformat(),
            "start_time": _iso(meeting.start_time),
            "end_time": _iso(meeting.end_time),
            "venue": meeting.venue,
            "chair": [uid(meeting.chair), meeting.chair_name, meeting.chair_designation],
            "recorded_by": [
                uid(meeting.recorded_by),
                meeting.recorded_by_name,
                meeting.recorded_by_designation,
            ],
            "language": meeting.language,
            "notes": meeting.notes,
            "amends": uid(meeting.amends),
            "amendment_reason": meeting.amendment_reason,
        },
        "attendance": [
            [
                str(r.uuid),
                uid(r.person),
                r.name,
                r.designation,
                r.area,
                r.mobile,
                r.status,
                r.represented_by,
            ]
            for r in attendance.order_by(Attendance.position, Attendance.id)
        ],
        "agenda": [
            [str(r.uuid), r.title, r.discussion, r.decision]
            for r in agenda.order_by(AgendaItem.position, AgendaItem.id)
        ],
        "actions": [
            [
                str(r.uuid),
                str(r.origin_meeting.uuid),
                uid(r.agenda_item),
                r.description,
                r.category,
                uid(r.place),
                uid(r.responsible_person),
                r.responsible_body,
                _iso(r.due_date),
            ]
            for r in actions.order_by(ActionItem.origin_meeting, ActionItem.position, ActionItem.id)
        ],
        "reviews": [
            [str(r.action.uuid), r.status, r.remark]
            for r in reviews.where(ActionReview.meeting == meeting).order_by(
                ActionReview.position, ActionReview.id
            )
        ],
        "copy_to": [
            r.recipient for r in copy_to.order_by(CopyRecipient.position, CopyRecipient.id)
        ],
    }


def sealed_content(meeting: Meeting, audit_through: int) -> dict[str, Any]:
    """What the seal covers: the minutes, their status and signing, the signed scans'
    checksums, and the meeting's audit entries up to id ``audit_through``."""
    content = minutes_content(meeting)
    del content["hash_version"]
    signatories = Signatory.select().where(Signatory.meeting == meeting)
    scans = Attachment.select(Attachment.uuid, Attachment.filename, Attachment.sha256).where(
        (Attachment.meeting == meeting)
        & (Attachment.kind == vocab.AttachmentKind.SIGNED_COPY.value)
    )
    audit = AuditEntry.select().where(
        (AuditEntry.entity_uuid == str(meeting.uuid)) & (AuditEntry.id <= audit_through)
    )
    return {
        "seal_version": SEAL_VERSION,
        **content,
        "status": meeting.status,
        "signed_on": _iso(meeting.signed_on),
        "signatories": [
            [str(s.person.uuid) if s.person_id else None, s.name, s.designation]
            for s in signatories.order_by(Signatory.position, Signatory.id)
        ],
        "scans": [[str(a.uuid), a.filename, a.sha256] for a in scans.order_by(Attachment.id)],
        "audit": [
            [a.id, _iso(a.timestamp), a.operator, a.action, a.details]
            for a in audit.order_by(AuditEntry.id)
        ],
    }


def seal_parts(content: dict[str, Any]) -> dict[str, str]:
    """A short digest per part of ``sealed_content``: ``meeting.<field>`` for each meeting field,
    then ``attendance``, ``agenda``, ``actions``, ``reviews``, ``copy_to``, ``status``,
    ``signed_on``, ``signatories``, ``scans``, ``audit``."""
    parts: dict[str, str] = {}
    for key, value in content.items():
        if key == "meeting":
            parts |= {f"meeting.{name}": _part(field) for name, field in value.items()}
        elif key != "seal_version":
            parts[key] = _part(value)
    return parts


def _part(value: Any) -> str:
    """64 bits of a part's digest: enough to name which part changed (the full seal and the
    chain prove that something did); the whole digest would double the ledger's size."""
    return digest(value)[:PART_DIGITS]


def _iso(value: dt.date | dt.time | None) -> str | None:
    return value.isoformat() if value else None
