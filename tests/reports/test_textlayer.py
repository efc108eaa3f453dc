"""The PDF text layer of shaped Devanagari (liaison_desktop/reports/textlayer.py)."""

from __future__ import annotations

import io
import operator
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, paragraph
from reportlab.platypus.paraparser import ParaFrag

from liaison_desktop.reports import fonts, textlayer
from tests.reports import corpus

ROOT = Path(__file__).resolve().parents[2]

# The bar: extractors that honour /ActualText, and those that read ToUnicode only.
REQUIRED = {"pypdfium2": 0.99, "pypdf": 0.95, "pdfplumber": 0.95}

HARD_CASES = {
    "short i": ["पिछले", "स्थिति", "किदवई", "नियंत्रण"],
    "reph": ["कार्रवाई", "धर्म", "पार्षद", "निर्णय", "पूर्णतः"],
    "conjunct": ["क्षेत्र", "श्रीमान", "द्वारा", "अवस्थी", "उद्घाटन", "ज्ञापन", "वृद्ध"],
    "nukta": ["क़ानून", "\u0958ानून", "ज़िला", "\u095bिला", "सड़क", "पढ़ाई"],
    "chandrabindu": ["चाँद", "पहुँचे", "हाँ", "घटनाएँ"],
    "visarga": ["दुःख", "प्रातः", "निःशुल्क"],
    "vowel signs": ["में", "हैं।", "कुल", "पार्किंग", "ऑपरेशन", "कृपया"],
    "digits and punctuation": ["१२३४५", "१५/०८/२०२५", "(आंशिक)", '"जनता', "है?", "₹"],
    "mixed English": ["SSP", "FIR", "CCTV-कैमरे", "Kanpur"],
}


@pytest.fixture(scope="module", autouse=True)
def invariant() -> Iterator[None]:
    """Reproducible PDFs, as the application writes them."""
    saved, rl_config.invariant = rl_config.invariant, 1
    yield
    rl_config.invariant = saved


@pytest.fixture(scope="module")
def names() -> fonts.FontNames:
    return fonts.register_fonts()


@pytest.fixture(scope="module")
def corpus_pdf(names: fonts.FontNames) -> tuple[bytes, str]:
    sentences = corpus.load_corpus()
    pdf = corpus.build_pdf(sentences, names.regular, names.bold, textlayer.TextLayerCanvas)
    return pdf, corpus.shown_text(sentences)


def build(story: list[object]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story, canvasmaker=textlayer.TextLayerCanvas)
    return out.getvalue()


def missing_words(reference: str, extracted: str) -> list[str]:
    found = set(extracted.split())
    return [word for word in reference.split() if word not in found]


def test_corpus_covers_the_listed_phenomena() -> None:
    text = "\n".join(sentences := corpus.load_corpus())
    assert len(sentences) >= 200
    for name, pattern in {
        "conjunct": "\u094d",
        "reph": "र\u094d",
        "short i": "\u093f",
        "combining nukta": "\u093c",
        "precomposed nukta": "[\u0958-\u095f]",
        "chandrabindu": "\u0901",
        "visarga": "\u0903",
        "Devanagari digits": "[\u0966-\u096f]",
        "punctuation": r"[।?!:;,\"()/—-]",
        "English": "[A-Za-z]{2}",
    }.items():
        assert len(re.findall(pattern, text)) >= 5, name


@pytest.mark.parametrize("extractor", REQUIRED)
def test_corpus_words_come_back_exact(corpus_pdf: tuple[bytes, str], extractor: str) -> None:
    pdf, shown = corpus_pdf
    extracted = corpus.EXTRACTORS[extractor](pdf)
    score = corpus.words_exact(shown, extracted)
    assert score >= REQUIRED[extractor], missing_words(shown, extracted)[:20]


