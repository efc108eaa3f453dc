"""Search everything: meetings, agenda points, action items, review remarks, people and places.

The text comes from the main window's search box (Ctrl+K); the filters here combine with it.
Results are ranked by the search engine (``core/search``) and shown with a snippet whose matched
words are highlighted; Enter or a double-click opens the record where it is worked on: a meeting
in the editor (at its agenda or reviews for those), an action item selected on the Action items
page, a person or a place on their page. Typing is debounced and the search runs on a worker
thread (the first one loads the text analysis), so the box never stutters; an answer that a newer
search overtook is dropped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import LiaisonError, ValidationError
from liaison_desktop.core.search.engine import SearchHit, SearchRequest, SearchResults
from liaison_desktop.core.search.snippet import marked
from liaison_desktop.core.vocab import SearchKind
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import error_text, vocab_text
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.widgets.combos import ANY, ValueCombo, VocabCombo
from liaison_desktop.gui.widgets.datefield import DateField

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

DEBOUNCE_MS = 250
PAGE_SIZE = 50
HIT_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT = ("<span style='background-color:#ffe58a; color:#000; font-weight:600'>", "</span>")
SELECTED = QColor("#d4e4f7")  # light, so the highlights and grey lines stay readable
SELECTED_EDGE = QColor("#2a5d9f")
STATUSES = (*vocab.MeetingStatus, *vocab.ActionStatus)


def hit_html(hit: SearchHit) -> str:
    """The result as rich text: everything from the records escaped, only the highlights
    are markup."""
    escape = html.escape
    title = f"<b>{escape(hit.title)}</b>"
    if hit.context:
        title += f" <span style='color:#555'>— {escape(hit.context)}</span>"
    facts = [vocab_text(hit.kind), short_date(hit.date), hit.station]
    line = " · ".join(escape(fact) for fact in facts if fact)
    snippet = marked(hit.snippet, hit.highlights, *HIGHLIGHT, escape)
    return f"{title}<br><span style='color:#2a5d9f'>{line}</span><br>{snippet}"


class HitDelegate(QStyledItemDelegate):
    """Draws a result's rich text, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(text)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        document.setTextWidth(max(width, 200))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, options.text)
        options.text = ""
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        options.state &= ~QStyle.StateFlag.State_Selected
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        if selected:
            painter.fillRect(options.rect, SELECTED)
            painter.fillRect(
                options.rect.adjusted(0, 0, 4 - options.rect.width(), 0), SELECTED_EDGE
            )
        context = QAbstractTextDocumentLayout.PaintContext()
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, options.text)
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)


