"""The start-up prompt for meetings a crash left unsaved: restore, discard, or decide later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core.records import AgendaLine
from liaison_desktop.core.recovery import RecoveryStore
from liaison_desktop.core.services import Services
from liaison_desktop.gui.i18n import set_language
from liaison_desktop.gui.recovery_prompt import RecoveryPrompt, ask_to_recover


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """These tests read the interface's English texts."""
    set_language("en")


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_restore_a_snapshot_then_save_it_and_discard_another(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    station = services.directory.create_place("station", "कोतवाली")
    series = services.series.create_series("monthly_station", "मासिक", station=station.id)
    store = RecoveryStore(tmp_path / "recovery", services.ctx.database.database)
    typed = services.series.new_meeting(series.id, dt.date(2025, 2, 3))
    typed.agenda.append(AgendaLine("जाम", discussion="अधूरी टिप्पणी जो सहेजी नहीं गई"))
    store.keep(typed.to_json(), dt.datetime(2025, 2, 3, 11, 42))
    other = services.series.new_meeting(series.id, dt.date(2025, 3, 3))
    store.keep(other.to_json(), dt.datetime(2025, 2, 3, 11, 40))

    prompt = RecoveryPrompt(store, store.snapshots())
    qtbot.addWidget(prompt)
    assert prompt.table.rowCount() == 2
    assert prompt.table.item(0, 0).text() == typed.title
    assert prompt.table.item(0, 2).text() == "03-02-2025 11:42"
    assert prompt.table.item(0, 3).text() == "never saved"

    prompt.table.selectRow(0)
    prompt.restore_button.click()
    assert prompt.restored == [typed]
    assert prompt.table.rowCount() == 1
    assert len(store.snapshots()) == 2  # kept until the editor has saved it

    prompt.table.selectRow(0)
    answer_next_question(QMessageBox.StandardButton.Cancel)
    prompt.discard_button.click()
    assert len(store.snapshots()) == 2 and prompt.table.rowCount() == 1
    answer_next_question(QMessageBox.StandardButton.Discard)
    prompt.discard_button.click()
    assert [s.meeting_uuid for s in store.snapshots()] == [typed.uuid]
    assert prompt.result() == prompt.DialogCode.Accepted  # nothing left to decide

    saved = services.meetings.save(prompt.restored[0])
    assert services.meetings.load(saved.id).agenda[0].discussion == "अधूरी टिप्पणी जो सहेजी नहीं गई"
    store.forget(saved.uuid)
    assert store.snapshots() == []


def test_nothing_to_ask_without_snapshots_or_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery", tmp_path / "liaison.sqlite3")
    assert ask_to_recover(store) == []