@pytest.fixture(scope="module")
def hard_cases_text(names: fonts.FontNames) -> dict[str, str]:
    """Each hard case word in a sentence, set in regular and in bold, read back by each
    extractor."""
    story: list[object] = []
    for font_name in (names.regular, names.bold):
        style = ParagraphStyle(font_name, fontName=font_name, fontSize=11, shaping=1)
        for words in HARD_CASES.values():
            story += [Paragraph(f"पत्र {word} देखें", style) for word in words]
    pdf = build(story)
    return {name: extract(pdf) for name, extract in corpus.EXTRACTORS.items()}


@pytest.mark.parametrize("extractor", REQUIRED)
@pytest.mark.parametrize(
    "word", [pytest.param(w, id=f"{case}:{w}") for case, ws in HARD_CASES.items() for w in ws]
)
def test_hard_case_reads_back_exactly(
    hard_cases_text: dict[str, str], extractor: str, word: str
) -> None:
    assert hard_cases_text[extractor].split().count(word) == 2  # regular and bold


@pytest.mark.parametrize("extractor", REQUIRED)
def test_table_cells_and_wrapped_lines(names: fonts.FontNames, extractor: str) -> None:
    sentences = corpus.load_corpus()[40:52]
    style = ParagraphStyle("cell", fontName=names.regular, fontSize=9, shaping=1)
    rows = [[s.split()[0], Paragraph(s, style), " ".join(s.split()[1:3])] for s in sentences]
    table = Table(rows, colWidths=[60, 110, 120], style=fonts.table_text_style(bold_rows=3))
    pdf = build([table])
    shown = " ".join(" ".join([row[0], s, row[2]]) for row, s in zip(rows, sentences, strict=True))
    extracted = corpus.EXTRACTORS[extractor](pdf)
    assert not missing_words(shown, extracted)


def test_word_half_bold_in_fonts_that_have_not_shaped_yet() -> None:
    # ReportLab fails on such a word when the second font has never shaped anything
    light = textlayer.TextLayerFont("TextLayerTestLight", str(corpus.HIND_FILES / "Hind-Light.ttf"))
    semi = textlayer.TextLayerFont(
        "TextLayerTestSemiBold", str(corpus.HIND_FILES / "Hind-SemiBold.ttf")
    )
    for font in (light, semi):
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(light.fontName, normal=light.fontName, bold=semi.fontName)
    style = ParagraphStyle("half-bold", fontName=light.fontName, fontSize=11, shaping=1)
    pdf = build([Paragraph("<b>पु</b>लिस ने <b>पार्ष</b>द से <b>कार्र</b>वाई की", style)])
    for name, extract in corpus.EXTRACTORS.items():
        words = extract(pdf).split()
        assert words[:4] == ["पुलिस", "ने", "पार्षद", "से"], name
        # pdfplumber splits a word whose bold part ends in a mark reaching past it
        assert name == "pdfplumber" or words[4:] == ["कार्रवाई", "की"], name


def test_canvas_draw_string_with_shaping(names: fonts.FontNames) -> None:
    out = io.BytesIO()
    canvas = textlayer.TextLayerCanvas(out)
    canvas.setFont(names.bold, 14)
    canvas.drawString(72, 700, "पुलिस अवस्थी में क्षेत्र SSP", shaping=True)
    canvas.save()
    for extract in corpus.EXTRACTORS.values():
        assert extract(out.getvalue()).split() == ["पुलिस", "अवस्थी", "में", "क्षेत्र", "SSP"]


