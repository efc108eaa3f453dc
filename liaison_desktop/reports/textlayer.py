"""A correct text layer for shaped Devanagari in the PDFs ReportLab writes.

ReportLab shapes Devanagari with HarfBuzz but forgets the text behind each glyph: a
conjunct, a half form or a reph becomes a private-use character, and the short i (ि),
drawn before its consonant, is read back in visual order. Copying or searching such a
PDF gives ``अवथी`` for ``अवस्थी`` and ``म`` for ``में``.

This module keeps, for every shaped cluster, the text that produced it, and writes it
into the PDF twice over:

* **ToUnicode**, read by every extractor (pypdf and pdfplumber read nothing else): each
  glyph gets a font code whose ToUnicode entry is its share of its cluster's text, so
  that the glyphs, in drawing order, spell the text in logical order (the short i's
  glyph reads as its consonant, the consonant's as ि). A glyph keeps its ordinary code
  where that already reads right. Words whose marks are positioned are drawn in reading
  order, the pen stepping from glyph to glyph, so that extractors which sort glyphs by
  position, or read pen moves as spaces, get them right too.
* **/ActualText**, honoured by PDFium, poppler and Acrobat: a word that PDFium would
  misread from ToUnicode alone (it holds a mark read as nothing, a raised or lowered
  glyph, or a glyph of no width) is wrapped in a ``/Span <</ActualText (word)>> BDC ...
  EMC`` span; so is a word drawn after spaces at the start of a run of text.

The same glyphs land at the same places, so pages look as before; where the pen now
steps differently a renderer's sums may round a glyph to the neighbouring pixel.

Use::

    from liaison_desktop.reports import fonts, textlayer

    names = fonts.register_fonts()        # Hind as TextLayerFonts; installs the hook
    styles = fonts.stylesheet()           # shaping=1
    doc = SimpleDocTemplate(path)         # or any BaseDocTemplate
    doc.build(story, canvasmaker=textlayer.TextLayerCanvas)

Paragraphs need ``shaping=1`` in their style and Table cells holding plain strings need
``("SHAPING", (0, 0), (-1, -1), 1)`` (``fonts.table_text_style()``); Paragraphs inside
cells work as they are, and so does ``TextLayerCanvas.drawString(..., shaping=True)``.
Without the canvas pypdf and pdfplumber still read the text right, but PDFium and
poppler need the spans it adds (a vowel sign read from ToUnicode alone may come out as
a stray character or at the end of the line). Like
ReportLab's TTFont, the fonts are not for building two documents at the same time:
build PDFs one after another (one worker thread).

Limits: right-to-left text is left as ReportLab makes it. A word split between fonts
(half of it bold) whose first part ends in a mark reaching past that part reads right
everywhere but in pdfplumber, which splits it there. Each font hands out at most 65,534
codes of each kind in a process (the 232-sentence test corpus uses about 400), then
raises RuntimeError.

ReportLab points this depends on (tests/reports/test_textlayer.py checks them):

* ``ttfonts.shapeFragWord``, and the name ``paragraph.shapeFragWord`` bound to it at
  import: the one place where a word's text and its glyphs meet, so :func:`install`
  wraps it, process-wide. The wrapper calls ReportLab's function, re-encodes what it
  returns and keeps it to replay for the same word (paragraphs shape every word again
  each time they are wrapped); words in fonts other than :class:`TextLayerFont` come
  out as ReportLab made them. The clusters it reports index the concatenated text of
  the word's frags; ``ttfonts.makeShapedFragWord`` gives a replayed word its class.
* ``ShapedStr`` and its ``__shapeData__`` (cluster, x_advance, x_offset, y_offset,
  width per glyph), from which ``PDFTextObject._formatText`` positions each glyph;
  ``_formatText`` itself, which the canvas's text objects extend.
* ``TTFont.state[doc].subsets``, ``getSubsetInternalName`` and ``addObjects``, which
  registers each subset's ToUnicode stream in ``doc.idToObject``; the face's
  ``charToGlyph``/``charWidths``/``glyphToChar`` tables, where codes are added the way
  ReportLab adds its own private-use ones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedFragWord, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

__all__ = ["TextLayerCanvas", "TextLayerFont", "install"]

# Codes for glyph-with-text pairs come from the supplementary private use areas, clear of
# the U+E000..U+F800 range ReportLab hands out for glyphs that have no character: area B
# for glyphs whose word needs an /ActualText span (see _glyph_char), area A for others.
_CODES = {False: (0xF0000, 0xFFFFD), True: (0x100000, 0x10FFFD)}
# Entries kept in each cache of shaped words before it is emptied and filled anew.
_CACHE_MAX = 20000


class TextLayerFont(TTFont):
    """A TrueType font whose glyphs can stand for the text of the cluster they came from.

    Creating one installs the shaping hook (see :func:`install`).
    """

    def __init__(self, name: str, filename: str, **kwargs: Any) -> None:
        super().__init__(name, filename, **kwargs)
        self._texts: dict[int, str] = {}  # private code -> the text it stands for
        self._codes: dict[tuple[int, str, int, bool], int] = {}  # see _glyph_char()
        self._counts = {False: 0, True: 0}  # codes given out, without and with span
        self._spellings: dict[tuple[Any, ...], str] = {}  # see spell()
        self._actual_texts: dict[str, str | None] = {}  # word -> its span's ActualText
        self._natural_chars: dict[tuple[int, int], frozenset[str]] = {}  # see _naturals()
        # ReportLab gives a font its hbAddPrivate only when the font first shapes, and
        # fails on a word whose later part (say after <b>) is in a font yet to shape
        self.hbFont()
        install()

    def text_of(self, chars: str) -> str:
        """The text the characters of a shaped string stand for."""
        return chars.translate(self._texts)

    def spell(
        self,
        gids: tuple[int, ...],
        widths: tuple[int, ...],
        own: tuple[bool, ...],
        overhang: int,
        text: str,
    ) -> str:
        """Characters that draw glyphs ``gids`` (in drawing order, advancing ``widths``
        in 1/1000 em) and read back, in that order, as ``text``. A glyph keeps the
        font's own character where it can, unless ``own`` says no (then it gets a private
        code that gives its word an /ActualText span). Glyphs from index ``overhang`` on
        are marks hanging past the end."""
        key = (gids, widths, own, overhang, text)
        chars = self._spellings.get(key)
        if chars is None:
            naturals = tuple(map(self._naturals, gids, widths, own))
            pieces = _spread(naturals, tuple(k >= overhang for k in range(len(gids))), text)
            chars = "".join(map(self._glyph_char, gids, pieces, widths, own))
            self._spellings[key] = chars
        return chars

    def _naturals(self, gid: int, width: int, own: bool) -> frozenset[str]:
        """The characters the font maps to glyph ``gid`` at advance ``width``."""
        if not own:
            return frozenset()
        naturals = self._natural_chars.get((gid, width))
        if naturals is None:
            widths = self.face.charWidths
            naturals = self._natural_chars[gid, width] = frozenset(
                chr(c) for c in self.face.glyphToChar.get(gid, ()) if widths.get(c) == width
            )
        return naturals

    def _glyph_char(self, gid: int, text: str, width: int, own: bool) -> str:
        face = self.face
        if (
            own
            and len(text) == 1
            and (face.charToGlyph.get(ord(text)), face.charWidths.get(ord(text))) == (gid, width)
        ):
            return text
        # PDFium reads an empty ToUnicode entry as the raw code, moves a raised or
        # lowered glyph to the end of the line and may drop the space after a glyph of
        # no width: such glyphs mark their word for a span
        span = not text or not own or not width
        code = self._codes.get((gid, text, width, span))
        if code is None:
            first, last = _CODES[span]
            code = first + self._counts[span]
            if code > last:
                raise RuntimeError(f"{self.fontName}: no private codes left for cluster text")
            self._counts[span] += 1
            self._codes[gid, text, width, span] = code
            self._texts[code] = text
            face.charToGlyph[code] = gid
            face.charWidths[code] = width
        return chr(code)

    def addObjects(self, doc: Any) -> None:
        """Write the subsets as ReportLab does, then give each code its cluster text."""
        state = self.state.get(doc)
        if state is None:
            return super().addObjects(doc)
        subsets = [list(subset) for subset in state.subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        font_dicts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):
            stream = doc.idToObject[font_dicts[name].ToUnicode.name]
            stream.content = _to_unicode_cmap(name, [self.text_of(chr(c)) for c in subset])
        return None


# --- the shaping hook: give every glyph its share of the text ---------------------------


def _encode_word(word: Sequence[Any], shaped: list[Any]) -> None:
    """Re-encode, in place, the shaped parts of ``shaped`` (ReportLab's shaping of ``word``)
    so that each glyph carries its share of the text of its cluster."""
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    parts = [i for i in range(1, len(shaped)) if isinstance(shaped[i][1], ShapedStr)]
    fonts = [pdfmetrics.getFont(shaped[i][0].fontName) for i in parts]
    # the same word at another size, or not followed by a space, shapes the same
    key = (text, *((font, str(shaped[i][1])) for font, i in zip(fonts, parts, strict=True)))
    encoded = _encodings.get(key)
    if encoded is None:
        if len(_encodings) >= _CACHE_MAX:
            _encodings.clear()
        encoded = _encodings[key] = _encode_parts(text, fonts, [shaped[i][1] for i in parts])
    for i, new in zip(parts, encoded, strict=True):
        if new is not None:
            chars, shape_data = new
            item = shaped[i]
            shaped_str = ShapedStr(chars, shapeData=list(shape_data))
            shaped[i] = type(item)((item[0], shaped_str, *item[2:]))


_encodings: dict[tuple[Any, ...], list[tuple[str, list[ShapeData]] | None]] = {}


def _encode_parts(
    text: str, fonts: Sequence[Any], strings: Sequence[ShapedStr]
) -> list[tuple[str, list[ShapeData]] | None]:
    """For each shaped string of a word: its characters and shape data re-encoded (None
    where the font is not a TextLayerFont or the word is not one this module handles)."""
    clusters = [sd.cluster for s in strings for sd in s.__shapeData__]
    if any(a > b for a, b in itertools.pairwise(clusters)):
        return [None] * len(strings)  # right-to-left or reordered across clusters
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    return [
        _encode_part(font, s, text, ends)
        if isinstance(font, TextLayerFont) and not _reads_back(s, text, ends)
        else None
        for font, s in zip(fonts, strings, strict=True)
    ]


def _reads_back(s: ShapedStr, text: str, ends: dict[int, int]) -> bool:
    """True when ReportLab's characters already are the text, glyph for glyph, and no
    glyph is moved off the pen (most English words, and Hindi ones without signs)."""
    data = s.__shapeData__
    if any(sd.x_offset or sd.y_offset for sd in data):
        return False
    return str(s) == text[data[0].cluster : ends[data[-1].cluster]]


def _encode_part(
    font: TextLayerFont, s: ShapedStr, text: str, ends: dict[int, int]
) -> tuple[str, list[ShapeData]]:
    """``s`` redrawn glyph for glyph, in reading order, each glyph spelling its text."""
    char_to_glyph, char_widths = font.face.charToGlyph, font.face.charWidths
    codes = [ord(c) for c in s]
    order, shape_data, widths, overhang = _in_reading_order(
        s.__shapeData__, [char_widths[c] for c in codes]
    )
    gids = [char_to_glyph[codes[i]] for i in order]
    advancing = [s.__shapeData__[i].x_advance > 0 for i in order]
    # a raised or lowered glyph takes a code of its own, which marks its word for a span
    own = [not sd.y_offset for sd in shape_data]
    clusters = [sd.cluster for sd in shape_data]
    chars: list[str] = []
    for start, stop in _chunks(clusters, advancing):
        chunk_text = text[min(clusters[start:stop]) : ends[max(clusters[start:stop])]]
        chars.append(
            font.spell(
                tuple(gids[start:stop]),
                tuple(widths[start:stop]),
                tuple(own[start:stop]),
                overhang - start,
                chunk_text,
            )
        )
    return "".join(chars), shape_data


def _in_reading_order(
    shape_data: Sequence[ShapeData], widths: Sequence[int]
) -> tuple[list[int], list[ShapeData], list[int], int]:
    """Glyph order by position on the page, with shape data and advance widths that draw
    every glyph exactly where it was, the pen stepping from glyph origin to glyph origin;
    and where the marks that overhang the end of the string begin (those stay as they
    are, after the rest).

    ReportLab draws a positioned mark by moving the pen to it and back again. pypdf reads
    a move back of a space's width as a space (``क ु ल``) and pdfplumber, which orders
    glyphs by position, ends a word after a mark that has no width, or reads a vowel sign
    HarfBuzz placed a hair right of its base after the next letter. Stepping from origin
    to origin, each glyph as wide as the step, leaves nothing to misread. The advance
    widths keep their total, which ReportLab uses to place what follows on the line.
    """
    if not any(sd.x_offset for sd in shape_data):  # the pen already goes glyph to glyph
        return list(range(len(shape_data))), list(shape_data), list(widths), len(shape_data)
    origins, pen = [], 0
    for sd in shape_data:
        origins.append(pen + sd.x_offset)
        pen += sd.x_advance
    end = pen
    identity = list(range(len(shape_data)))
    last = len(shape_data) - 1
    while last >= 0 and shape_data[last].x_advance == 0 and origins[last] > end:
        last -= 1
    order = sorted(identity[: last + 1], key=origins.__getitem__) + identity[last + 1 :]
    offsets = any(sd.x_offset for sd in shape_data[: last + 1])
    if (order == identity and not offsets) or last < 0 or origins[order[last]] > end:
        return identity, list(shape_data), list(widths), last + 1
    new_data, new_widths, pen = [], [], 0
    for k, i in enumerate(order[: last + 1]):
        nxt = origins[order[k + 1]] if k < last else end
        new_widths.append(nxt - origins[i])
        new_data.append(
            shape_data[i]._replace(
                x_advance=nxt - pen, x_offset=origins[i] - pen, width=new_widths[-1]
            )
        )
        pen = nxt
    # keep the sum of advance widths: the leftover is a small move ReportLab adds after it
    new_widths[-1] += sum(widths[: last + 1]) - sum(new_widths)
    new_data[-1] = new_data[-1]._replace(width=new_widths[-1])
    overhang = order[last + 1 :]
    return (
        order,
        new_data + [shape_data[i] for i in overhang],
        new_widths + [widths[i] for i in overhang],
        last + 1,
    )


def _chunks(clusters: Sequence[int], advancing: Sequence[bool]) -> list[tuple[int, int]]:
    """Split glyphs (in drawing order) into the smallest runs that each cover whole
    clusters, so that each run can spell its own stretch of text. A run never starts
    with a mark: its text rides on the glyph before it."""
    n = len(clusters)
    suffix_min = list(clusters)
    for k in range(n - 2, -1, -1):
        suffix_min[k] = min(suffix_min[k], suffix_min[k + 1])
    starts, prefix_max = [0], clusters[0] if n else 0
    for k in range(1, n):
        if advancing[k] and prefix_max < suffix_min[k]:
            starts.append(k)
        prefix_max = max(prefix_max, clusters[k])
    return list(zip(starts, [*starts[1:], n], strict=True)) if n else []


def _spread(
    naturals: tuple[frozenset[str], ...], trailing: tuple[bool, ...], text: str
) -> tuple[str, ...]:
    """Split ``text`` into one piece per glyph, in drawing order.

    The pieces concatenate to ``text``, so an extractor reading glyphs in drawing order
    gets the logical text even when the short i is drawn first or the reph last.
    ``naturals`` are the characters each glyph already stands for: keeping them saves
    codes. A mark overhanging the end of the word is best left empty: it sits a hair
    right of the word's end, and pdfplumber would read its text after the space.
    Elsewhere an empty piece splits a word for pdfplumber, so it is a last resort.
    """
    n, m = len(naturals), len(text)
    if n == 1:
        return (text,)
    if n == m and not any(trailing) and all(map(frozenset.__contains__, naturals, text)):
        return tuple(text)  # each glyph is its own character
    inf = float("inf")
    # best[i][j]: cheapest cost of giving text[:j] to the first i glyphs, and that split
    best: list[list[tuple[float, int]]] = [[(inf, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0, -1)
    for i in range(n):
        for j in range(m + 1):
            cost = best[i][j][0]
            if cost == inf:
                continue
            for k in range(j, m + 1):
                step = _cost(naturals[i], trailing[i], text[j:k])
                if cost + step < best[i + 1][k][0]:
                    best[i + 1][k] = (cost + step, j)
    pieces: list[str] = []
    end = m
    for i in range(n, 0, -1):
        start = best[i][end][1]
        pieces.append(text[start:end])
        end = start
    return tuple(reversed(pieces))


def _cost(naturals: frozenset[str], trailing_mark: bool, piece: str) -> int:
    if trailing_mark:
        return 2 if piece else 0
    if not piece:
        return 3
    return 0 if piece in naturals else 1


def _to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    """A ToUnicode CMap giving code ``i`` the text ``texts[i]`` (code 0 is .notdef)."""
    entries = [
        f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
        for code, text in enumerate(texts)
        if code and text != "\0"  # code 0 is .notdef; an empty text is a mark's
    ]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    # a bfchar block may hold at most 100 entries
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


_reportlab_shape = ttfonts.shapeFragWord


@dataclass(frozen=True)
class _Shaping:
    """ReportLab's shaping of a word, re-encoded, to replay for the same text and fonts.

    Paragraphs shape every word again each time they are wrapped (a table wraps its
    cells several times), so replaying saves more time than re-encoding costs.
    """

    unchanged: bool  # ReportLab returned the word as it was
    width: float
    # per part: index of its frag in the word, item type, characters, shape data
    parts: tuple[tuple[int, type, str, tuple[ShapeData, ...]], ...]

    @classmethod
    def of(cls, word: Sequence[Any], shaped: Sequence[Any]) -> _Shaping:
        if shaped is word:
            return cls(True, 0, ())
        frags = [id(f) for f, _ in word[1:]]
        parts = tuple(
            (frags.index(id(item[0])), type(item), str(item[1]), tuple(item[1].__shapeData__))
            for item in shaped[1:]
        )
        return cls(False, shaped[0], parts)

    def replay(self, word: Sequence[Any]) -> Any:
        if self.unchanged:
            return word
        # the class ReportLab gives it, which keeps what the word's own class says
        # (whether a space follows it, where it may be split)
        return ttfonts.makeShapedFragWord(word)(
            [
                self.width,
                *(
                    kind((word[1 + i][0], ShapedStr(chars, shapeData=list(data))))
                    for i, kind, chars, data in self.parts
                ),
            ]
        )


_shapings: dict[tuple[Any, ...], _Shaping] = {}


def _replay_key(word: Sequence[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """What ReportLab's shaping of ``word`` depends on, or None for a word not to replay
    (already shaped, holding an image or anchor, or shaped with unusual arguments)."""
    if args or isinstance(word, ShapedFragWord) or (kwargs and kwargs.keys() - {"force"}):
        return None
    force = kwargs.get("force", False)
    if len(word) == 2:  # most words: one frag
        frag, text = word[1]
        # ReportLab never rebinds a registered font name, so names stand for fonts here
        return None if hasattr(frag, "cbDefn") else (force, frag.fontName, frag.fontSize, text)
    if any(hasattr(f, "cbDefn") for f, _ in word[1:]):
        return None
    first: dict[int, int] = {}
    sharing = tuple(first.setdefault(id(f), i) for i, (f, _) in enumerate(word[1:]))
    return force, sharing, *((f.fontName, f.fontSize, s) for f, s in word[1:])


def _shape_with_text(word: Any, *args: Any, **kwargs: Any) -> Any:
    key = _replay_key(word, args, kwargs)
    shaping = _shapings.get(key) if key is not None else None
    if shaping is not None:
        return shaping.replay(word)
    shaped = _reportlab_shape(word, *args, **kwargs)
    if shaped is not word:
        _encode_word(word, shaped)
    if key is not None:
        if len(_shapings) >= _CACHE_MAX:
            _shapings.clear()
        _shapings[key] = _Shaping.of(word, shaped)
    return shaped


def install() -> None:
    """Make ReportLab's shaping keep each cluster's text (idempotent, process-wide).

    Only words set in a :class:`TextLayerFont` are changed, so other fonts and documents
    come out exactly as before.
    """
    ttfonts.shapeFragWord = _shape_with_text  # shapeStr (canvas.drawString) looks it up here
    paragraph.shapeFragWord = _shape_with_text  # paragraph.py bound the name at import


class _TextObject(PDFTextObject):
    """Wraps each word whose glyphs do not read back by themselves in an /ActualText span."""

    def _formatText(self, text: str) -> str:
        format_text = super()._formatText
        font = pdfmetrics.getFont(self._fontname)
        if not (isinstance(font, TextLayerFont) and isinstance(text, ShapedStr)):
            return format_text(text)
        code: list[str] = []
        done = 0
        for start, end, actual in _spans(font, text):
            if start > done:
                code.append(format_text(text[done:start]))
            code += (f"/Span <</ActualText {actual}>> BDC", format_text(text[start:end]), "EMC")
            done = end
        if done < len(text):
            code.append(format_text(text[done:] if done else text))
        return " ".join(code)


# A word with the spaces around it. PDFium skips a text object that shows only spaces
# (it has no width), so a space drawn on its own after a span is lost.
_WORDS = re.compile(r"[ \xa0]*[^ \xa0]+[ \xa0]*")


def _spans(font: TextLayerFont, text: ShapedStr) -> Iterator[tuple[int, int, str]]:
    """Start, end and ActualText (a PDF string) of each word of ``text`` that needs a
    span (see :func:`_actual_text`)."""
    known = font._actual_texts
    for word in _WORDS.finditer(text):
        chars = word.group()
        actual = known.get(chars, "")
        if actual == "":
            if len(known) >= _CACHE_MAX:
                known.clear()
            actual = known[chars] = _actual_text(font, chars)
        if actual:
            yield *word.span(), actual


def _actual_text(font: TextLayerFont, chars: str) -> str | None:
    """The ActualText for a word, as a PDF string, or None if ToUnicode is enough. A word
    needs a span if it holds a glyph PDFium misreads (see TextLayerFont._glyph_char) or
    starts with spaces (ReportLab may draw those alone, after a font change, and PDFium
    would lose them)."""
    if chars[0] in " \xa0" or _SPAN_CODES.search(chars):
        actual = font.text_of(chars)
        return "<FEFF" + actual.encode("utf-16-be").hex().upper() + ">"
    return None


_SPAN_CODES = re.compile("[{}-{}]".format(*map(chr, _CODES[True])))


class TextLayerCanvas(Canvas):
    """A canvas whose text objects add /ActualText spans; pass it as ``canvasmaker``."""

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:
        return _TextObject(self, x, y, direction=direction)
