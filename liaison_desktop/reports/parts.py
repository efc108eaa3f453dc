"""Pieces the meeting documents share: the heading block, the meeting's facts, ids and footer."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from liaison_desktop.core.dates import format_date, format_time
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports import layout
from liaison_desktop.reports.labels import Labels
from liaison_desktop.reports.meeting_data import ActionRow, Letterhead, MeetingRecord

L_REFERENCE = QT_TRANSLATE_NOOP("Document", "Ref. No.")
L_DATE = QT_TRANSLATE_NOOP("Document", "Date")
L_MEETING_DATE = QT_TRANSLATE_NOOP("Document", "Date of meeting")
L_TIME = QT_TRANSLATE_NOOP("Document", "Time")
L_VENUE = QT_TRANSLATE_NOOP("Document", "Venue")
L_CHAIR = QT_TRANSLATE_NOOP("Document", "Chaired by")
L_SERIES = QT_TRANSLATE_NOOP("Document", "Meeting series")
L_MEETING_NO = QT_TRANSLATE_NOOP("Document", "{series}, meeting no. {number}")
L_FOOTER = QT_TRANSLATE_NOOP("Document", "Document ID {id}  ·  generated {time}")
L_FOOTER_NO_TIME = QT_TRANSLATE_NOOP("Document", "Document ID {id}")
L_PAGE = QT_TRANSLATE_NOOP("Document", "Page {page} of {pages}")
BLANK = "……………"
# Column labels several documents share
L_SNO = QT_TRANSLATE_NOOP("Document", "S.No.")
L_NAME = QT_TRANSLATE_NOOP("Document", "Name")
L_DESIGNATION = QT_TRANSLATE_NOOP("Document", "Designation")
L_AREA = QT_TRANSLATE_NOOP("Document", "Area")
L_ACTION = QT_TRANSLATE_NOOP("Document", "Action item")
L_RAISED = QT_TRANSLATE_NOOP("Document", "decided on {date}")
L_RESPONSIBLE = QT_TRANSLATE_NOOP("Document", "Responsible")
L_DUE = QT_TRANSLATE_NOOP("Document", "Due by")
L_STATUS = QT_TRANSLATE_NOOP("Document", "Status")
L_REMARKS = QT_TRANSLATE_NOOP("Document", "Remarks")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def meeting_document_id(record: MeetingRecord) -> str:
    """Meeting UUID (short) and content hash (short): the frozen hash once the minutes are final,
    else a hash of what is printed, so two prints of the same draft carry the same id."""
    content = record.content_hash[:8] or short_hash(
        json.dumps(asdict(record), sort_keys=True, default=str, ensure_ascii=False)
    )
    return f"{record.uuid[:8]}-{content}"


def footer_text(t: Labels, document_id: str, generated_at: dt.datetime | None) -> str:
    if generated_at is None:
        return t(L_FOOTER_NO_TIME, id=document_id)
    return t(L_FOOTER, id=document_id, time=generated_at.strftime("%d-%m-%Y %H:%M"))


def decor(
    t: Labels,
    document_id: str,
    generated_at: dt.datetime | None,
    running_header: str,
    watermark: str = "",
) -> layout.PageDecor:
    return layout.PageDecor(
        footer=footer_text(t, document_id, generated_at),
        page_label=t(L_PAGE),
        running_header=running_header,
        watermark=watermark,
    )


def running_header(t: Labels, text: str, record: MeetingRecord) -> str:
    """The line at the top of every page after the first: what this is, and its reference."""
    if record.reference_no:
        return f"{text}  ·  {t(L_REFERENCE)} {record.reference_no}"
    return text


def reference_line(t: Labels, reference: str, date: dt.date | None, width: float) -> Flowable:
    """पत्रांक … on the left, दिनांक … on the right; dots to fill by hand when not known yet."""
    s = layout.styles()
    return layout.two_sides(
        layout.labelled(t(L_REFERENCE), reference or BLANK, s.body),
        layout.labelled(t(L_DATE), format_date(date) or BLANK, s.right),
        width,
    )


def heading_block(
    t: Labels,
    office: Letterhead,
    record: MeetingRecord,
    document_title: str,
    width: float,
    reference_date: dt.date | None = None,
) -> list[Flowable]:
    """Letterhead, reference line (when ``reference_date`` is given), document title and the
    meeting's title."""
    s = layout.styles()
    reference = (
        [reference_line(t, record.reference_no, reference_date, width), layout.spacer(3)]
        if reference_date
        else []
    )
    return [
        *layout.letterhead(office, t.language),
        *reference,
        layout.para(document_title, s.title),
        layout.para(record.title, s.centre),
        layout.spacer(2),
    ]


def meeting_facts(t: Labels, record: MeetingRecord, width: float) -> Flowable:
    """Date, time, venue, chair and series as a two-column block."""
    s = layout.styles()
    times = " – ".join(
        value for value in (format_time(record.start_time), format_time(record.end_time)) if value
    )
    chair = ", ".join(value for value in (record.chair.name, record.chair.designation) if value)
    facts = [
        (L_MEETING_DATE, t.long_date(record.meeting_date)),
        (L_TIME, times),
        (L_VENUE, record.venue),
        (L_CHAIR, chair),
        (L_SERIES, t(L_MEETING_NO, series=record.series_name, number=record.number)),
    ]
    rows = [
        [layout.para(t(label) + ":", s.cell_bold), layout.para(value, s.cell)]
        for label, value in facts
        if value
    ]
    return layout.plain_table(rows, [width * 0.22, width * 0.78], spaceAfter=2 * mm)


def action_cell(row: ActionRow, t: Labels) -> Paragraph:
    """The item's text with, in small print, when it was decided."""
    s = layout.styles()
    raised = t(L_RAISED, date=format_date(row.origin_date))
    return layout.Text(
        f"{layout.markup(row.description)}<br/><font size={s.small.fontSize}>"
        f"{layout.markup(raised)}</font>",
        s.cell,
    )
