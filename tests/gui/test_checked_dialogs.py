"""Dialogs whose input the service refuses stay open with the input kept and the field marked
(issue 14, item 7): amending without a reason, signing with a date before the meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting, Signatory
from liaison_desktop.gui.dialogs.amend import AmendDialog
from liaison_desktop.gui.dialogs.checked import MARKED_STYLE
from liaison_desktop.gui.dialogs.sign import SignDialog
from tests.gui.keys import activate

REASON = "अध्यक्ष के नाम की वर्तनी का सुधार"


def final_meeting() -> Meeting:
    return Meeting.select().where(Meeting.status == "final", Meeting.amends.is_null()).first()


def test_amend_without_a_reason_keeps_the_dialog_open(qtbot: QtBot, demo_ctx) -> None:
    final = final_meeting()
    dialog = AmendDialog(demo_ctx, final.id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.reason.setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and "कारण" in dialog.problem.text()
    assert dialog.reason.styleSheet() == MARKED_STYLE and dialog.reason.hasFocus()
    assert Meeting.select().where(Meeting.amends == final.id).count() == 0

    dialog.reason.setPlainText(REASON)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.amendment is not None and dialog.amendment.status == "draft"


def test_a_refused_signature_keeps_the_signatories_typed(qtbot: QtBot, demo_ctx) -> None:
    final = final_meeting()
    signed: list[tuple] = []

    def record(on, who) -> None:
        demo_ctx.services.lifecycle.sign(final.id, on, who)
        signed.append((on, who))

    dialog = SignDialog(demo_ctx, final.id, record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.item(0, 0).setText("रमेश चंद्र अवस्थी")
    before = final.meeting_date - dt.timedelta(days=1)
    dialog.date.set_date(before)
    dialog.accept()
    assert dialog.isVisible() and not signed
    assert dialog.date.styleSheet() == MARKED_STYLE
    assert dialog.table.item(0, 0).text() == "रमेश चंद्र अवस्थी"
    assert Meeting.get_by_id(final.id).status == "final"

    dialog.date.setText("")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible() and not signed

    dialog.date.set_date(final.meeting_date)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and len(signed) == 1
    assert Meeting.get_by_id(final.id).status == "signed"
    assert Signatory.select().where(Signatory.meeting == final.id).first().name == (
        "रमेश चंद्र अवस्थी"
    )
