"""Complete meetings for the core tests, saved through the services."""

from __future__ import annotations

import datetime as dt

from liaison_desktop.core.models import ActionItem
from liaison_desktop.core.records import ActionLine, AgendaLine, MeetingDraft
from liaison_desktop.core.services import Services


def meeting(
    services: Services,
    series,
    day: dt.date,
    actions: list[str],
    reviews: dict[str, str] | None = None,
    *,
    final: bool = False,
) -> MeetingDraft:
    """Create and save a complete meeting; ``reviews`` maps action description → new status
    (recorded once the minutes are ``final``; in a draft it is only proposed)."""
    draft = services.series.new_meeting(series.id, day)
    draft.chair_name, draft.chair_designation = "अध्यक्ष", "थाना प्रभारी"
    for line in draft.attendance:
        line.status = "present"
    point = AgendaLine("कानून व्यवस्था", "चर्चा हुई।", "निर्णय लिया गया।")
    draft.agenda.append(point)
    for text in actions:
        draft.actions.append(
            ActionLine(
                text,
                category="law_order",
                agenda_uuid=point.uuid,
                due_date=day + dt.timedelta(days=20),
            )
        )
    descriptions = {item.id: item.description for item in ActionItem.select()}
    for review in draft.reviews:
        wanted = (reviews or {}).get(descriptions[review.action_id])
        if wanted:
            review.status, review.remark = wanted, f"{wanted} — {day:%d-%m-%Y}"
    saved = services.meetings.save(draft)
    if final:
        services.lifecycle.finalise(saved.id)
        saved = services.meetings.load(saved.id)
    return saved
