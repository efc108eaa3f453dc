"""The meetings and action item lists: filters, sorting, lazy rows, history, bulk status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from liaison_desktop.core import vocab
from liaison_desktop.core.models import ActionItem, ActionReview, Meeting, MeetingSeries
from liaison_desktop.core.services.actions import ActionFilter
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.actions import ActionTableModel
from liaison_desktop.gui.models.filters import STILL_OPEN, MeetingFilter
from liaison_desktop.gui.models.lazy import PAGE_SIZE
from liaison_desktop.gui.models.meetings import MeetingTableModel
from tests.gui.keys import type_text

TODAY = dt.date(2025, 1, 15)


def test_meeting_filters_from_the_widgets(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "meetings")
    page = window.pages["meetings"]
    assert page.model.rowCount() == Meeting.select().count()

    kotwali = MeetingSeries.get(MeetingSeries.code == "KTW")
    page.series.set_value(kotwali.id)
    assert page.model.rowCount() == Meeting.select().where(Meeting.series == kotwali).count()
    assert page.count.text() == f"बैठकें: {page.model.rowCount()}"

    page.series.set_value(None)
    page.status.set_value("signed")
    signed = Meeting.select().where(Meeting.status == "signed")
    assert sorted(page.model.ids) == sorted(m.id for m in signed)

    page.status.set_value(None)
    type_text(page.date_from, "01-12-2024")
    page.date_from.editingFinished.emit()
    in_range = Meeting.select().where(Meeting.meeting_date >= dt.date(2024, 12, 1))
    assert sorted(page.model.ids) == sorted(m.id for m in in_range)

    page.date_from.clear()
    page.date_from.editingFinished.emit()
    type_text(page.search, "त्रैमासिक")
    quarterly = Meeting.select().where(Meeting.title.contains("त्रैमासिक"))
    assert sorted(page.model.ids) == sorted(m.id for m in quarterly) != []


def test_meeting_sorting_and_lazy_rows(demo) -> None:
    model = MeetingTableModel()
    model.refresh()
    dates = [model.record(r).meeting_date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first by default
    assert len(model._rows) <= PAGE_SIZE

    model.sort(4, Qt.SortOrder.AscendingOrder)  # title (an amendment's mark before it aside)
    titles = [model.record(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # station (quarterly: none, last)
    stations = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert stations == sorted(stations, reverse=True)

    model.set_filter(MeetingFilter(text="no such meeting"))
    assert model.rowCount() == 0


def test_action_model_agrees_with_the_action_service(demo) -> None:
    model = ActionTableModel(TODAY)
    filters = [
        ActionFilter(),
        ActionFilter(statuses=STILL_OPEN),
        ActionFilter(overdue_as_of=TODAY),
        ActionFilter(station_id=MeetingSeries.get(MeetingSeries.code == "CKR").station_id),
        ActionFilter(category="traffic", statuses=("done",)),
        ActionFilter(responsible="नगर निगम"),
        ActionFilter(text="गश्त", series_id=MeetingSeries.get(MeetingSeries.code == "QR").id),
    ]
    for action_filter in filters:
        for column in range(len(model.columns)):
            model.sort(column, Qt.SortOrder.DescendingOrder)
            model.set_filter(action_filter)
            assert sorted(model.ids) == sorted(demo.actions.ids(action_filter)), action_filter


def test_actions_page_history_and_bulk_status(demo_ctx, open_window) -> None:
    window = open_window(demo_ctx, "actions")
    page = window.pages["actions"]
    # The list opens on what is still to be followed up.
    still_open = demo_ctx.services.actions.ids(ActionFilter(statuses=("open", "in_progress")))
    assert sorted(page.model.ids) == sorted(still_open)
    assert len(still_open) < ActionItem.select().count()
    page.overdue.setChecked(True)
    assert sorted(page.model.ids) == sorted(
        demo_ctx.services.actions.ids(ActionFilter(overdue_as_of=TODAY))
    )

    # History of an item that has been reviewed: raised, then each review.
    reviewed = ActionReview.select().first().action
    page.apply_filter(ActionFilter(ids=(reviewed.id,)))
    assert page.model.ids == [reviewed.id]
    reviews = ActionReview.select().where(ActionReview.action == reviewed).count()
    assert page.history.rowCount() == 1 + reviews
    assert page.history.item(0, 2).text() == "निर्धारित"
    assert page.history.item(0, 1).text() == reviewed.origin_meeting.title

    # Close two overdue items at once.
    page.apply_filter(ActionFilter(overdue_as_of=TODAY))
    before = len(page.model.ids)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = page.table.selected_ids()
    assert len(chosen) == 2
    page.set_status(chosen, "done", "रिपोर्ट प्राप्त")
    assert all(ActionItem.get_by_id(i).status == "done" for i in chosen)
    assert ActionItem.get_by_id(chosen[0]).closing_remark == "रिपोर्ट प्राप्त"
    page.apply_filter(ActionFilter(overdue_as_of=TODAY))
    assert len(page.model.ids) == before - 2


def test_a_review_in_a_draft_shows_as_proposed_until_the_minutes_are_final(demo) -> None:
    draft_review = (
        ActionReview.select(ActionReview, Meeting)
        .join(Meeting)
        .join_from(ActionReview, ActionItem)
        .where(Meeting.status == "draft", ActionReview.status != ActionItem.status)
        .first()
    )
    assert draft_review is not None, "the demo has drafts proposing a change"
    item = ActionItem.get_by_id(draft_review.action_id)
    model = ActionTableModel(TODAY)
    row = model.fetch_rows([item.id])[item.id]
    assert row.status == item.status and row.proposed_status == draft_review.status
    shown = model.cell(row, "status", Qt.ItemDataRole.DisplayRole)
    assert "प्रस्तावित" in shown
    assert shown.startswith(vocab_text(item.status, vocab.ActionStatus))
