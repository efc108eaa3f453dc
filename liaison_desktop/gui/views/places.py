"""Places: police stations with their wards, mandals with theirs, and who is invited to each
station's monthly meeting (by office on the day, plus the series' named invitees)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.models import MeetingSeries, Place
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.widgets.personfield import PersonField

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

PLACE_ROLE = Qt.ItemDataRole.UserRole
HOLDER_ROLES = {
    vocab.PlaceKind.STATION.value: vocab.Role.STATION_OFFICER,
    vocab.PlaceKind.WARD.value: vocab.Role.COUNCILLOR,
    vocab.PlaceKind.MANDAL.value: vocab.Role.MANDAL_PRESIDENT,
}


class PlacesPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.tree = QTreeWidget()
        self.tree.setObjectName("placesTree")
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_place())
        self.tree.itemActivated.connect(lambda *_: self.edit_place())
        self.new_buttons = {kind: QPushButton() for kind in ("station", "ward", "mandal")}
        for kind, button in self.new_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.new_place(k))

        self.heading = QLabel()
        self.heading.setObjectName("placeHeading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_place)
        self.invitees_label = QLabel()
        self.invitees_label.setWordWrap(True)
        self.invitees = QTableWidget(0, 3)
        self.invitees.setObjectName("inviteesTable")
        self.invitees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invitees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invitees.verticalHeader().hide()
        header = self.invitees.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_invitee = PersonField()
        self.add_invitee.setObjectName("addInvitee")
        self.add_invitee.set_directory(ctx.services.directory)
        self.add_invitee.personChosen.connect(self._add_invitee)
        self.remove_invitee = QPushButton()
        self.remove_invitee.clicked.connect(self._remove_invitee)
        self._series: MeetingSeries | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in self.new_buttons.values():
            row.addWidget(button)
        left_layout.addLayout(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.invitees_label)
        right_layout.addWidget(self.invitees, 1)
        invitee_row = QHBoxLayout()
        invitee_row.addWidget(self.add_invitee, 1)
        invitee_row.addWidget(self.remove_invitee)
        right_layout.addLayout(invitee_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # Tree -------------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_place_id()
        directory = self.ctx.services.directory
        self.tree.clear()
        self.groups: dict[str, QTreeWidgetItem] = {}
        for kind in (vocab.PlaceKind.STATION, vocab.PlaceKind.MANDAL):
            group = QTreeWidgetItem(self.tree, [vocab_text(kind, vocab.PlaceKind), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups[kind.value] = group
            for place in directory.places(kind, include_inactive=True):
                item = self._item(group, place)
                for ward in directory.children(place.id, vocab.PlaceKind.WARD):
                    self._item(item, ward)
            group.setExpanded(True)
        self.tree.expandAll()
        self.select_place(current)

    def _item(self, parent: QTreeWidgetItem, place: Place) -> QTreeWidgetItem:
        note = "" if place.active else self.tr("inactive")
        item = QTreeWidgetItem(parent, [place.name, place.name_latin or note])
        item.setData(0, PLACE_ROLE, place.id)
        return item

    def current_place_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, PLACE_ROLE) if item is not None else None

    def select_place(self, place_id: int | None) -> None:
        if place_id is None:
            group = self.groups.get(vocab.PlaceKind.STATION.value)
            if group is not None and group.childCount():
                self.tree.setCurrentItem(group.child(0))
            return
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if item.data(0, PLACE_ROLE) == place_id:
                self.tree.setCurrentItem(item)
                return
            iterator += 1

    # Details ----------------------------------------------------------------------------------

    def _show_place(self) -> None:
        place_id = self.current_place_id()
        self.invitees.setRowCount(0)
        self._series = None
        self.edit_button.setEnabled(place_id is not None)
        if place_id is None:
            self.heading.setText(self.tr("Select a place."))
            self.facts.clear()
            self._show_invitee_controls(False)
            return
        services, today = self.ctx.services, self.ctx.today()
        place = services.directory.place(place_id)
        self.heading.setText(place.name)
        facts = [vocab_text(place.kind, vocab.PlaceKind), place.name_latin, place.code]
        role = HOLDER_ROLES.get(place.kind)
        if role is not None:
            holders = services.directory.holders(role, place.id, today)
            names = ", ".join(a.person.name for a in holders) or self.tr("nobody recorded")
            facts.append(f"{vocab_text(role)}: {names}")
        if place.kind == vocab.PlaceKind.WARD:
            parents = services.directory.parents(place.id)
            facts += [f"{vocab_text(p.kind, vocab.PlaceKind)}: {p.name}" for p in parents]
        self.facts.setText(" · ".join(fact for fact in facts if fact))
        self._series = (
            MeetingSeries.select()
            .where(
                (MeetingSeries.station == place.id)
                & (MeetingSeries.kind == vocab.SeriesKind.MONTHLY_STATION.value)
            )
            .first()
            if place.kind == vocab.PlaceKind.STATION
            else None
        )
        self._show_invitee_controls(self._series is not None)
        if self._series is not None:
            self._show_invitees()

    def _show_invitee_controls(self, visible: bool) -> None:
        for widget in (self.invitees_label, self.invitees, self.add_invitee, self.remove_invitee):
            widget.setVisible(visible)

    def _show_invitees(self) -> None:
        series, today = self._series, self.ctx.today()
        if series is None:
            return
        services = self.ctx.services
        self.invitees_label.setText(
            self.tr("Invited to “%1” (as of today): by office, then named invitees.").replace(
                "%1", series.name
            )
        )
        named = {person.id for person in services.series.named_invitees(series.id)}
        lines = services.series.default_invitees(series.id, today)
        self.invitees.setRowCount(len(lines))
        for r, line in enumerate(lines):
            how = self.tr("named") if line.person_id in named else self.tr("by office")
            for c, text in enumerate((line.name, line.designation, how)):
                item = QTableWidgetItem(text)
                item.setData(PLACE_ROLE, line.person_id if line.person_id in named else None)
                self.invitees.setItem(r, c, item)

    def _add_invitee(self, person_id: int) -> None:
        if self._series is None:
            return
        try:
            self.ctx.services.series.add_invitee(self._series.id, person_id)
        except Exception as error:
            show_error(self, error)
            return
        self.add_invitee.clear()
        self._show_invitees()

    def _remove_invitee(self) -> None:
        row = self.invitees.currentRow()
        if self._series is None or row < 0:
            return
        person_id = self.invitees.item(row, 0).data(PLACE_ROLE)
        if person_id is None:  # invited by office: change the appointment, not the list
            return
        self.ctx.services.series.remove_invitee(self._series.id, person_id)
        self._show_invitees()

    # Changes ----------------------------------------------------------------------------------

    def new_place(self, kind: str) -> None:
        from liaison_desktop.gui.dialogs.directory import PlaceDialog

        dialog = PlaceDialog(self.ctx, None, self, kind)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def edit_place(self) -> None:
        from liaison_desktop.gui.dialogs.directory import PlaceDialog

        place_id = self.current_place_id()
        if place_id is None:
            return
        dialog = PlaceDialog(self.ctx, self.ctx.services.directory.place(place_id), self)
        if dialog.exec():
            self._changed(place_id)

    def _changed(self, place_id: int) -> None:
        self.window_.dataChanged.emit()
        self.reload()
        self.select_place(place_id)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Place"), self.tr("In Latin letters")])
        self.new_buttons["station"].setText(self.tr("New station…"))
        self.new_buttons["ward"].setText(self.tr("New ward…"))
        self.new_buttons["mandal"].setText(self.tr("New mandal…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.invitees.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Designation"), self.tr("Invited")]
        )
        self.add_invitee.setPlaceholderText(self.tr("Add a named invitee: type a name…"))
        self.remove_invitee.setText(self.tr("Remove named invitee"))
        if not self._stale:
            self.reload()
