"""An amendment says what it is (issue 14, item 6): a banner with the reference it corrects and
the reason, its own window title, the original's action items counted and explained rather
than shown as none, and a row in the Meetings list that names what it amends."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import ActionItem, Meeting
from liaison_desktop.gui.dialogs.amend import AmendDialog
from liaison_desktop.gui.models.meetings import MeetingTableModel
from tests.gui.dialogs import give_reason

REASON = "अध्यक्ष के नाम की वर्तनी का सुधार"


def test_the_amendment_editor_and_list_say_what_it_amends(
    qtbot: QtBot, demo_ctx, open_window, monkeypatch
) -> None:
    amended = Meeting.select(Meeting.amends).where(Meeting.amends.is_null(False))
    final = (
        Meeting.select()
        .join(ActionItem, on=ActionItem.origin_meeting == Meeting.id)
        .where(Meeting.status == "final", Meeting.amends.is_null(), Meeting.id.not_in(amended))
        .first()
    )
    items = ActionItem.select().where(ActionItem.origin_meeting == final.id).count()
    monkeypatch.setattr(AmendDialog, "exec", give_reason(REASON))
    window = open_window(demo_ctx)
    original = window.open_meeting(final.id)
    original.amend()
    amendment = next(editor for editor in window.editors.values() if editor is not original)

    banner = amendment.banner.text()
    assert final.reference_no in banner and REASON in banner
    assert amendment.windowTitle() != original.windowTitle()
    assert final.reference_no in amendment.windowTitle()
    actions_tab = amendment.tabs.indexOf(amendment.actions)
    assert amendment.tabs.tabText(actions_tab).endswith(f"(0, और मूल के {items})")
    assert not amendment.actions.earlier_note.isHidden()
    assert str(items) in amendment.actions.earlier_note.text()
    assert original.actions.earlier_note.isHidden()

    rows = MeetingTableModel().fetch_rows([final.id, amendment.draft.id])
    model = MeetingTableModel()
    assert model._title(rows[amendment.draft.id]) != model._title(rows[final.id])
    assert final.reference_no in model._title(rows[amendment.draft.id])
    amendment.close()
    original.close()
