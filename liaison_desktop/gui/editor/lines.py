"""An editable table over a list of draft lines (attendance, reviews, action items).

The model edits the ``MeetingDraft``'s own line objects in place, so what the clerk sees and what
is saved or autosaved are the same value. Columns name a line attribute; closed-vocabulary columns
show translated labels and are edited with a combo box (``VocabDelegate``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from liaison_desktop.core.vocab import Vocabulary
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.widgets.combos import VocabCombo

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LineColumn:
    key: str  # attribute of the line, or a key ``display`` understands
    title: str  # English, marked for translation in the model's context
    editable: bool = False
    vocabulary: type[Vocabulary] | None = None
    display: Callable[[Any], str] | None = None  # for computed, read-only columns


class LinesModel(QAbstractTableModel):
    edited = Signal()  # the clerk changed a value

    def __init__(self, columns: list[LineColumn], context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.context = context
        self.lines: list[Any] = []
        self.read_only = False

    def set_lines(self, lines: list[Any]) -> None:
        """Show (and edit in place) ``lines``, the draft's own list."""
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def append(self, line: Any) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.edited.emit()

    def move(self, row: int, offset: int) -> int:
        """Move a line up (-1) or down (+1); return its new row."""
        target = row + offset
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)):
            return row
        self.beginResetModel()
        self.lines[row], self.lines[target] = self.lines[target], self.lines[row]
        self.endResetModel()
        self.edited.emit()
        return target

    def line_changed(self, row: int) -> None:
        """A line was changed outside the table (e.g. by a detail form)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, len(self.columns) - 1)
            )

    # Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return getattr(line, column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.display is not None:
                return column.display(line)
            value = getattr(line, column.key)
            if column.vocabulary is not None:
                return vocab_text(value, column.vocabulary)
            return "" if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        line = self.lines[index.row()]
        if getattr(line, column.key) == value:
            return False
        setattr(line, column.key, value)
        self.line_changed(index.row())
        self.edited.emit()
        return True


class VocabDelegate(QStyledItemDelegate):
    """Edits a vocabulary column with a combo box of translated labels."""

    def __init__(self, vocabulary: type[Vocabulary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = VocabCombo(parent, enum=self.vocabulary)
        # A choice made in the list is the edit: commit it at once.
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


def commit_open_editor(view: QAbstractItemView) -> None:
    """Keep what is being typed in a cell: Ctrl+S saves without moving the focus out of it."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = QApplication.focusWidget()
    if editor is not None and view.viewport().isAncestorOf(editor):
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
