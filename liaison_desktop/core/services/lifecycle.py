"""Draft → final → signed, and amendments: minutes that are a record of fact cannot change silently.

- ``finalise`` freezes a draft: it gets a reference number (office prefix / series / year / serial)
  and a SHA-256 hash over a canonical serialisation of its content.
- ``sign`` records who signed and when; the scanned signed copy can be attached with its checksum.
- A final or signed meeting is never edited. ``amend`` starts a new draft version linked to it with
  a reason; the original stays readable and printable.
- ``verify`` recomputes every stored hash (and attachment checksum) and names what no longer
  matches, e.g. a row changed with an SQLite tool outside the application.

Action items are tracked work with their own history, so they keep their identity across versions:
an amendment shows the items raised at the original meeting and may add new ones, but does not copy
them (a copy would split an item's review history in two).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from peewee import fn

from liaison_desktop.core import vocab
from liaison_desktop.core.attachments import AttachmentFile, check_attachment, read_attachment
from liaison_desktop.core.errors import (
    MSG_REQUIRED,
    LiaisonError,
    StateError,
    Tr,
    ValidationError,
)
from liaison_desktop.core.models import (
    ActionReview,
    AgendaItem,
    Attachment,
    Attendance,
    Meeting,
    OfficeProfile,
    Signatory,
)
from liaison_desktop.core.records import AgendaLine, AttendanceLine, MeetingDraft, new_uuid
from liaison_desktop.core.seal import root_of
from liaison_desktop.core.services.audit import AuditService
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.ledger import (
    EVENT_AMEND,
    EVENT_FINALISE,
    EVENT_SCAN,
    EVENT_SIGN,
    LedgerService,
)
from liaison_desktop.core.services.meetings import MeetingService
from liaison_desktop.core.validation import text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

LineT = TypeVar("LineT", AttendanceLine, AgendaLine)

F_SIGNATORY = QT_TRANSLATE_NOOP("Field", "Signatory")
F_SIGNED_ON = QT_TRANSLATE_NOOP("Field", "Signed on")
F_REASON = QT_TRANSLATE_NOOP("Field", "Reason for the amendment")

MSG_WRONG_STATE = QT_TRANSLATE_NOOP(
    "LiaisonError", "Meeting “{title}” is {status}; this needs a meeting that is {needed}."
)
MSG_NO_CHAIR = QT_TRANSLATE_NOOP(
    "LiaisonError", "Before the minutes are made final, name who chaired the meeting."
)
MSG_NO_AGENDA = QT_TRANSLATE_NOOP(
    "LiaisonError", "Before the minutes are made final, record at least one agenda point."
)
MSG_ATTENDANCE_OPEN = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Before the minutes are made final, mark every invitee present, absent or represented "
    "({count} still only invited, e.g. “{name}”).",
)
MSG_NO_SIGNATORY = QT_TRANSLATE_NOOP("LiaisonError", "Name at least one person who signed.")
MSG_SIGNED_BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "LiaisonError", "The minutes cannot be signed on {signed} before the meeting on {date}."
)
MSG_SIGNED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "LiaisonError", "The signing date {signed} is in the future."
)
MSG_NOT_LATEST = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Meeting “{title}” already has a newer version ({newer}); amend the latest version instead.",
)
MSG_ATTACHMENT_CHANGED = QT_TRANSLATE_NOOP(
    "LiaisonError", "Meeting “{title}”: the attached file “{name}” no longer matches its checksum."
)
NEEDED_DRAFT = QT_TRANSLATE_NOOP("LiaisonError", "a draft")
NEEDED_FINAL = QT_TRANSLATE_NOOP("LiaisonError", "final")
NEEDED_FINAL_OR_SIGNED = QT_TRANSLATE_NOOP("LiaisonError", "final or signed")
NEEDED_SIGNED = QT_TRANSLATE_NOOP("LiaisonError", "signed")


@dataclass(frozen=True)
class SignatoryLine:
    name: str
    designation: str = ""
    person_id: int | None = None


class LifecycleService:
    def __init__(
        self,
        ctx: ServiceContext,
        audit: AuditService,
        meetings: MeetingService,
        ledger: LedgerService,
    ) -> None:
        self.ctx = ctx
        self.audit = audit
        self.meetings = meetings
        self.ledger = ledger

    # Transitions ------------------------------------------------------------------------------

    def finalise(self, ref: int | str) -> Meeting:
        """Freeze a draft: check it is complete, number it, hash it."""
        with self.ctx.atomic():
            meeting = self._locked(ref)
            self._require(meeting, (vocab.MeetingStatus.DRAFT,), NEEDED_DRAFT)
            self._check_complete(meeting)
            reference = self._reference_number(meeting)
            Meeting.update(
                status=vocab.MeetingStatus.FINAL.value,
                reference_no=reference,
                finalised_at=self.ctx.now(),
                updated_at=self.ctx.now(),
            ).where(Meeting.id == meeting.id).execute()
            # The reviews this meeting recorded now count (in a draft they were proposals).
            for review in ActionReview.select().where(ActionReview.meeting == meeting):
                self.meetings.refresh_action_status(review.action_id)
            self.meetings.notify_saved(meeting.id)
            self.audit.record("finalise", meeting, meeting.title, {"reference_no": reference})
            self.ledger.append(EVENT_FINALISE, meeting)
        return self.meetings.meeting(meeting.id)

    def _check_complete(self, meeting: Meeting) -> None:
        if not meeting.chair_name.strip():
            raise ValidationError(MSG_NO_CHAIR, field="Chair")
        if not AgendaItem.select().where(AgendaItem.meeting == meeting).exists():
            raise ValidationError(MSG_NO_AGENDA)
        undecided = list(
            Attendance.select().where(
                (Attendance.meeting == meeting)
                & (Attendance.status == vocab.AttendanceStatus.INVITED.value)
            )
        )
        if undecided:
            raise ValidationError(MSG_ATTENDANCE_OPEN, count=len(undecided), name=undecided[0].name)

    def _reference_number(self, meeting: Meeting) -> str:
        """``PREFIX/SERIES/YEAR/NNN``; an amendment takes its original's number plus ``/A<n>``."""
        if meeting.amends_id is not None:
            root = self.root(meeting)
            return f"{root.reference_no}/A{len(self.versions(root)) - 1}"
        profile = OfficeProfile.select().first()
        prefix = profile.reference_prefix if profile and profile.reference_prefix else "LD"
        series = meeting.series
        code = series.code or f"S{series.id}"
        year = meeting.meeting_date.year
        stem = f"{prefix}/{code}/{year}/"
        taken = (
            Meeting.select(fn.COUNT(Meeting.id))
            .where(Meeting.reference_no.startswith(stem) & Meeting.amends.is_null())
            .scalar()
        )
        return f"{stem}{taken + 1:03d}"

    def sign(
        self,
        ref: int | str,
        signed_on: dt.date | None,
        signatories: list[SignatoryLine],
        scan: AttachmentFile | None = None,
    ) -> Meeting:
        """Record who signed and when, with the signed scan when given (read and checked by the
        caller, ``read_attachment``), in one transaction sealed once."""
        lines = [
            (
                text_field(s.name, F_SIGNATORY, required=True),
                text_field(s.designation, F_SIGNATORY),
                s,
            )
            for s in signatories
            if (s.name or "").strip()
        ]
        if not lines:
            raise ValidationError(MSG_NO_SIGNATORY, field=F_SIGNATORY)
        if scan is not None:
            scan = check_attachment(scan.name, scan.content, vocab.AttachmentKind.SIGNED_COPY)
        with self.ctx.atomic():
            meeting = self._locked(ref)
            self._require(meeting, (vocab.MeetingStatus.FINAL,), NEEDED_FINAL)
            self._check_signing_date(meeting, signed_on)
            for position, (name, designation, line) in enumerate(lines):
                Signatory.create(
                    meeting=meeting,
                    person=line.person_id,
                    name=name,
                    designation=designation,
                    position=position,
                )
            Meeting.update(
                status=vocab.MeetingStatus.SIGNED.value,
                signed_on=signed_on,
                updated_at=self.ctx.now(),
            ).where(Meeting.id == meeting.id).execute()
            self.meetings.notify_saved(meeting.id)
            self.audit.record(
                "sign",
                meeting,
                meeting.title,
                {"signed_on": signed_on, "signatories": [name for name, _, _ in lines]},
            )
            if scan is not None:
                self._store(meeting, scan, vocab.AttachmentKind.SIGNED_COPY)
            self.ledger.append(EVENT_SIGN, meeting)
        return self.meetings.meeting(meeting.id)

    def _check_signing_date(self, meeting: Meeting, signed_on: dt.date | None) -> None:
        if signed_on is None:
            raise ValidationError(MSG_REQUIRED, field=F_SIGNED_ON, label=F_SIGNED_ON)
        if signed_on < meeting.meeting_date:
            raise ValidationError(
                MSG_SIGNED_BEFORE_MEETING,
                field=F_SIGNED_ON,
                signed=signed_on.strftime("%d-%m-%Y"),
                date=meeting.meeting_date.strftime("%d-%m-%Y"),
            )
        if signed_on > self.ctx.today():
            raise ValidationError(
                MSG_SIGNED_IN_FUTURE, field=F_SIGNED_ON, signed=signed_on.strftime("%d-%m-%Y")
            )

    def default_signatories(self, ref: int | str) -> list[SignatoryLine]:
        """The chair, then the recorder: who usually signs."""
        meeting = self.meetings.meeting(ref)
        lines = [
            SignatoryLine(meeting.chair_name, meeting.chair_designation, meeting.chair_id),
            SignatoryLine(
                meeting.recorded_by_name, meeting.recorded_by_designation, meeting.recorded_by_id
            ),
        ]
        return [line for line in lines if line.name]

    def signatories(self, ref: int | str) -> list[Signatory]:
        meeting = self.meetings.meeting(ref)
        return list(
            Signatory.select().where(Signatory.meeting == meeting).order_by(Signatory.position)
        )

    def amend(self, ref: int | str, reason: str) -> MeetingDraft:
        """Start a correction: a new draft version of a final or signed meeting, with a reason."""
        reason = text_field(reason, F_REASON, required=True, multiline=True)
        with self.ctx.atomic():
            original = self._locked(ref)
            self._require(
                original,
                (vocab.MeetingStatus.FINAL, vocab.MeetingStatus.SIGNED),
                NEEDED_FINAL_OR_SIGNED,
            )
            newer = self.latest_version(original)
            if newer.id != original.id:
                raise StateError(
                    MSG_NOT_LATEST, title=original.title, newer=newer.reference_no or newer.id
                )
            source = self.meetings.load(original.id)
            version = Meeting.create(
                series=original.series,
                number=original.number,
                title=original.title,
                meeting_date=original.meeting_date,
                start_time=original.start_time,
                end_time=original.end_time,
                venue=original.venue,
                chair=original.chair,
                chair_name=original.chair_name,
                chair_designation=original.chair_designation,
                recorded_by=original.recorded_by,
                recorded_by_name=original.recorded_by_name,
                recorded_by_designation=original.recorded_by_designation,
                language=original.language,
                notes=original.notes,
                amends=original,
                amendment_reason=reason,
                created_at=self.ctx.now(),
                updated_at=self.ctx.now(),
            )
            self.audit.record(
                "amend", version, version.title, {"amends": str(original.uuid), "reason": reason}
            )
            self.audit.record(
                "amended_by", original, original.title, {"version": str(version.uuid)}
            )
            self.ledger.append(EVENT_AMEND, original)
        draft = self.meetings.load(version.id)
        # Content lines are copied with new identities; action items stay with the original.
        draft.attendance = [_renewed(line) for line in source.attendance]
        draft.agenda = [_renewed(line) for line in source.agenda]
        draft.reviews = list(source.reviews)
        draft.copy_to = list(source.copy_to)
        return self.meetings.save(draft)

    # Versions ---------------------------------------------------------------------------------

    def root(self, meeting: Meeting) -> Meeting:
        """The original meeting of an amendment chain."""
        return root_of(meeting)

    def versions(self, meeting: Meeting | int | str) -> list[Meeting]:
        """The original and every amendment, oldest first."""
        if not isinstance(meeting, Meeting):
            meeting = self.meetings.meeting(meeting)
        chain = [self.root(meeting)]
        while (nxt := Meeting.get_or_none(Meeting.amends == chain[-1].id)) is not None:
            chain.append(nxt)
        return chain

    def latest_version(self, meeting: Meeting | int | str) -> Meeting:
        return self.versions(meeting)[-1]

    # Attachments ------------------------------------------------------------------------------

    def attach(
        self,
        ref: int | str,
        filename: str,
        content: bytes,
        kind: str = vocab.AttachmentKind.DOCUMENT,
    ) -> Attachment:
        """Keep a file with a meeting (inside the database) with its SHA-256; a signed copy (a
        PDF, JPEG or PNG scan) only on signed minutes, and it is sealed with them."""
        return self.attach_checked(ref, check_attachment(filename, content, kind), kind)

    def attach_file(
        self, ref: int | str, path: Path, kind: str = vocab.AttachmentKind.DOCUMENT
    ) -> Attachment:
        return self.attach_checked(ref, read_attachment(path, kind), kind)

    def attach_checked(self, ref: int | str, file: AttachmentFile, kind: str) -> Attachment:
        with self.ctx.atomic():
            meeting = self._locked(ref)
            if kind == vocab.AttachmentKind.SIGNED_COPY:
                self._require(meeting, (vocab.MeetingStatus.SIGNED,), NEEDED_SIGNED)
            attachment = self._store(meeting, file, kind)
            if kind == vocab.AttachmentKind.SIGNED_COPY:
                self.ledger.append(EVENT_SCAN, meeting)
        return attachment

    def _store(self, meeting: Meeting, file: AttachmentFile, kind: str) -> Attachment:
        digest = hashlib.sha256(file.content).hexdigest()
        attachment = Attachment.create(
            meeting=meeting,
            kind=str(kind),
            filename=file.name,
            mime_type=file.mime_type,
            size=len(file.content),
            sha256=digest,
            content=file.content,
            added_at=self.ctx.now(),
        )
        self.audit.record("attach", meeting, file.name, {"kind": str(kind), "sha256": digest})
        return attachment

    # Verification -----------------------------------------------------------------------------

    def verify(self) -> list[LiaisonError]:
        """What the ledger proves changed (see ``LedgerService.verify``), then every attachment
        whose bytes no longer match their checksum."""
        problems: list[LiaisonError] = list(self.ledger.verify())
        for attachment in (
            Attachment.select(Attachment, Meeting).join(Meeting).order_by(Attachment.id)
        ):
            if hashlib.sha256(bytes(attachment.content)).hexdigest() != attachment.sha256:
                problems.append(
                    StateError(
                        MSG_ATTACHMENT_CHANGED,
                        title=attachment.meeting.title,
                        name=attachment.filename,
                    )
                )
        return problems

    def _locked(self, ref: int | str) -> Meeting:
        """The meeting, read inside the current write transaction (locked on PostgreSQL), so the
        state a change checks is the state it changes."""
        meeting = self.meetings.meeting(ref)
        return self.ctx.locked(Meeting.select().where(Meeting.id == meeting.id)).get()

    def _require(
        self, meeting: Meeting, allowed: tuple[vocab.MeetingStatus, ...], needed: str
    ) -> None:
        if meeting.status not in allowed:
            raise StateError(
                MSG_WRONG_STATE,
                title=meeting.title,
                status=vocab.MeetingStatus(meeting.status).tr_label,
                needed=Tr("LiaisonError", needed),
            )


def _iso(value: dt.date | dt.time | None) -> str | None:
    return value.isoformat() if value else None


def _renewed(line: LineT) -> LineT:
    """A copy of a draft line with a fresh UUID (the original row keeps its own)."""
    return replace(line, uuid=new_uuid())