class ResultList(QListView):
    """The results; ``opened(row)`` on Enter or a double-click."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(HitDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the texts to a new width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(lambda index: self.opened.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # -1: Enter came before the results (the search runs on a worker): open the top one
            # when it arrives
            current = self.currentIndex()
            self.opened.emit(current.row() if current.isValid() else -1)
            return
        super().keyPressEvent(event)


class SearchPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.text = ""
        self.limit = PAGE_SIZE
        self.results: SearchResults | None = None
        self._ticket = 0  # the latest search started; older answers are dropped
        self._open_top_hit = False  # Enter was pressed before the results came
        self._applying = False

        self.kind = VocabCombo(enum=SearchKind, blank=ANY)
        self.station = ValueCombo(blank=ANY)
        self.series = ValueCombo(blank=ANY)
        self.status = VocabCombo(blank=ANY)
        self.status.set_vocabulary(vocab.MeetingStatus, STATUSES)
        self.date_from = DateField()
        self.date_to = DateField()
        for combo in (self.kind, self.station, self.series, self.status):
            combo.currentIndexChanged.connect(self.filters_changed)
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self.filters_changed)
            field.dateChosen.connect(lambda _date: self.filters_changed())
        self.labels = {
            key: QLabel() for key in ("kind", "station", "series", "status", "from", "to")
        }
        for key, field in (
            ("kind", self.kind),
            ("station", self.station),
            ("series", self.series),
            ("status", self.status),
            ("from", self.date_from),
        ):
            self.labels[key].setBuddy(field)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)

        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = ResultList()
        self.list.setModel(self.model)
        self.list.opened.connect(self.open_row)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.start)

        filters = QGridLayout()
        filters.addWidget(self.labels["kind"], 0, 0)
        filters.addWidget(self.kind, 0, 1)
        filters.addWidget(self.labels["station"], 0, 2)
        filters.addWidget(self.station, 0, 3)
        filters.addWidget(self.labels["series"], 0, 4)
        filters.addWidget(self.series, 0, 5)
        filters.addWidget(self.labels["status"], 1, 0)
        filters.addWidget(self.status, 1, 1)
        filters.addWidget(self.labels["from"], 1, 2)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.labels["to"])
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 3)
        filters.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def reload(self) -> None:
        self._applying = True
        self.station.set_items((p.id, p.name) for p in self.ctx.services.directory.stations())
        self.series.set_items(
            (s.id, s.name) for s in self.ctx.services.series.all_series(include_inactive=True)
        )
        self._applying = False
        self.start()

    # Searching --------------------------------------------------------------------------------

    def search_for(self, text: str, *, now: bool = False) -> None:
        """The search box changed (``now``: Enter was pressed)."""
        self.text = text
        self.limit = PAGE_SIZE
        self._open_top_hit = False
        if now:
            self.start()
        else:
            self.timer.start()

    def filters_changed(self) -> None:
        if not self._applying:
            self.limit = PAGE_SIZE
            self.start()

    def clear_filters(self) -> None:
        self._applying = True
        for combo in (self.kind, self.station, self.series, self.status):
            combo.set_value(None)
        self.date_from.set_date(None)
        self.date_to.set_date(None)
        self._applying = False
        self.filters_changed()

    def show_more(self) -> None:
        self.limit += PAGE_SIZE
        self.start()

    def request(self) -> SearchRequest:
        """The text and the filters; ``ValidationError`` for a date that does not parse."""
        kind = self.kind.value()
        status = self.status.value()
        return SearchRequest(
            text=self.text,
            kinds=(SearchKind(kind),) if kind else (),
            station_id=self.station.value(),
            series_id=self.series.value(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            statuses=(status,) if status else (),
            limit=self.limit,
        )

    def start(self) -> None:
        """Search now (on a worker), for the text and filters as they are."""
        self.timer.stop()
        self._ticket += 1
        ticket = self._ticket
        if not self.text.strip():
            self._show(None, self.tr("Type in the search box above (Ctrl+K) what to look for."))
            return
        try:
            request = self.request()
        except ValidationError as error:
            self._show(None, error_text(error))
            return
        engine = self.ctx.services.search
        self.ctx.tasks.start(
            lambda _progress: engine.search(request),
            on_success=lambda results: self._answered(ticket, results),
            on_failure=lambda error: self._failed(ticket, error),
            parent=self,
            show_progress=False,
        )

    def _answered(self, ticket: int, results: SearchResults) -> None:
        if ticket == self._ticket:
            self._show(results)

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket != self._ticket:
            return
        if not isinstance(error, LiaisonError):
            show_error(self, error)  # a bug: the crash dialog
            return
        self._show(None, error_text(error))

    def _show(self, results: SearchResults | None, message: str = "") -> None:
        self.results = results
        self.model.clear()
        hits = results.hits if results is not None else ()
        for hit in hits:
            item = QStandardItem(hit_html(hit))
            item.setData(hit, HIT_ROLE)
            item.setToolTip(hit.title)
            self.model.appendRow(item)
        if results is not None and not message:
            message = self._summary(results)
        self.summary.setText(message)
        self.more_button.setVisible(results is not None and len(hits) < results.ranked)
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        if self._open_top_hit and results is not None:
            self._open_top_hit = False
            if hits:
                self.open_row(0)

    def _summary(self, results: SearchResults) -> str:
        if not results.hits:
            return self.tr("Nothing found. Try fewer or other words, or clear the filters.")
        text = self.tr("%1 result(s), best first.").replace("%1", str(results.ranked))
        if len(results.hits) < results.ranked:
            text += " " + self.tr("Showing the first %1.").replace("%1", str(len(results.hits)))
        if results.capped:
            text += " " + self.tr(
                "Many records match: only the %1 most recent were ranked. Add words or filters "
                "to narrow the search."
            ).replace("%1", str(results.ranked))
        return text

    # Opening ----------------------------------------------------------------------------------

    def hit_at(self, row: int) -> SearchHit:
        return self.model.item(row).data(HIT_ROLE)

    def open_row(self, row: int) -> None:
        if row < 0:
            self._open_top_hit = True
            return
        self.open_hit(self.hit_at(row))

    def open_hit(self, hit: SearchHit) -> None:
        window = self.window_
        if hit.kind is SearchKind.PERSON:
            window.show_page("people").select_person(hit.id)  # type: ignore[attr-defined]
        elif hit.kind is SearchKind.PLACE:
            window.show_page("places").select_place(hit.id)  # type: ignore[attr-defined]
        elif hit.kind is SearchKind.ACTION and hit.action_id is not None:
            window.show_page("actions").select_action(hit.action_id)  # type: ignore[attr-defined]
        elif hit.meeting_id is not None:
            editor = window.open_meeting(hit.meeting_id)
            section = {SearchKind.AGENDA: "agenda", SearchKind.REVIEW: "reviews"}.get(hit.kind)
            if editor is not None and section is not None:
                editor.show_section(section)  # type: ignore[attr-defined]

    def focus_results(self) -> None:
        self.list.setFocus()
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))

    # Texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("Kind"),
            "station": self.tr("Station"),
            "series": self.tr("Series"),
            "status": self.tr("Status"),
            "from": self.tr("From"),
            "to": self.tr("to"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.clear_button.setText(self.tr("Clear filters"))
        self.more_button.setText(self.tr("Show more results"))
        if self.results is not None:
            self._show(self.results)
        else:
            self.start()
