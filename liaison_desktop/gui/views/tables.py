"""The table view every list page uses: whole-row selection, sortable headers, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from liaison_desktop.gui.models.lazy import LazyTableModel

ROW_HEIGHT_EXTRA = 8


class RecordTable(QTableView):
    """A read-only list of records; ``opened(id)`` on double-click or Enter."""

    opened = Signal(int)

    def __init__(self, model: LazyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Indicator first: enabling sorting then asks for the order already in use (no query).
        self.horizontalHeader().setSortIndicator(model.sort_column, model.sort_order)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row height: the view never measures rows it does not show (fast at 100,000).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        self.doubleClicked.connect(self._open_index)

    def record_model(self) -> LazyTableModel:
        return self.model()  # type: ignore[return-value]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.record_model().id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        model = self.record_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [model.id_at(row) for row in rows]

    def select_id(self, record_id: int) -> bool:
        row = self.record_model().row_of(record_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.record_model().id_at(index.row()))

    def set_column_widths(self, widths: dict[str, int]) -> None:
        model = self.record_model()
        for column, spec in enumerate(model.columns):
            if spec.key in widths:
                self.setColumnWidth(column, widths[spec.key])
        self.horizontalHeader().setStretchLastSection(True)
