"""Registers: the open action items (कार्य बिंदु पंजी) and the stations' meeting compliance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby

from peewee import fn
from reportlab.lib import colors
from reportlab.platypus import Flowable

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import add_months, format_date
from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.models import Place
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter, ActionRow
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports import layout, parts
from liaison_desktop.reports.labels import Labels
from liaison_desktop.reports.meeting_data import Letterhead
from liaison_desktop.reports.requests import RegisterFilter

L_REGISTER = QT_TRANSLATE_NOOP("Document", "Register of open action items")
L_REGISTER_OVERDUE = QT_TRANSLATE_NOOP("Document", "Register of overdue action items")
L_AS_OF = QT_TRANSLATE_NOOP("Document", "Position as on {date}")
L_FOR_STATION = QT_TRANSLATE_NOOP("Document", "Police station: {name}")
L_FOR_CATEGORY = QT_TRANSLATE_NOOP("Document", "Category: {name}")
L_TOTALS = QT_TRANSLATE_NOOP("Document", "Open items: {open}, of which overdue: {overdue}.")
L_NO_ITEMS = QT_TRANSLATE_NOOP("Document", "No open action item matches.")
L_NO_STATION = QT_TRANSLATE_NOOP("Document", "No police station given")
L_GROUP = QT_TRANSLATE_NOOP("Document", "{name} ({count})")
L_STATION = QT_TRANSLATE_NOOP("Document", "Police station")
L_CATEGORY = QT_TRANSLATE_NOOP("Document", "Category")
L_MEETING = QT_TRANSLATE_NOOP("Document", "Meeting")
L_AGE = QT_TRANSLATE_NOOP("Document", "Age (days)")
L_LATE = QT_TRANSLATE_NOOP("Document", "Overdue (days)")
L_RUNNING_REGISTER = QT_TRANSLATE_NOOP("Document", "{title}, as on {date}")

L_COMPLIANCE = QT_TRANSLATE_NOOP("Document", "Monthly meetings at police stations: compliance")
L_QUARTER = QT_TRANSLATE_NOOP("Document", "Quarter {quarter} of {year} ({first} – {last})")
L_HELD = QT_TRANSLATE_NOOP("Document", "Meetings held")
L_NOT_HELD = QT_TRANSLATE_NOOP("Document", "Not held")
L_NOT_DUE = QT_TRANSLATE_NOOP("Document", "Not yet due")
L_COMPLIANCE_SUMMARY = QT_TRANSLATE_NOOP(
    "Document", "{full} of {stations} police stations met in every month so far."
)
L_MISSED = QT_TRANSLATE_NOOP("Document", "Missed a month: {names}.")
L_NO_STATIONS = QT_TRANSLATE_NOOP("Document", "No police station has a monthly meeting series.")

MSG_NO_STATION = QT_TRANSLATE_NOOP("LiaisonError", "No police station called “{name}”.")

NOT_HELD_FILL = colors.Color(0.93, 0.93, 0.93)


def find_station(ref: str) -> Place:
    """A police station by id, name, Latin name or code (case-insensitive)."""
    text = ref.strip()
    match = (Place.name == text) | (fn.lower(Place.name_latin) == text.lower())
    match |= fn.lower(Place.code) == text.lower()
    if text.isdigit():
        match |= Place.id == int(text)
    station = (
        Place.select()
        .where((Place.kind == vocab.PlaceKind.STATION.value) & match)
        .order_by(Place.id)
        .first()
    )
    if station is None:
        raise NotFoundError(MSG_NO_STATION, name=ref)
    return station


def action_register(
    services: Services,
    register: RegisterFilter,
    office: Letterhead,
    t: Labels,
    generated_at: dt.datetime | None,
) -> layout.Document:
    """Open and in-progress items (only the overdue ones, as an option), most overdue first,
    grouped by station or category, with their age and days overdue."""
    today = services.ctx.today()
    station = find_station(register.station) if register.station else None
    entries = services.actions.rows(
        ActionFilter(
            statuses=vocab.OPEN_ACTION_STATUSES,
            overdue_as_of=today if register.overdue_only else None,
            station_id=station.id if station else None,
            category=register.category or None,
        )
    )
    width = layout.frame_width(wide=True)
    s = layout.styles()
    title = t(L_REGISTER_OVERDUE if register.overdue_only else L_REGISTER)
    scope = [t(L_AS_OF, date=format_date(today))]
    if station is not None:
        scope.append(t(L_FOR_STATION, name=station.name))
    if register.category:
        scope.append(t(L_FOR_CATEGORY, name=t.vocab(register.category, vocab.ActionCategory)))
    overdue = sum(1 for row in entries if row.overdue_days(today))
    story: list[Flowable] = [
        *layout.letterhead(office, t.language),
        layout.para(title, s.title),
        layout.para("  ·  ".join(scope), s.centre),
        layout.spacer(2),
        layout.para(t(L_TOTALS, open=len(entries), overdue=overdue), s.body),
    ]
    if not entries:
        story.append(layout.para(t(L_NO_ITEMS), s.body))
    by_category = register.group_by == "category"
    for name, members in _groups(entries, t, by_category):
        story += layout.heading(t(L_GROUP, name=name, count=len(members)))
        story.append(_register_table(members, today, t, width, by_category))
    content_id = parts.short_hash(repr((register, today, entries)))
    return layout.Document(
        story=story,
        decor=parts.decor(
            t,
            f"REG-{content_id}",
            generated_at,
            running_header=t(L_RUNNING_REGISTER, title=title, date=format_date(today)),
        ),
        info=layout.PdfInfo(title=title, author=office.name, subject=title, language=t.language),
        wide=True,
    )


def _groups(
    entries: Sequence[ActionRow], t: Labels, by_category: bool
) -> list[tuple[str, list[ActionRow]]]:
    """Groups in name order, items without a station last; items keep their order inside."""

    def key(row: ActionRow) -> tuple[bool, str]:
        if by_category:
            return False, t.vocab(row.category, vocab.ActionCategory)
        return not row.station_name, row.station_name or t(L_NO_STATION)

    ordered = sorted(entries, key=key)
    return [(name, list(members)) for (_, name), members in groupby(ordered, key=key)]


def _register_table(
    rows: list[ActionRow], today: dt.date, t: Labels, width: float, by_category: bool
) -> Flowable:
    s = layout.styles()
    other = L_STATION if by_category else L_CATEGORY
    cells = []
    for number, row in enumerate(rows, start=1):
        late = row.overdue_days(today)
        cells.append(
            [
                str(number),
                row.description,
                row.station_name if by_category else t.vocab(row.category, vocab.ActionCategory),
                row.responsible,
                f"{row.series_name}, {format_date(row.origin_date)}",
                format_date(row.due_date),
                str(row.age_days(today)),
                layout.para(str(late), s.cell_bold) if late else "",
                t.vocab(row.status, vocab.ActionStatus),
            ]
        )
    return layout.grid_table(
        [
            t(parts.L_SNO),
            t(parts.L_ACTION),
            t(other),
            t(parts.L_RESPONSIBLE),
            t(L_MEETING),
            t(parts.L_DUE),
            t(L_AGE),
            t(L_LATE),
            t(parts.L_STATUS),
        ],
        cells,
        [0.05, 0.27, 0.1, 0.14, 0.17, 0.08, 0.06, 0.07, 0.08],
        width,
    )


def compliance(
    services: Services,
    year: int,
    quarter: int,
    office: Letterhead,
    t: Labels,
    generated_at: dt.datetime | None,
) -> layout.Document:
    """One row per station with a monthly series: the dates it met in each month of the
    quarter, "not held" where a month has passed without one."""
    today = services.ctx.today()
    report = services.schedule.compliance(year, quarter)
    months, stations = report.months, report.rows
    width = layout.frame_width()
    s = layout.styles()
    last_day = add_months(months[0], 3) - dt.timedelta(days=1)
    title = t(L_COMPLIANCE)
    period = t(
        L_QUARTER,
        quarter=quarter,
        year=year,
        first=t.long_date(months[0]),
        last=t.long_date(last_day),
    )
    story: list[Flowable] = [
        *layout.letterhead(office, t.language),
        layout.para(title, s.title),
        layout.para(period, s.centre),
        layout.spacer(3),
    ]
    due = [month <= today for month in months]
    rows: list[list[object]] = []
    missed_cells: list[tuple[int, int]] = []
    missed: list[str] = []
    for number, station in enumerate(stations, start=1):
        cells: list[object] = []
        for column, (held, is_due) in enumerate(zip(station.months, due, strict=True), 2):
            if held:
                cells.append(", ".join(format_date(date) for _, date in held))
            elif is_due:
                cells.append(layout.para(t(L_NOT_HELD), s.cell_bold))
                missed_cells.append((column, number))
            else:
                cells.append(t(L_NOT_DUE))
        if any(not held and is_due for held, is_due in zip(station.months, due, strict=True)):
            missed.append(station.station_name)
        rows.append(
            [str(number), station.station_name, *cells, f"{station.months_met} / {sum(due)}"]
        )
    if stations:
        month_names = [t.long_date(month).split(" ", 1)[1] for month in months]
        story.append(
            layout.grid_table(
                [t(parts.L_SNO), t(L_STATION), *month_names, t(L_HELD)],
                rows,
                [0.07, 0.25, 0.18, 0.18, 0.18, 0.14],
                width,
                extra_style=[("BACKGROUND", cell, cell, NOT_HELD_FILL) for cell in missed_cells],
            )
        )
        story.append(layout.spacer(3))
        story.append(
            layout.para(
                t(L_COMPLIANCE_SUMMARY, full=len(stations) - len(missed), stations=len(stations)),
                s.body,
            )
        )
        if missed:
            story.append(layout.para(t(L_MISSED, names=", ".join(missed)), s.body))
    else:
        story.append(layout.para(t(L_NO_STATIONS), s.body))
    content_id = parts.short_hash(repr((year, quarter, today, stations)))
    return layout.Document(
        story=story,
        decor=parts.decor(
            t, f"CMP-{year}Q{quarter}-{content_id}", generated_at, running_header=period
        ),
        info=layout.PdfInfo(title=title, author=office.name, subject=period, language=t.language),
    )
