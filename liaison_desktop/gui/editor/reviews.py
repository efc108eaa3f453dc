"""Review of earlier decisions (the Action Taken Report): a status and a remark for each item.

The items are filled in when the meeting is created from its series (every item still open from
its earlier meetings). Keyboard: 1 open, 2 in progress, 3 done, 4 dropped on the current row;
typing in the remark column writes the remark; Delete drops the item from this review.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.records import MeetingDraft, ReviewLine
from liaison_desktop.core.services.actions import ActionFilter, ActionRow
from liaison_desktop.core.services.meetings import F_REMARK, F_STATUS
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.lines import (
    LineColumn,
    LinesModel,
    VocabDelegate,
    commit_open_editor,
)
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ReviewModel"
STATUS_KEYS = {
    Qt.Key.Key_1: vocab.ActionStatus.OPEN.value,
    Qt.Key.Key_2: vocab.ActionStatus.IN_PROGRESS.value,
    Qt.Key.Key_3: vocab.ActionStatus.DONE.value,
    Qt.Key.Key_4: vocab.ActionStatus.DROPPED.value,
}


class ReviewTable(QTableView):
    def __init__(self, model: LinesModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setObjectName("reviewTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.status_column = model.column_of("status")
        self.remark_column = model.column_of("remark")
        self.setItemDelegateForColumn(self.status_column, VocabDelegate(vocab.ActionStatus, self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("item", 330), ("raised", 170), ("responsible", 150), ("due", 95)):
            self.setColumnWidth(model.column_of(key), width)
        self.setColumnWidth(self.status_column, 115)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model: LinesModel = self.model()  # type: ignore[assignment]
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            # 1-4 set the status from any column, the remark's too (a row is selected as a
            # whole, so the clerk cannot see which cell is current); other keys type a remark.
            status = STATUS_KEYS.get(Qt.Key(event.key()))
            if status is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                model.setData(model.index(index.row(), self.status_column), status)
                return
            if event.key() == Qt.Key.Key_Delete and index.column() != self.remark_column:
                model.remove(index.row())
                return
        super().keyPressEvent(event)


class ReviewSection(Section):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.info: dict[int, ActionRow] = {}
        columns = [
            LineColumn(
                "item",
                QT_TRANSLATE_NOOP("ReviewModel", "Action item"),
                display=lambda line: self._info(line, "description"),
            ),
            LineColumn(
                "raised",
                QT_TRANSLATE_NOOP("ReviewModel", "Raised at"),
                display=self._raised,
            ),
            LineColumn(
                "responsible",
                QT_TRANSLATE_NOOP("ReviewModel", "Responsible"),
                display=lambda line: self._info(line, "responsible"),
            ),
            LineColumn(
                "due",
                QT_TRANSLATE_NOOP("ReviewModel", "Due"),
                display=lambda line: (
                    short_date(self.info[line.action_id].due_date)
                    if line.action_id in self.info
                    else ""
                ),
            ),
            LineColumn(
                "status",
                QT_TRANSLATE_NOOP("ReviewModel", "Status now"),
                editable=True,
                vocabulary=vocab.ActionStatus,
            ),
            LineColumn("remark", QT_TRANSLATE_NOOP("ReviewModel", "Remark"), editable=True),
        ]
        self.model = LinesModel(columns, CONTEXT, self)
        self.model.edited.connect(self.changed)
        self.table = ReviewTable(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.table.currentIndex().row())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _info(self, line: ReviewLine, attribute: str) -> str:
        row = self.info.get(line.action_id)
        return str(getattr(row, attribute)) if row is not None else ""

    def _raised(self, line: ReviewLine) -> str:
        row = self.info.get(line.action_id)
        return f"{short_date(row.origin_date)} · {row.series_name}" if row else ""

    def title(self) -> str:
        return self.tr("&3 Review of earlier items (%1)").replace("%1", str(len(self.model.lines)))

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        ids = tuple(line.action_id for line in draft.reviews)
        rows = self.ctx.services.actions.rows(ActionFilter(ids=ids)) if ids else []
        self.info = {row.id: row for row in rows}
        self.model.set_lines(draft.reviews)
        self.table.resizeRowsToContents()

    def store(self, draft: MeetingDraft) -> None:
        commit_open_editor(self.table)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.read_only = read_only
        self.remove_button.setEnabled(not read_only)

    def focus_field(self, field: str | None) -> bool:
        if field not in (F_STATUS, F_REMARK):
            return False
        self.table.setFocus()
        return True

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Keys on a row: 1 open, 2 in progress, 3 done, 4 dropped; type in the remark "
                "column to write the remark."
            )
        )
        self.remove_button.setText(self.tr("Leave out of this review"))
        self.model.refresh_texts()
