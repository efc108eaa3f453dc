"""A short piece of a record's text around the first word the query looks for, with the spans to
highlight: computed from the original text (indexes hold analysed terms, not what to show)."""

from __future__ import annotations

from collections.abc import Callable

from liaison_desktop.text import Query, highlight_spans

WIDTH = 180  # characters of text in a snippet
LEAD = 50  # characters shown before the first highlighted word
ELLIPSIS = "…"
_FLAT = str.maketrans("\n\r\t", "   ")  # one character for one: offsets stay valid

Span = tuple[int, int]


def _first_match(text: str, query: Query) -> int | None:
    """Offset of the first word query looks for, analysing text a snippet's width at a time
    (cut at spaces, so no word is split) rather than a long discussion whole."""
    start = 0
    while start < len(text):
        end = min(len(text), start + WIDTH)
        if end < len(text):
            cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        spans = highlight_spans(text[start:end], query)
        if spans:
            return start + spans[0][0]
        start = end
    return None


def snippet(text: str, query: Query, width: int = WIDTH) -> tuple[str, tuple[Span, ...]]:
    """(snippet, spans): up to ``width`` characters of ``text`` (on one line, cut at spaces, with
    an ellipsis where cut) from a little before the first match; spans index the snippet."""
    flat = text.translate(_FLAT)
    first = _first_match(flat, query)
    start = 0
    if first is not None and first > LEAD:
        space = flat.find(" ", first - LEAD, first)
        start = first if space < 0 else space + 1
    end = start + width
    if end < len(flat):
        cut = flat.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    else:
        end = len(flat)
    body = flat[start:end]
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(flat) else ""
    shift = len(head)
    spans = tuple((s + shift, e + shift) for s, e in highlight_spans(body, query))
    return head + body + tail, spans


def marked(
    text: str,
    spans: tuple[Span, ...],
    before: str,
    after: str,
    escape: Callable[[str], str] = lambda s: s,
) -> str:
    """text with ``before``/``after`` around each span, the rest passed through ``escape`` (for
    example html.escape when the result is shown as rich text)."""
    out: list[str] = []
    last = 0
    for start, end in spans:
        out += [escape(text[last:start]), before, escape(text[start:end]), after]
        last = end
    out.append(escape(text[last:]))
    return "".join(out)