def test_pages_look_the_same_as_with_reportlab_alone(corpus_pdf: tuple[bytes, str]) -> None:
    """Same glyphs at the same places. Where a word has a positioned mark the pen now
    steps from glyph to glyph instead of jumping to the mark and back; the sums come out
    equal but round differently in the last bit, so now and then a glyph lands on the
    other side of a pixel boundary. Such specks are all that may differ."""
    plain = subprocess.run(
        [sys.executable, "-m", "tests.reports.corpus", "plain"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    ours, before = corpus.render_pages(corpus_pdf[0]), corpus.render_pages(plain)
    assert len(ours) == len(before)
    for n, (a, b) in enumerate(zip(ours, before, strict=True)):
        differing = 0 if a == b else len(a) - bytes(map(operator.xor, a, b)).count(0)
        assert differing <= len(a) // 5_000, f"page {n + 1}: {differing} bytes differ"


def test_output_is_reproducible(names: fonts.FontNames) -> None:
    """With rl_config.invariant the same story gives the same bytes, whatever the
    process built before (the font's codes and caches depend on that history)."""
    style = fonts.stylesheet()["Normal"]
    sentences = corpus.load_corpus()

    def story(chosen: list[str]) -> list[object]:
        return [Paragraph(s, style) for s in chosen]

    first = build(story(sentences[:20]))
    build(story(sentences[150:190]))
    assert build(story(sentences[:20])) == first


def test_fonts_without_the_text_layer_are_left_alone(names: fonts.FontNames) -> None:
    medium = TTFont("TextLayerTestMedium", str(corpus.HIND_FILES / "Hind-Medium.ttf"))
    pdfmetrics.registerFont(medium)
    frag = ParaFrag(fontName=medium.fontName, fontSize=10)
    shaped = textlayer._shape_with_text([0, (frag, "कार्रवाई")])
    expected = textlayer._reportlab_shape([0, (frag, "कार्रवाई")])
    assert str(shaped[1][1]) == str(expected[1][1])
    assert shaped[1][1].__shapeData__ == expected[1][1].__shapeData__


def test_reportlab_points_the_module_depends_on(names: fonts.FontNames) -> None:
    """Fails first when a ReportLab upgrade moves what textlayer hooks into."""
    assert ttfonts.shapeFragWord is textlayer._shape_with_text
    assert paragraph.shapeFragWord is textlayer._shape_with_text
    assert callable(PDFTextObject._formatText)
    frag = ParaFrag(fontName=names.regular, fontSize=10)
    shaped = ttfonts.shapeFragWord([0, (frag, "पिछले")])
    assert isinstance(shaped[1][1], ShapedStr)
    assert {sd.cluster for sd in shaped[1][1].__shapeData__} <= set(range(len("पिछले")))


def test_short_i_is_spread_so_that_drawing_order_spells_it() -> None:
    # ि is drawn before प: the two glyphs swap texts rather than leave one empty
    pieces = textlayer._spread((frozenset("ि"), frozenset("प")), (False, False), "पि")
    assert pieces == ("प", "ि")


def test_overhanging_mark_gives_its_text_to_the_base() -> None:
    pieces = textlayer._spread((frozenset("ह"), frozenset("ै")), (False, True), "है")
    assert pieces == ("है", "")


def test_reading_order_keeps_positions_and_total_width() -> None:
    sd = ttfonts.ShapeData
    # द, a mark nudged right past the start of क, then क
    data = [sd(0, 550, 0, 0, 0, 550), sd(1, 0, 0, 10, 0, 0), sd(2, 771, 0, 0, 0, 771)]
    order, new, widths, overhang = textlayer._in_reading_order(data, [550, 0, 771])
    assert order == [0, 2, 1] and overhang == 3

    def origins(glyphs: list[ttfonts.ShapeData]) -> list[int]:
        pen, out = 0, []
        for g in glyphs:
            out.append(pen + g.x_offset)
            pen += g.x_advance
        return out

    assert [origins(new)[order.index(i)] for i in range(3)] == origins(data)
    assert sum(widths) == 550 + 0 + 771
    assert sum(g.x_advance for g in new) == sum(g.x_advance for g in data)


def test_to_unicode_cmap_blocks_hold_at_most_100_entries() -> None:
    cmap = textlayer._to_unicode_cmap("F1+0", ["\0", *(["क्ष"] * 250)])
    blocks = [int(n) for n in re.findall(r"(\d+) beginbfchar", cmap)]
    assert blocks == [100, 100, 50]
    assert "<01> <0915094D0937>" in cmap
