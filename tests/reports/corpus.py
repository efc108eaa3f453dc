"""The Hindi test corpus, the PDF built from it and the ways of reading it back.

Shared by tests/reports/test_textlayer.py and bench/pdf_textlayer.py. ``python -m
tests.reports.corpus plain`` writes the corpus PDF made by ReportLab alone (no text-layer
hook, plain TTFont, plain canvas) to standard output, for comparisons in a clean process.
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import fontpkg_hind
import pdfplumber
import pypdf
import pypdfium2
from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

CORPUS_PATH = Path(__file__).parent / "data" / "hindi_corpus.txt"
HIND_FILES = fontpkg_hind.ROOT / "files"


def load_corpus() -> list[str]:
    """The corpus sentences (comment lines starting with # left out)."""
    lines = CORPUS_PATH.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def build_pdf(
    sentences: Sequence[str], regular: str, bold: str, canvasmaker: type[Canvas] = Canvas
) -> bytes:
    """A PDF setting every sentence as a regular paragraph (every fifth with a bold word
    inside), as a bold, justified one, and in a table (a wrapping Paragraph cell,
    plain-string cells with Devanagari digits and a bold word pair). :func:`shown_text`
    tells its words."""
    normal = ParagraphStyle("corpus", fontName=regular, fontSize=10, leading=14, shaping=1)
    heavy = ParagraphStyle("corpus-bold", parent=normal, fontName=bold, alignment=TA_JUSTIFY)
    cell = ParagraphStyle("corpus-cell", parent=normal, fontSize=9, leading=12)
    story: list[object] = []
    for n, sentence in enumerate(sentences):
        words = [escape(word) for word in sentence.split()]
        if n % 5 == 0 and len(words) > 3:
            words[2] = f"<b>{words[2]}</b>"
        story.append(Paragraph(" ".join(words), normal))
        story.append(Paragraph(escape(sentence), heavy))
    rows = [
        [_serial(n), Paragraph(escape(sentence), cell), _pair(sentence)]
        for n, sentence in enumerate(sentences, start=1)
    ]
    story.append(
        Table(
            rows,
            colWidths=[36, 300, 130],
            style=[
                ("FONTNAME", (0, 0), (1, -1), regular),
                ("FONTNAME", (2, 0), (2, -1), bold),
                ("SHAPING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, "grey"),
            ],
        )
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title="corpus").build(story, canvasmaker=canvasmaker)
    return out.getvalue()


def shown_text(sentences: Sequence[str]) -> str:
    """The words :func:`build_pdf` sets, in no particular order."""
    shown = [sentence for sentence in sentences for _ in range(2)]
    for n, sentence in enumerate(sentences, start=1):
        shown += [_serial(n), sentence, _pair(sentence)]
    return "\n".join(shown)


def _serial(n: int) -> str:
    return str(n).translate(_DEVANAGARI_DIGITS) + "."


def _pair(sentence: str) -> str:
    return " ".join(sentence.split()[:2])


_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def words_exact(reference: str, extracted: str) -> float:
    """Share of the reference's words found, spelled exactly, in the extracted text
    (as multisets, so that reading order, which extractors decide for themselves, does
    not count)."""
    wanted = Counter(reference.split())
    found = Counter(extracted.split())
    return sum((wanted & found).values()) / sum(wanted.values())


def extract_pdfium(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def extract_pypdf(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def extract_pdfplumber(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "pypdfium2": extract_pdfium,
    "pypdf": extract_pypdf,
    "pdfplumber": extract_pdfplumber,
}


def render_pages(pdf: bytes, scale: float = 1.5) -> list[bytes]:
    """Each page rendered by PDFium, as raw pixels."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [bytes(page.render(scale=scale).buffer) for page in document]
    finally:
        document.close()


def build_plain(sentences: Sequence[str]) -> bytes:
    """The corpus PDF from ReportLab alone. Call it only in a process that has not
    registered the project's fonts: ReportLab would reuse those for the same files."""
    pdfmetrics.registerFont(TTFont("PlainHind", str(HIND_FILES / "Hind-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("PlainHind-Bold", str(HIND_FILES / "Hind-Bold.ttf")))
    pdfmetrics.registerFontFamily("PlainHind", normal="PlainHind", bold="PlainHind-Bold")
    return build_pdf(sentences, "PlainHind", "PlainHind-Bold")


if __name__ == "__main__":
    rl_config.invariant = 1
    if sys.argv[1:] != ["plain"]:
        sys.exit("usage: python -m tests.reports.corpus plain > corpus.pdf")
    sys.stdout.buffer.write(build_plain(load_corpus()))
