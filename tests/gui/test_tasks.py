"""Background work: results, failures and cancellation reach the GUI thread; a worker thread uses
the database through its own connection."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.tasks import Cancelled, SyncTaskRunner, TaskRunner


def test_work_runs_on_a_worker_thread_with_its_own_database_connection(qtbot: QtBot, demo) -> None:
    database = demo.ctx.database
    closed_in: list[str] = []

    def after_work() -> None:
        closed_in.append(threading.current_thread().name)
        database.close()

    runner = TaskRunner(after_work=after_work, pool=QThreadPool())
    seen: dict[str, object] = {}

    def work(progress) -> int:
        seen["thread"] = threading.current_thread()
        progress(1, 2, "गिनती")
        return Meeting.select().count()

    progressed: list[tuple[int, int, str]] = []
    results: list[int] = []
    task = runner.start(work, on_success=results.append, show_progress=False)
    task.progressed.connect(lambda *args: progressed.append(args))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [Meeting.select().count()]
    assert seen["thread"] is not threading.main_thread()
    assert closed_in and closed_in[0] != threading.main_thread().name
    assert not database.is_closed(), "the GUI thread's connection is untouched"
    runner.pool.waitForDone()


def test_failure_and_cancel_are_reported(qtbot: QtBot) -> None:
    runner = SyncTaskRunner()
    failures: list[BaseException] = []
    runner.start(
        lambda progress: (_ for _ in ()).throw(ValidationError("x")),
        on_failure=failures.append,
        show_progress=False,
    )
    assert isinstance(failures[0], ValidationError)

    assert len(failures) == 1


def test_cancel_stops_the_work_at_its_next_step(qtbot: QtBot) -> None:
    runner = TaskRunner(pool=QThreadPool())
    started = threading.Event()
    steps: list[int] = []
    cancelled: list[bool] = []
    results: list[object] = []

    def long_work(progress) -> str:
        for step in range(1000):
            progress(step, 1000, "")
            steps.append(step)
            started.set()
            time.sleep(0.005)
        return "finished"

    task = runner.start(
        long_work,
        on_success=results.append,
        on_cancel=lambda: cancelled.append(True),
        show_progress=False,
    )
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()  # what the progress dialog's Cancel button does
    assert cancelled == [True] and results == []
    assert len(steps) < 1000
    runner.pool.waitForDone()


def test_progress_check_raises_cancelled() -> None:
    from liaison_desktop.gui.tasks import Progress, Task

    task = Task()
    progress = Progress(task)
    progress.check()
    task.cancel()
    with pytest.raises(Cancelled):
        progress.check()
