"""The sheets printed for a meeting: attendance (उपस्थिति पत्रक) and review (समीक्षा पत्रक / ATR).

Both are filled in by hand at the meeting, so their rows are tall enough to write in, and the
attendance sheet ends with blank numbered rows for people who come uninvited.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import format_date
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports import layout, parts
from liaison_desktop.reports.labels import Labels
from liaison_desktop.reports.meeting_data import ActionRow, Letterhead, MeetingRecord

L_ATTENDANCE = QT_TRANSLATE_NOOP("Document", "Attendance sheet")
L_MOBILE = QT_TRANSLATE_NOOP("Document", "Mobile")
L_SIGNATURE = QT_TRANSLATE_NOOP("Document", "Signature")
L_CHAIR_SIGNATURE = QT_TRANSLATE_NOOP("Document", "Signature of the chair")
L_RUNNING_ATTENDANCE = QT_TRANSLATE_NOOP("Document", "Attendance sheet: {title}")
L_REVIEW_SHEET = QT_TRANSLATE_NOOP("Document", "Review sheet (action taken report)")
L_REVIEW_BLANK = QT_TRANSLATE_NOOP(
    "Document",
    "Open action items due for review at this meeting. Status and remarks to be filled in at "
    "the meeting (circle one status).",
)
L_REVIEW_FILLED = QT_TRANSLATE_NOOP(
    "Document", "Action items reviewed at this meeting, with the status recorded there."
)
L_NOTHING_TO_REVIEW = QT_TRANSLATE_NOOP("Document", "No open action item is due for review.")
L_RUNNING_REVIEW = QT_TRANSLATE_NOOP("Document", "Review sheet: {title}")
L_ORIGIN = QT_TRANSLATE_NOOP("Document", "Decided at")
L_ORIGIN_MEETING = QT_TRANSLATE_NOOP("Document", "meeting no. {number}, {date}")
L_OVERDUE = QT_TRANSLATE_NOOP("Document", "overdue")
L_ACTION_TAKEN = QT_TRANSLATE_NOOP("Document", "Action taken / remarks")

SIGNING_ROW = 9 * mm
WRITING_ROW = 16 * mm


def attendance_sheet(
    record: MeetingRecord,
    office: Letterhead,
    t: Labels,
    generated_at: dt.datetime | None,
    blank_rows: int,
) -> layout.Document:
    width = layout.frame_width()
    s = layout.styles()
    rows: list[list[str]] = [
        [str(number), row.name, row.designation, row.area, row.mobile, ""]
        for number, row in enumerate(record.attendance, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [[str(n), "", "", "", "", ""] for n in range(first_blank, first_blank + blank_rows)]
    story: list[Flowable] = [
        *parts.heading_block(t, office, record, t(L_ATTENDANCE), width),
        parts.meeting_facts(t, record, width),
        layout.grid_table(
            [
                t(parts.L_SNO),
                t(parts.L_NAME),
                t(parts.L_DESIGNATION),
                t(parts.L_AREA),
                t(L_MOBILE),
                t(L_SIGNATURE),
            ],
            rows,
            [0.07, 0.24, 0.24, 0.14, 0.13, 0.18],
            width,
            min_row_height=SIGNING_ROW,
        ),
        KeepTogether(
            [layout.spacer(18), layout.para(t(L_CHAIR_SIGNATURE), s.right)]
            + ([layout.para(record.chair.name, s.right)] if record.chair.name else [])
        ),
    ]
    return layout.Document(
        story=story,
        decor=parts.decor(
            t,
            parts.meeting_document_id(record),
            generated_at,
            running_header=parts.running_header(
                t, t(L_RUNNING_ATTENDANCE, title=record.title), record
            ),
        ),
        info=layout.PdfInfo(
            title=f"{t(L_ATTENDANCE)}: {record.title}",
            author=office.name,
            subject=record.series_name,
            language=t.language,
        ),
    )


def review_sheet(
    record: MeetingRecord,
    items: tuple[ActionRow, ...],
    office: Letterhead,
    t: Labels,
    generated_at: dt.datetime | None,
    *,
    filled: bool,
) -> layout.Document:
    """Every item in ``items`` with origin, responsible and due date; status and remarks from
    the recorded reviews when ``filled``, else left to write in."""
    width = layout.frame_width(wide=True)
    s = layout.styles()
    story: list[Flowable] = [
        *parts.heading_block(t, office, record, t(L_REVIEW_SHEET), width),
        parts.meeting_facts(t, record, width),
        layout.para(t(L_REVIEW_FILLED if filled else L_REVIEW_BLANK), s.muted),
        layout.spacer(2),
    ]
    if items:
        story.append(
            layout.grid_table(
                [
                    t(parts.L_SNO),
                    t(parts.L_ACTION),
                    t(L_ORIGIN),
                    t(parts.L_RESPONSIBLE),
                    t(parts.L_DUE),
                    t(parts.L_STATUS),
                    t(L_ACTION_TAKEN),
                ],
                [
                    _review_row(number, row, record, t, filled)
                    for number, row in enumerate(items, 1)
                ],
                [0.05, 0.3, 0.12, 0.15, 0.1, 0.11, 0.17],
                width,
                min_row_height=0 if filled else WRITING_ROW,
            )
        )
    else:
        story.append(layout.para(t(L_NOTHING_TO_REVIEW), s.body))
    return layout.Document(
        story=story,
        decor=parts.decor(
            t,
            parts.meeting_document_id(record),
            generated_at,
            running_header=parts.running_header(t, t(L_RUNNING_REVIEW, title=record.title), record),
        ),
        info=layout.PdfInfo(
            title=f"{t(L_REVIEW_SHEET)}: {record.title}",
            author=office.name,
            subject=record.series_name,
            language=t.language,
        ),
        wide=True,
    )


def _review_row(
    number: int, row: ActionRow, record: MeetingRecord, t: Labels, filled: bool
) -> list[object]:
    s = layout.styles()
    due = layout.markup(format_date(row.due_date))
    if row.due_date and row.due_date < record.meeting_date:
        due = f"<b>{due}</b><br/>({layout.escape(t(L_OVERDUE))})"
    if filled:
        status: object = t.vocab(row.review_status, vocab.ActionStatus)
        remark = row.remark
    else:
        # The choices in small print, to circle at the meeting.
        status = layout.para(
            " / ".join(t.vocab(code, vocab.ActionStatus) for code in vocab.ActionStatus.codes()),
            s.small,
        )
        remark = ""
    return [
        str(number),
        parts.action_cell(row, t),
        t(L_ORIGIN_MEETING, number=row.origin_number, date=format_date(row.origin_date)),
        row.responsible,
        layout.Text(due, s.cell),
        status,
        remark,
    ]
