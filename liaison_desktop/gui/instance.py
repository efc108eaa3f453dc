"""One running copy of Liaison Desktop per database.

Two copies editing the same meetings would each overwrite the other's saves, so the application
holds a ``QLockFile`` next to the database (``liaison.sqlite3.lock``) while it has it open. A lock
left by a copy that crashed is noticed (its process no longer runs) and taken over. Locks never
expire by age: a copy may rightly stay open for days, and on a shared network folder the other
computer's process cannot be checked. The CLI reads the same file (``core/instance.py``) before
restoring a backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

from liaison_desktop.core.instance import instance_lock_path


class InstanceGuard(QObject):
    """The lock on one database; ``acquire()`` at start-up, ``release()`` when closing it."""

    def __init__(self, database_path: Path | None, parent: QObject | None = None) -> None:
        """``database_path`` is ``None`` for a database server, which needs no guard."""
        super().__init__(parent)
        self.database_path = database_path
        self._lock: QLockFile | None = None
        if database_path is not None:
            self._lock = QLockFile(str(instance_lock_path(database_path)))
            self._lock.setStaleLockTime(0)  # only a dead process frees a lock, never its age

    def acquire(self) -> bool:
        """Take the lock; ``False`` when another copy holds it (then see ``message()``)."""
        if self._lock is None:
            return True
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    def message(self) -> str:
        """Why ``acquire()`` failed, in the interface language."""
        assert self._lock is not None, "a database server needs no guard"
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, _app = self._lock.getLockInfo()
            return self.tr(
                "The database “{path}” is already open in another copy of Liaison Desktop "
                "(process {pid} on the computer “{host}”). Switch to that window, or close it "
                "and start again. Two copies must not edit the same meetings at once."
            ).format(path=self.database_path, pid=pid, host=host)
        return self.tr(
            "Liaison Desktop cannot create its lock file next to the database “{path}”; the "
            "folder may be read-only. Copy the database to a folder you can write to."
        ).format(path=self.database_path)
