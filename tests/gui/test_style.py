"""The list headers' sort arrow reads the way clerks expect (issue 14, item 15): ▼ while the
list is newest (largest) first, ▲ while it is oldest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionHeader, QTableWidget

from liaison_desktop.gui.style import SortArrowStyle


class RecordingFusion(QProxyStyle):
    """Fusion, noting which arrow it is asked to draw."""

    def __init__(self) -> None:
        super().__init__("fusion")
        self.arrows: list[QStyleOptionHeader.SortIndicator] = []

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            self.arrows.append(option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)


def test_newest_first_draws_the_down_arrow(qtbot) -> None:
    fusion = RecordingFusion()
    table = QTableWidget(3, 2)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setStyle(SortArrowStyle(fusion))
    header.setSortIndicatorShown(True)
    table.show()
    qtbot.waitExposed(table)
    for order, arrow in (
        (Qt.SortOrder.DescendingOrder, QStyleOptionHeader.SortIndicator.SortDown),
        (Qt.SortOrder.AscendingOrder, QStyleOptionHeader.SortIndicator.SortUp),
    ):
        fusion.arrows.clear()
        header.setSortIndicator(0, order)
        table.grab()
        assert fusion.arrows and set(fusion.arrows) == {arrow}
