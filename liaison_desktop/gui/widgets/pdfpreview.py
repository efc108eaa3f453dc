"""The paper on screen: a PDF view with visible zoom controls (fit width, whole page, smaller,
larger) and the usual keys for them (Ctrl+=, Ctrl+-, Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())

        def button(shortcut: QKeySequence | str | None, slot) -> QToolButton:
            action = QAction(self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.addAction(action)
            tool = QToolButton()
            tool.setDefaultAction(action)
            return tool

        self.fit_width = button("Ctrl+0", lambda: self.set_mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = button(None, lambda: self.set_mode(QPdfView.ZoomMode.FitInView))
        self.zoom_out = button(QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in = button(QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP))
        self.zoom_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_zoom()

    def zoom(self, by: float) -> None:
        factor = min(max(self.view.zoomFactor() * by, ZOOM_MIN), ZOOM_MAX)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Page width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Whole page"))
        else:
            self.zoom_label.setText(f"{self.view.zoomFactor():.0%}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.fit_width.defaultAction().setText(self.tr("Fit width"))
        self.fit_page.defaultAction().setText(self.tr("Whole page"))
        self.zoom_out.defaultAction().setText(self.tr("Smaller (Ctrl+−)"))
        self.zoom_in.defaultAction().setText(self.tr("Larger (Ctrl++)"))
        self._show_zoom()
