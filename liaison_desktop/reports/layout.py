"""The look shared by every printed document: A4 pages, letterhead, tables, footer, watermark.

Every piece of text is a shaped Paragraph in Hind (see ``fonts``) drawn on the text-layer canvas
(see ``textlayer``), so Devanagari prints and extracts correctly. "Page X of Y" is drawn without a
second pass: each page shows a form XObject that is filled with the page count when the canvas is
saved.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from liaison_desktop.reports import fonts, textlayer
from liaison_desktop.reports.meeting_data import Letterhead

# Binary streams, not ReportLab's default ASCII85 (made for 7-bit mail): without its C
# accelerator ReportLab encodes ASCII85 in Python, a tenth of the time of a large document, and
# the files come out 8% larger. Process-wide, which suits: every PDF here is ours.
rl_config.useA85 = 0

MARGIN_LEFT = 22 * mm  # room to punch and file
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_BASELINE = 10 * mm
HEADER_BASELINE = 10 * mm  # from the top edge, on pages after the first

HEADING_ROOM = 28 * mm  # a heading needs this much room below it for its first lines
PAGE_TOTAL_FORM = "pageTotal"
RULE = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
WATERMARK = colors.Color(0.86, 0.86, 0.86)
MUTED = colors.Color(0.3, 0.3, 0.3)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    signature: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    title: ParagraphStyle
    office: ParagraphStyle
    office_line: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle
    watermark: ParagraphStyle


@functools.cache
def styles() -> Styles:
    names = fonts.register_fonts()

    def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        # Devanagari needs about 1.45 × the size between lines for the marks above and below.
        return ParagraphStyle(
            name,
            fontName=names.bold if bold else names.regular,
            fontSize=size,
            leading=extra.pop("leading", round(size * 1.45, 1)),
            shaping=1,
            **extra,
        )

    return Styles(
        body=style("body", 10.5, spaceAfter=3),
        small=style("small", 8),
        muted=style("muted", 9, textColor=MUTED),
        cell=style("cell", 9.5),
        cell_bold=style("cell_bold", 9.5, bold=True),
        cell_centre=style("cell_centre", 9.5, alignment=TA_CENTER),
        signature=style("signature", 10, bold=True, alignment=TA_CENTER),
        heading=style("heading", 12, bold=True, spaceBefore=10, spaceAfter=4),
        subheading=style("subheading", 10.5, bold=True, spaceBefore=6),
        title=style("title", 15, bold=True, alignment=TA_CENTER, spaceAfter=2),
        office=style("office", 16, bold=True, alignment=TA_CENTER),
        office_line=style("office_line", 9.5, alignment=TA_CENTER, leading=13),
        right=style("right", 10.5, alignment=TA_RIGHT),
        centre=style("centre", 10.5, alignment=TA_CENTER),
        watermark=style("watermark", 96, bold=True, alignment=TA_CENTER, textColor=WATERMARK),
    )


def markup(text: str) -> str:
    """Plain text as Paragraph markup: XML escaped, line breaks kept, characters the font cannot
    draw named (``fonts.printable``)."""
    return escape(fonts.printable(text.strip())).replace("\n", "<br/>")


class Text(Paragraph):
    """A Paragraph that breaks its lines once per width.

    ReportLab wraps a table cell to size its row, again to draw it and again on every page split
    of the table; line breaking with shaping is the costliest step of a document, and a wrap at
    a width already seen gives the same lines (the height offered does not change them).
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_at or "blPara" not in self.__dict__:
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self.width, self.height


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph. One-line text skips ReportLab's markup parser (a document has
    a thousand cells): it becomes a copy of the style's fragment holding the text. Characters
    the font cannot draw print by name (``fonts.printable``)."""
    words = text.split()
    if not words or "\n" in text.strip():
        return Text(markup(text), style)  # markup() makes it printable
    line = fonts.printable(" ".join(words))
    return Text(line, style, frags=[_fragment(style).clone(text=line)])


@functools.cache
def _fragment(style: ParagraphStyle) -> Any:
    return Paragraph("x", style).frags[0]


def heading(text: str, *, minor: bool = False) -> list[Flowable]:
    """A section heading that starts a new page rather than end one: ReportLab's keepWithNext
    would move a whole long table or discussion along with it and leave half a page empty."""
    s = styles()
    return [CondPageBreak(HEADING_ROOM), para(text, s.subheading if minor else s.heading)]


def labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    """``label: text`` with the label in bold."""
    return Text(f"<b>{escape(label)}:</b> {markup(text)}", style)


def rule(width: float = 0.6, space: float = 4) -> HRFlowable:
    return HRFlowable(
        width="100%", thickness=width, color=RULE, spaceBefore=space, spaceAfter=space
    )


def letterhead(office: Letterhead, language: str) -> list[Flowable]:
    """Office name and letterhead lines, centred, closed by a double rule."""
    s = styles()
    names = [office.name, office.name_en]
    if language == "en":
        names.reverse()
    names = [name for name in names if name]
    story: list[Flowable] = [para(name, s.office_line) for name in names[1:]]
    if names:
        story.insert(0, para(names[0], s.office))
    story += [para(line, s.office_line) for line in office.lines]
    if office.contact:
        story.append(para(office.contact, s.office_line))
    story += [rule(1.2, 3), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=6)]
    return story


def two_sides(left: Flowable, right: Flowable, width: float) -> Table:
    """A line with one thing flush left and another flush right (पत्रांक … दिनांक …)."""
    table = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
    table.setStyle(_PLAIN)
    return table


_PLAIN = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def plain_table(rows: list[list[Any]], widths: Sequence[float], **kwargs: Any) -> Table:
    """A borderless layout table."""
    table = Table(rows, colWidths=list(widths), **kwargs)
    table.setStyle(_PLAIN)
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fractions: Sequence[float],
    width: float,
    *,
    min_row_height: float = 0,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table ``width`` wide whose header row repeats on every page it runs to.

    Cells may be strings or flowables; ``fractions`` share the width among the columns. An ASCII
    string that fits its column on one line (a number, a date, a mobile number) is drawn as it
    is: a Paragraph costs several times more to lay out, and a long table has thousands of
    cells. Anything else becomes a wrapping, shaped Paragraph: ReportLab 5.1 does not shape a
    plain string drawn on the canvas even with SHAPING set, so Devanagari must never be one.
    A row taller than a page is split inside the row rather than overflowing.
    """
    s = styles()
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    data: list[list[Any]] = [
        [_cell(text, s.cell_bold, w) for text, w in zip(header, widths, strict=True)]
    ]
    for row in rows:
        data.append([_cell(cell, s.cell, w) for cell, w in zip(row, widths, strict=True)])
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        minRowHeights=[0] + [min_row_height] * len(rows) if min_row_height else None,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # for the cells kept as plain (ASCII) strings
                ("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
                ("FONTNAME", (0, 0), (-1, 0), s.cell_bold.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), s.cell.leading),
                *extra_style,
            ]
        )
    )
    return table


