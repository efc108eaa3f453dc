"""A short piece of a record's text around the first word the query looks for, with the spans to
highlight: computed from the original text (indexes hold analysed terms, not what to show)."""

from __future__ import annotations

from collections.abc import Callable

from liaison_desktop.text import Query, highlight_spans

WIDTH = 180  # characters of text in a snippet
LEAD = 50  # characters shown before the first highlighted word
CHUNK = 20_000  # a long discussion is searched piece by piece for its first match
ELLIPSIS = "…"
_FLAT = str.maketrans("\n\r\t", "   ")  # one character for one: offsets stay valid

Span = tuple[int, int]


def _first_spans(text: str, query: Query) -> tuple[int, list[Span]]:
    """(offset, spans) of the first piece of text that has a match, spans relative to text."""
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= CHUNK else text.rfind(" ", start, start + CHUNK)
        if end <= start:  # no space to cut at: cut anywhere
            end = start + CHUNK
        spans = highlight_spans(text[start:end], query)
        if spans:
            return start, [(s + start, e + start) for s, e in spans]
        start = end
    return 0, []


def snippet(text: str, query: Query, width: int = WIDTH) -> tuple[str, tuple[Span, ...]]:
    """(snippet, spans): up to ``width`` characters of ``text`` (on one line, cut at spaces, with
    an ellipsis where cut) from a little before the first match; spans index the snippet."""
    flat = text.translate(_FLAT)
    _, spans = _first_spans(flat, query)
    start = 0
    if spans and spans[0][0] > LEAD:
        start = flat.find(" ", spans[0][0] - LEAD, spans[0][0])
        start = spans[0][0] if start < 0 else start + 1
    end = start + width
    if end < len(flat):
        cut = flat.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    else:
        end = len(flat)
    head = ELLIPSIS if start > 0 else ""
    body = flat[start:end].strip()
    shift = len(head) - start - (len(flat[start:end]) - len(flat[start:end].lstrip()))
    kept = tuple((s + shift, min(e, end) + shift) for s, e in spans if start <= s and s < end)
    return head + body + (ELLIPSIS if end < len(flat) else ""), kept


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
