"""Dashboard figures equal what the database says, and each opens the list behind it."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from liaison_desktop.core.models import ActionItem, Meeting, MeetingSeries, Place
from liaison_desktop.core.services.actions import ActionFilter

TODAY = dt.date(2025, 1, 15)  # the tests' fixed clock
OPEN = ("open", "in_progress")


def stations_without_meeting_this_month() -> set[str]:
    met = {
        series_id
        for (series_id,) in Meeting.select(Meeting.series)
        .where(
            (Meeting.meeting_date >= TODAY.replace(day=1))
            & (Meeting.meeting_date <= TODAY.replace(day=31))
            & Meeting.amends.is_null()
        )
        .tuples()
    }
    return {
        name
        for series_id, name in MeetingSeries.select(MeetingSeries.id, Place.name)
        .join(Place, on=MeetingSeries.station == Place.id)
        .where(MeetingSeries.kind == "monthly_station")
        .tuples()
        if series_id not in met
    }


def overdue() -> list[ActionItem]:
    return list(
        ActionItem.select().where(ActionItem.status.in_(OPEN) & (ActionItem.due_date < TODAY))
    )


def test_figures_match_the_database(demo_ctx, open_window) -> None:
    page = open_window(demo_ctx).pages["dashboard"]
    missing = stations_without_meeting_this_month()
    assert missing, "the demo leaves some stations without this month's meeting"
    assert page.not_met.value == len(missing)
    listed = {page.not_met_table.item(r, 0).text() for r in range(page.not_met_table.rowCount())}
    assert listed == missing
    assert "जनवरी 2025" in page.not_met.text()

    assert page.overdue.value == len(overdue()) > 0
    by_station: dict[str, int] = {}
    for item in overdue():
        name = item.place.name if item.place_id else "(थाना निर्धारित नहीं)"
        by_station[name] = by_station.get(name, 0) + 1
    shown = {
        page.by_station.item(r, 0).text(): int(page.by_station.item(r, 1).text())
        for r in range(page.by_station.rowCount())
    }
    assert shown == by_station
    by_category = {
        page.by_category.item(r, 0).text(): int(page.by_category.item(r, 1).text())
        for r in range(page.by_category.rowCount())
    }
    assert sum(by_category.values()) == len(overdue())

    drafts = Meeting.select().where(Meeting.status == "draft").count()
    assert page.drafts.value == drafts
    assert page.open_items.value == ActionItem.select().where(ActionItem.status.in_(OPEN)).count()

    last = (
        Meeting.select(fn.MAX(Meeting.meeting_date))
        .where(Meeting.series == MeetingSeries.get(MeetingSeries.kind == "quarterly"))
        .scalar()
    )
    assert page._next_quarterly.last_meeting == last

    recent = Meeting.select().order_by(Meeting.meeting_date.desc(), Meeting.id.desc()).first()
    assert page.recent.item(0, 1).text() == recent.title


def test_every_figure_opens_its_filtered_list(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx)
    page = window.pages["dashboard"]

    page.overdue.click()
    actions = window.pages["actions"]
    assert window.current_page_key() == "actions"
    assert sorted(actions.model.ids) == sorted(item.id for item in overdue())
    assert actions.overdue.isChecked()

    rows = {page.by_station.item(r, 0).data(256)[1]: r for r in range(page.by_station.rowCount())}
    station_id = next(key for key in rows if key is not None)
    window.show_page("dashboard")
    page.by_station.itemActivated.emit(page.by_station.item(rows[station_id], 0))
    expected = demo_ctx.services.actions.ids(
        ActionFilter(overdue_as_of=TODAY, station_id=station_id)
    )
    assert sorted(actions.model.ids) == sorted(expected)
    assert int(page.by_station.item(rows[station_id], 1).text()) == len(expected)

    # Items tied to no station (the quarterly review's): exactly those.
    window.show_page("dashboard")
    page.by_station.itemActivated.emit(page.by_station.item(rows[None], 0))
    assert sorted(actions.model.ids) == sorted(i.id for i in overdue() if i.place_id is None)

    window.show_page("dashboard")
    category_item = page.by_category.item(0, 0)
    page.by_category.itemActivated.emit(category_item)
    category = category_item.data(256)[1]
    assert {ActionItem.get_by_id(i).category for i in actions.model.ids} == {category}
    assert len(actions.model.ids) == int(page.by_category.item(0, 1).text())

    window.show_page("dashboard")
    page.drafts.click()
    meetings = window.pages["meetings"]
    assert window.current_page_key() == "meetings"
    assert meetings.model.rowCount() == page.drafts.value
    assert meetings.status.value() == "draft"

    window.show_page("dashboard")
    page.not_met_table.itemActivated.emit(page.not_met_table.item(0, 0))
    series_id = page.not_met_table.item(0, 0).data(256)
    assert meetings.series.value() == series_id
    assert meetings.model.rowCount() == Meeting.select().where(Meeting.series == series_id).count()

    window.show_page("dashboard")
    page.recent.itemActivated.emit(page.recent.item(0, 1))
    (editor,) = window.editors.values()
    assert editor.draft.title == page.recent.item(0, 1).text()
    editor.close()