CELL_PADDING = 6  # left + right


def _cell(value: Any, style: ParagraphStyle, width: float) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    fits = stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    if text.isascii() and "\n" not in text and fits:
        return text
    return para(text, style)


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


# Pages ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides the story."""

    footer: str  # document id and generation time
    page_label: str  # e.g. "Page {page} of {pages}"
    running_header: str = ""  # on pages after the first
    watermark: str = ""  # e.g. DRAFT, drawn under the content


class PagedCanvas(textlayer.TextLayerCanvas):
    """Fills the page-count form when the document is saved."""

    def save(self) -> None:
        names = fonts.register_fonts()
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(names.regular, styles().small.fontSize)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _draw_under(canvas: Canvas, doc: BaseDocTemplate, decor: PageDecor) -> None:
    """Before the page's content: the watermark, so the content prints over it."""
    if not decor.watermark:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    mark = para(decor.watermark, styles().watermark)
    _, mark_height = mark.wrap(height, height)
    mark.drawOn(canvas, -height / 2, -mark_height / 3)
    canvas.restoreState()


class _PageMarks:
    """What is drawn over every page after its content (so text extraction reads the body
    first): running header, footer rule, document id and "Page X of Y". The header and footer
    are the same on every page, so they are laid out once."""

    def __init__(self, decor: PageDecor) -> None:
        s = styles()
        self.decor = decor
        self.header = para(decor.running_header, s.small) if decor.running_header else None
        self.footer = para(decor.footer, s.small)

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        usable = width - MARGIN_LEFT - MARGIN_RIGHT
        canvas.saveState()
        if doc.page > 1 and self.header is not None:
            self.header.wrap(usable, MARGIN_TOP)
            self.header.drawOn(canvas, MARGIN_LEFT, height - HEADER_BASELINE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, FOOTER_BASELINE + 11, width - MARGIN_RIGHT, FOOTER_BASELINE + 11)
        self.footer.wrap(usable * 0.78, MARGIN_BOTTOM)
        self.footer.drawOn(canvas, MARGIN_LEFT, FOOTER_BASELINE)
        _draw_page_label(canvas, self.decor.page_label, doc.page, width - MARGIN_RIGHT)
        canvas.restoreState()


