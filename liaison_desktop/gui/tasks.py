"""The one way to run work off the GUI thread: exports, imports, backups, documents, big queries.

``TaskRunner.start(work, ...)`` runs ``work(progress)`` on Qt's thread pool and reports back on the
GUI thread: ``on_success(result)``, ``on_failure(error)`` (by default the error dialog), or nothing
when the clerk cancelled. ``work`` calls ``progress(done, total, text)`` now and then; that call
raises ``Cancelled`` once Cancel was pressed, so work stops at the next step. A progress dialog
appears only if the work takes longer than a moment.

Database access from the worker is safe: Peewee's SQLite database keeps one connection per thread,
and the runner closes the worker thread's connection when the work is done. Tests use
``SyncTaskRunner``, which runs the same code path synchronously.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from liaison_desktop.gui.errors import show_error

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 400


class Cancelled(Exception):
    """Raised inside the work when the clerk pressed Cancel."""


class Progress:
    """Handed to the work: report how far it got; raises ``Cancelled`` after Cancel."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        self._task.progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_requested

    def check(self) -> None:
        if self._task.cancel_requested:
            raise Cancelled


Work = Callable[[Progress], Any]


class Task(QObject):
    """A handle on running work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self._cancel = threading.Event()
        self.done = False

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work, after_work: Callable[[], None]) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self.after_work = after_work
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = self.work(Progress(task))
        except Cancelled:
            task.cancelled.emit()
        except BaseException as error:  # reported to the GUI thread, never lost
            task.failed.emit(error)
        else:
            task.succeeded.emit(result)
        finally:
            try:
                self.after_work()
            except Exception:
                log.exception("cleaning up after task %r", task.title)
            task.finished.emit()


class TaskRunner:
    """Starts work on a thread pool; ``after_work`` runs in the worker thread when it is done
    (the application passes "close this thread's database connection")."""

    def __init__(
        self,
        after_work: Callable[[], None] = lambda: None,
        pool: QThreadPool | None = None,
    ) -> None:
        self.after_work = after_work
        self.pool = pool or QThreadPool.globalInstance()
        self._active: set[Task] = set()

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        title: str = "",
        parent: QWidget | None = None,
        show_progress: bool = True,
    ) -> Task:
        task = Task(title)
        self._active.add(task)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(on_failure or (lambda error: show_error(parent, error)))
        if on_cancel is not None:
            task.cancelled.connect(on_cancel)
        task.finished.connect(lambda: self._finished(task))
        if show_progress:
            _attach_progress_dialog(task, parent)
        self._dispatch(_Runnable(task, work, self.after_work))
        return task

    def _dispatch(self, runnable: _Runnable) -> None:
        self.pool.start(runnable)

    def _finished(self, task: Task) -> None:
        task.done = True
        self._active.discard(task)

    @property
    def active(self) -> list[Task]:
        return list(self._active)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Ask running work to stop and wait for it (at quit)."""
        for task in self._active:
            task.cancel()
        self.pool.waitForDone(timeout_ms)


class SyncTaskRunner(TaskRunner):
    """Runs the work at once in the calling thread: the same signals, deterministic for tests."""

    def _dispatch(self, runnable: _Runnable) -> None:
        runnable.setAutoDelete(False)
        runnable.run()


def _attach_progress_dialog(task: Task, parent: QWidget | None) -> None:
    dialog = QProgressDialog(
        task.title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent
    )
    dialog.setObjectName("taskProgress")
    dialog.setWindowTitle(task.title or QCoreApplication.translate("Tasks", "Working…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finished() -> None:
        # A Cancel click after the work ended must not reach a finished task.
        dialog.canceled.disconnect(task.cancel)
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(finished)
