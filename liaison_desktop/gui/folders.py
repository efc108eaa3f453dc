"""Where file dialogs open: the folder last used for that kind of file, else the user's
Documents (never the program's own folder, which is where Qt starts without a directory)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

DOCUMENTS_FOLDER = "documents/folder"  # exported papers (single and batch)
ATTACHMENTS_FOLDER = "attachments/folder"  # scans and files attached to meetings


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(state: QSettings, key: str) -> Path:
    remembered = state.value(key)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    return documents_folder()


def remember_folder(state: QSettings, key: str, chosen: Path) -> None:
    state.setValue(key, str(chosen if chosen.is_dir() else chosen.parent))