def _draw_page_label(canvas: Canvas, template: str, page: int, right_edge: float) -> None:
    """ "Page X of Y" flush right. Y, the one part not known yet, is the page-count form, drawn
    in a slot wide enough for four digits; any text after it follows the slot."""
    s = styles()
    font = fonts.register_fonts().regular
    before, _, after = template.partition("{pages}")
    slot = canvas.stringWidth("0000", font, s.small.fontSize)
    gap = canvas.stringWidth(" ", font, s.small.fontSize)
    if after.strip():
        tail = para(after.format(page=page), s.small)
        tail.wrap(right_edge, MARGIN_BOTTOM)
        right_edge -= tail.getActualLineWidths0()[0]
        tail.drawOn(canvas, right_edge, FOOTER_BASELINE)
    slot_x = right_edge - slot
    label = para(before.format(page=page), s.small)
    label.wrap(right_edge, MARGIN_BOTTOM)
    label.drawOn(canvas, slot_x - gap - label.getActualLineWidths0()[0], FOOTER_BASELINE)
    canvas.saveState()
    canvas.translate(slot_x, FOOTER_BASELINE + s.small.leading - s.small.fontSize)
    canvas.doForm(PAGE_TOTAL_FORM)
    canvas.restoreState()


@dataclass(frozen=True)
class PdfInfo:
    title: str
    author: str
    subject: str
    language: str
    keywords: str = ""


@dataclass
class Document:
    """A document ready to lay out: its story, page decoration and metadata."""

    story: list[Flowable]
    decor: PageDecor
    info: PdfInfo
    wide: bool = False  # landscape, for tables with many columns


def build_pdf(document: Document, *, invariant: bool = False) -> bytes:
    """Lay out the document on A4 pages and return the PDF."""
    buffer = io.BytesIO()
    info, decor = document.info, document.decor
    pagesize = landscape(A4) if document.wide else A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator="Liaison Desktop",
        lang="hi-IN" if info.language == "hi" else "en-IN",
        invariant=1 if invariant else None,  # None: rl_config.invariant decides
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT,
        pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "page",
                [frame],
                onPage=lambda c, d: _draw_under(c, d, decor),
                onPageEnd=_PageMarks(decor),
            )
        ]
    )
    doc.build(document.story, canvasmaker=PagedCanvas)
    return buffer.getvalue()


def frame_width(wide: bool = False) -> float:
    pagesize = landscape(A4) if wide else A4
    return pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
