"""What the user typed in the search box, as a structure any search engine can run.

parse_query() accepts any string and never raises. It understands what people type into search
boxes, and treats everything else as text to look for:

- words are all required (AND); "double quotes" (or “ ” « » „) make a phrase, and an unclosed
  quote runs to the end;
- OR or | between two words or phrases makes either one do;
- a leading - (or −), or NOT before a word or phrase, excludes it; if nothing but exclusions
  is left, the user meant the words themselves and they are searched for;
- a trailing * makes the last word a prefix (at least two letters, else it is a plain word);
- AND, &, && and a leading + are the default anyway and are ignored; brackets and all other
  punctuation separate words (so "FIR-123" is the phrase fir 123, just as in the documents).
  Brackets do not group: (a OR b) c means the same as a OR b c, the usual intent.

Words go through the same analysis as indexed text (tokens.words), so a query term matches exactly
the index terms of the same word. A word typed in Latin letters also carries phonetic keys
(translit.py), so baithak finds बैठक; acronyms (SHO, ATR), words under three letters and
one-letter keys are left out, because their keys would match almost anything.

Matching semantics, for every engine: a text matches a Query when, for every group, at least one
of its clauses matches, and no excluded clause matches. A clause matches when its terms occur at
consecutive positions of the text's terms (the last one as a prefix of the text's term if
`prefix`), or when its keys do so in the text's keys. An empty Query matches nothing.
"""

import re
from dataclasses import dataclass

from liaison_desktop.text.tokens import Word, words
from liaison_desktop.text.translit import phonetic_key

MAX_QUERY_CHARS = 1000  # longer input is cut: nobody types more, and it bounds the work
MAX_CLAUSES = 32  # per group, groups, and exclusions; keeps FTS5 well under its depth limit (256)
MIN_PREFIX = 2
MIN_KEYED_WORD = 3  # a lone Latin word shorter than this gets no phonetic key (x, me, to)

_QUOTES = "\"“”„«»"
_ITEM = re.compile(
    rf"(?P<sign>[-−+])?[{_QUOTES}](?P<phrase>[^{_QUOTES}]*)[{_QUOTES}]?"  # "phrase", maybe unclosed
    rf"|[^\s{_QUOTES}]+"  # anything else up to a space or quote
)
_OR = frozenset({"OR", "|", "||"})
_AND = frozenset({"AND", "&", "&&", "+"})
_BRACKETS = "()[]{}"
_ACRONYM = re.compile(r"[A-Z]{2,5}")


@dataclass(frozen=True, slots=True)
class Clause:
    """Something to look for: one word, or a phrase of words in a row."""

    terms: tuple[str, ...]  # analysed terms, in order; never empty
    prefix: bool = False  # the last term is a prefix
    keys: tuple[str, ...] = ()  # phonetic alternative, same length as terms, or () for none


@dataclass(frozen=True, slots=True)
class Query:
    """Every group must match (one of its clauses will do); no excluded clause may match."""

    groups: tuple[tuple[Clause, ...], ...] = ()
    excluded: tuple[Clause, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.groups


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _clause(found: list[Word], raw: str, prefix: bool) -> Clause:
    terms = [w.term for w in found]
    keys = [w.key for w in found]
    last = found[-1]
    # A prefix is matched against stemmed index terms; stemming may shorten the typed word
    # (meeting* -> meet), never lengthen it, so the part both forms share is what to look for.
    prefix = prefix and len(_common_prefix(last.norm, last.term)) >= MIN_PREFIX
    if prefix:
        terms[-1] = _common_prefix(last.norm, last.term)
        keys[-1] = phonetic_key(last.norm)
    typed_latin = any(w.norm.isascii() and w.norm.isalpha() for w in found)
    if len(found) == 1:
        typed_latin = (
            typed_latin
            and not _ACRONYM.fullmatch(raw[last.start : last.end])
            and len(last.norm) >= MIN_KEYED_WORD
            and len(keys[0]) >= 2
            and keys[0] != last.norm  # the key is a real skeleton, not the word itself
        )
    return Clause(tuple(terms), prefix, tuple(keys) if typed_latin else ())


def _items(raw: str) -> list[tuple[Clause, bool, bool]]:
    """(clause, excluded, joined to the previous item by OR) for each searchable item."""
    items: list[tuple[Clause, bool, bool]] = []
    negate_next = join_next = False
    for match in _ITEM.finditer(raw):
        if match.group("phrase") is not None:
            text, negate = match.group("phrase"), match.group("sign") in ("-", "−")
        else:
            token = match.group()
            if token in _OR:
                join_next = True
                continue
            if token in _AND:
                continue
            if token == "NOT":
                negate_next = True
                continue
            token = token.strip(_BRACKETS)
            negate = len(token) > 1 and token[0] in "-−"
            text = token.lstrip("-−+")
        found = words(text)
        if found:
            prefix = text.rstrip().endswith("*")
            items.append((_clause(found, text, prefix), negate or negate_next, join_next))
            negate_next = join_next = False
    return items


def parse_query(raw: str) -> Query:
    """Parse what the user typed; never raises. See the module doc for the syntax understood."""
    groups: list[list[Clause]] = []
    excluded: list[Clause] = []
    previous_positive = False
    for clause, negate, joined in _items(raw[:MAX_QUERY_CHARS]):
        if negate:
            excluded.append(clause)
        elif joined and previous_positive:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        previous_positive = not negate
    if not groups:  # only exclusions: the user meant the words
        groups, excluded = [[clause] for clause in excluded], []
    unique_groups = list(dict.fromkeys(tuple(dict.fromkeys(group)) for group in groups))
    return Query(
        tuple(group[:MAX_CLAUSES] for group in unique_groups[:MAX_CLAUSES]),
        tuple(dict.fromkeys(excluded))[:MAX_CLAUSES],
    )


_COLUMN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FTS5_KEYWORDS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _fts5_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts5_phrase(column: str, terms: tuple[str, ...], prefix: bool) -> str:
    return f"{column} : " + " + ".join(map(_fts5_string, terms)) + (" *" if prefix else "")


def to_fts5(
    query: Query, terms_column: str = "terms", keys_column: str | None = "keys"
) -> str | None:
    """An SQLite FTS5 MATCH expression for query, or None when the query is empty.

    The table must hold index_text()'s terms and keys in the named columns (keys_column=None if
    it has no keys column). Every term is a double-quoted FTS5 string, so no user input can form
    FTS5 syntax. Column names are the caller's and must be plain identifiers.
    """
    for column in (terms_column, keys_column):
        if column is not None and (not _COLUMN.fullmatch(column) or column in _FTS5_KEYWORDS):
            raise ValueError(f"not a usable FTS5 column name: {column!r}")
    if query.is_empty:
        return None

    def clause(c: Clause) -> str:
        parts = [_fts5_phrase(terms_column, c.terms, c.prefix)]
        if keys_column and c.keys:
            parts.append(_fts5_phrase(keys_column, c.keys, c.prefix))
        return " OR ".join(f"({part})" for part in parts)

    expression = " AND ".join(
        "(" + " OR ".join(map(clause, group)) + ")" for group in query.groups
    )
    if query.excluded:
        expression = f"({expression}) NOT ({' OR '.join(map(clause, query.excluded))})"
    return expression
