"""A table model that holds only row ids and fetches rows when the view asks for them.

Anki's browser keeps big collections fast the same way: filtering and sorting run in SQL and return
ids only (a few milliseconds for 100,000 rows); the view asks ``data()`` for the visible rows, which
are fetched a page at a time and kept in a bounded cache. Nothing proportional to the table's size
is built in Python except the list of ids.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

PAGE_SIZE = 120
CACHE_ROWS = 3000

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English, marked with QT_TRANSLATE_NOOP in the model's translation context
    sortable: bool = True


class LazyTableModel(QAbstractTableModel):
    """Subclasses give ``columns``, ``context`` (for header translation), ``query_ids`` and
    ``fetch_rows``; ``cell`` turns a fetched row into what the view shows."""

    columns: Sequence[Column] = ()
    context = "LazyTableModel"
    default_sort = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: OrderedDict[int, Any] = OrderedDict()
        self.sort_column, self.sort_order = self.default_sort

    # What subclasses provide -------------------------------------------------------------------

    def query_ids(self) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    def cell(self, row: Any, key: str, role: int) -> Any:
        raise NotImplementedError

    # Refreshing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the query again (filter or sort changed, or the data did)."""
        ids = self.query_ids()
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def forget_rows(self, ids: Sequence[int] = ()) -> None:
        """Drop cached rows (all when ``ids`` is empty) so they are read again on display."""
        if ids:
            for row_id in ids:
                self._rows.pop(row_id, None)
        else:
            self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.last_column)
            )

    def retranslate(self) -> None:
        """Headers and vocabulary labels in the new interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.last_column)
        self.forget_rows()

    @property
    def last_column(self) -> int:
        return len(self.columns) - 1

    # Rows and ids ------------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def record(self, row: int) -> Any:
        """The fetched row at ``row``, reading its page from the database if needed."""
        row_id = self._ids[row]
        found = self._rows.get(row_id)
        if found is None:
            start = row - row % PAGE_SIZE
            wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
            self._rows.update(self.fetch_rows(wanted))
            while len(self._rows) > CACHE_ROWS:
                self._rows.popitem(last=False)
            found = self._rows.get(row_id)
        else:
            self._rows.move_to_end(row_id)
        return found

    # Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        row = self.record(index.row())
        if row is None:  # deleted since the ids were read
            return None
        return self.cell(row, self.columns[index.column()].key, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return  # the view announcing the order already in use: nothing to query
        self.sort_column, self.sort_order = column, order
        self.refresh()

    @property
    def sort_key(self) -> str:
        return self.columns[self.sort_column].key

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder
