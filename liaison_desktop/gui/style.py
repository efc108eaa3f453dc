"""The application's style: the platform's, with the list headers' sort arrows the way round
clerks read them.

Qt's header hands Fusion (the style on Linux) an "up" arrow for a descending sort, so the
meetings list, newest first, showed ▲ — read as "ascending" by anyone used to a spreadsheet.
Under Fusion the arrow is turned: ▼ for newest (largest) first, ▲ for oldest first. Other styles
draw the platform's own convention and are left as they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader

SWAPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option: QStyleOption, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            turned.sortIndicator = SWAPPED.get(option.sortIndicator, option.sortIndicator)
            option = turned
        super().drawPrimitive(element, option, painter, widget)


def apply_style(app: QApplication) -> None:
    if app.style().name().lower() == "fusion":
        app.setStyle(SortArrowStyle(app.style().name()))
