"""The minutes (कार्यवृत्त): the record of one meeting, printed for the chair's signature."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from liaison_desktop.core import vocab
from liaison_desktop.core.anchor import PaperAnchor
from liaison_desktop.core.dates import format_date
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports import layout, parts
from liaison_desktop.reports.barcode import QR_SIZE, qr_code
from liaison_desktop.reports.labels import Labels
from liaison_desktop.reports.meeting_data import ActionRow, AttendeeRow, Letterhead, MeetingRecord

L_MINUTES = QT_TRANSLATE_NOOP("Document", "Minutes of the meeting")
L_DRAFT = QT_TRANSLATE_NOOP("Document", "DRAFT")
L_STATE_DRAFT = QT_TRANSLATE_NOOP(
    "Document", "Draft — not final; not to be signed or sent until finalised."
)
L_STATE_FINAL = QT_TRANSLATE_NOOP("Document", "Final minutes, reference {reference}.")
L_SEAL = QT_TRANSLATE_NOOP("Document", "Seal of these minutes (SHA-256): {seal}")
L_LEDGER = QT_TRANSLATE_NOOP(
    "Document",
    "Sealed as entry {entry} of the office's ledger; the ledger held {head} entries when this "
    "paper was printed.",
)
L_CHECK = QT_TRANSLATE_NOOP(
    "Document",
    "To check this paper against the office's record, scan the code or run "
    "“liaison verify --paper” on this file. Check code:",
)
L_STATE_SIGNED = QT_TRANSLATE_NOOP("Document", "Signed on {date} by {names}.")
L_AMENDED = QT_TRANSLATE_NOOP(
    "Document",
    "Amended minutes: this version replaces the minutes {reference} dated {date}. "
    "Reason for the amendment: {reason}",
)
L_PRESENT = QT_TRANSLATE_NOOP("Document", "Present ({count})")
L_ABSENT = QT_TRANSLATE_NOOP("Document", "Absent ({count})")
L_INVITED = QT_TRANSLATE_NOOP("Document", "Invited, attendance not yet recorded ({count})")
L_NONE = QT_TRANSLATE_NOOP("Document", "None.")
L_REPRESENTED_BY = QT_TRANSLATE_NOOP("Document", "represented by {name}")
L_REVIEW = QT_TRANSLATE_NOOP("Document", "Review of earlier decisions")
L_NO_REVIEW = QT_TRANSLATE_NOOP("Document", "No earlier decision was pending review.")
L_AGENDA = QT_TRANSLATE_NOOP("Document", "Agenda points, discussion and decisions")
L_DISCUSSION = QT_TRANSLATE_NOOP("Document", "Discussion")
L_DECISION = QT_TRANSLATE_NOOP("Document", "Decision")
L_NEW_ACTIONS = QT_TRANSLATE_NOOP("Document", "New action items")
L_WHAT = QT_TRANSLATE_NOOP("Document", "Action to be taken")
L_NO_ACTIONS = QT_TRANSLATE_NOOP("Document", "No new action item was decided.")
L_NOTES = QT_TRANSLATE_NOOP("Document", "Other notes")
L_RECORDED_BY = QT_TRANSLATE_NOOP("Document", "Recorded by")
L_CHAIR = QT_TRANSLATE_NOOP("Document", "Chair")
L_COPY_TO = QT_TRANSLATE_NOOP(
    "Document", "Copy to the following for information and necessary action:"
)
L_RUNNING = QT_TRANSLATE_NOOP("Document", "Minutes: {title}")


def minutes(
    record: MeetingRecord, office: Letterhead, t: Labels, generated_at: dt.datetime | None
) -> layout.Document:
    width = layout.frame_width()
    s = layout.styles()
    issued = record.finalised_at.date() if record.finalised_at else record.meeting_date
    story: list[Flowable] = parts.heading_block(
        t, office, record, t(L_MINUTES), width, reference_date=issued
    )
    story += _state(record, t)
    story.append(parts.meeting_facts(t, record, width))
    story += _attendance(record.attendance, t, width)
    story += layout.heading(t(L_REVIEW))
    if record.reviews:
        story.append(_review_table(record.reviews, t, width))
    else:
        story.append(layout.para(t(L_NO_REVIEW), s.body))
    story += _agenda(record, t)
    story += layout.heading(t(L_NEW_ACTIONS))
    if record.actions:
        story.append(_action_table(record.actions, t, width))
    else:
        story.append(layout.para(t(L_NO_ACTIONS), s.body))
    if record.notes.strip():
        story += [*layout.heading(t(L_NOTES)), layout.para(record.notes, s.body)]
    story.append(_signatures(record, t, width))
    if record.anchor is not None:
        story.append(_seal(record.anchor, t, width))
    if record.copy_to:
        story.append(_copy_to(record.copy_to, t))
    return layout.Document(
        story=story,
        decor=parts.decor(
            t,
            parts.meeting_document_id(record),
            generated_at,
            running_header=parts.running_header(t, t(L_RUNNING, title=record.title), record),
            watermark=t(L_DRAFT) if record.status == vocab.MeetingStatus.DRAFT else "",
        ),
        info=layout.PdfInfo(
            title=f"{t(L_MINUTES)}: {record.title}",
            author=office.name,
            subject=record.series_name,
            language=t.language,
            keywords=record.anchor.encode() if record.anchor is not None else "",
        ),
    )


def _state(record: MeetingRecord, t: Labels) -> list[Flowable]:
    """What state the printed minutes are in: draft, final (with hash), signed (by whom)."""
    s = layout.styles()
    lines = []
    if record.status == vocab.MeetingStatus.DRAFT:
        lines.append(t(L_STATE_DRAFT))
    else:
        lines.append(
            t(L_STATE_FINAL, reference=record.reference_no or "—")
        )
    if record.status == vocab.MeetingStatus.SIGNED:
        signers = record.signatories or (record.chair,)
        names = "; ".join(
            ", ".join(part for part in (signer.name, signer.designation) if part)
            for signer in signers
        )
        lines.append(t(L_STATE_SIGNED, date=format_date(record.signed_on), names=names))
    if record.amends is not None:
        lines.append(
            t(
                L_AMENDED,
                reference=record.amends.reference_no or "—",
                date=format_date(record.amends.meeting_date),
                reason=record.amends.reason or "—",
            )
        )
    return [layout.para(line, s.muted) for line in lines] + [layout.spacer(2)]


def _attendance(rows: tuple[AttendeeRow, ...], t: Labels, width: float) -> list[Flowable]:
    s = layout.styles()
    groups = (
        (L_PRESENT, vocab.COUNTED_PRESENT),
        (L_ABSENT, (vocab.AttendanceStatus.ABSENT,)),
        (L_INVITED, (vocab.AttendanceStatus.INVITED,)),
    )
    story: list[Flowable] = []
    for label, statuses in groups:
        members = [row for row in rows if row.status in statuses]
        if not members and label == L_INVITED:
            continue
        story += layout.heading(t(label, count=len(members)))
        if not members:
            story.append(layout.para(t(L_NONE), s.body))
            continue
        story.append(
            layout.grid_table(
                [t(parts.L_SNO), t(parts.L_NAME), t(parts.L_DESIGNATION), t(parts.L_AREA)],
                [
                    [str(number), _attendee_name(row, t), row.designation, row.area]
                    for number, row in enumerate(members, start=1)
                ],
                [0.07, 0.33, 0.4, 0.2],
                width,
            )
        )
    return story


def _attendee_name(row: AttendeeRow, t: Labels) -> str:
    if row.status == vocab.AttendanceStatus.REPRESENTED and row.represented_by:
        return f"{row.name} ({t(L_REPRESENTED_BY, name=row.represented_by)})"
    return row.name


def _review_table(rows: tuple[ActionRow, ...], t: Labels, width: float) -> Table:
    return layout.grid_table(
        [
            t(parts.L_SNO),
            t(parts.L_ACTION),
            t(parts.L_RESPONSIBLE),
            t(parts.L_DUE),
            t(parts.L_STATUS),
            t(parts.L_REMARKS),
        ],
        [
            [
                str(number),
                parts.action_cell(row, t),
                row.responsible,
                format_date(row.due_date),
                t.vocab(row.review_status, vocab.ActionStatus),
                row.remark,
            ]
            for number, row in enumerate(rows, start=1)
        ],
        [0.07, 0.33, 0.17, 0.12, 0.11, 0.2],
        width,
    )


def _agenda(record: MeetingRecord, t: Labels) -> list[Flowable]:
    s = layout.styles()
    story: list[Flowable] = layout.heading(t(L_AGENDA))
    for point in record.agenda:
        story += layout.heading(f"{point.number}. {point.title}", minor=True)
        if point.discussion.strip():
            story.append(layout.labelled(t(L_DISCUSSION), point.discussion, s.body))
        if point.decision.strip():
            story.append(layout.labelled(t(L_DECISION), point.decision, s.body))
    return story


def _action_table(rows: tuple[ActionRow, ...], t: Labels, width: float) -> Table:
    return layout.grid_table(
        [t(parts.L_SNO), t(L_WHAT), t(parts.L_RESPONSIBLE), t(parts.L_DUE)],
        [
            [str(number), row.description, row.responsible, format_date(row.due_date)]
            for number, row in enumerate(rows, start=1)
        ],
        [0.07, 0.55, 0.24, 0.14],
        width,
    )


def _signatures(record: MeetingRecord, t: Labels, width: float) -> Flowable:
    """Recorded by on the left, the chair on the right, with room above the names to sign."""
    s = layout.styles()

    def block(role: str, name: str, designation: str) -> list[Flowable]:
        lines = [layout.spacer(16), layout.para(f"({name})" if name else parts.BLANK, s.signature)]
        if designation:
            lines.append(layout.para(designation, s.cell_centre))
        lines.append(layout.para(role, s.cell_centre))
        return lines

    table = Table(
        [
            [
                block(t(L_RECORDED_BY), record.recorded_by.name, record.recorded_by.designation),
                "",
                block(t(L_CHAIR), record.chair.name, record.chair.designation),
            ]
        ],
        colWidths=[width * 0.4, width * 0.2, width * 0.4],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([layout.spacer(8), table])


def _seal(anchor: PaperAnchor, t: Labels, width: float) -> Flowable:
    """The external anchor: the full seal, the ledger entry and head, and the same as a QR code
    and a check code, so a rewritten database can be caught from the paper (docs/safety.md)."""
    s = layout.styles()
    code = anchor.encode()
    text = [
        layout.para(t(L_SEAL, seal=anchor.seal), s.small),
        layout.para(t(L_LEDGER, entry=anchor.entry_position, head=anchor.head_position), s.small),
        layout.para(t(L_CHECK), s.small),
        layout.para(code, s.small),
    ]
    table = Table([[qr_code(code, QR_SIZE), text]], colWidths=[QR_SIZE + 6, width - QR_SIZE - 6])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, layout.MUTED),
            ]
        )
    )
    return KeepTogether([layout.spacer(10), table])


def _copy_to(recipients: tuple[str, ...], t: Labels) -> Flowable:
    s = layout.styles()
    lines: list[Flowable] = [layout.spacer(6), layout.para(t(L_COPY_TO), s.subheading)]
    lines += [
        layout.para(f"{number}. {recipient}", s.body)
        for number, recipient in enumerate(recipients, start=1)
    ]
    return KeepTogether(lines)
