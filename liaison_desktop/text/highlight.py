"""Where a query's words are in a text, for highlighting results and cutting snippets."""

from liaison_desktop.text.query import Query
from liaison_desktop.text.tokens import words


def highlight_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """(start, end) offsets into text of every word that one of query's clauses looks for.

    Each word is judged alone, the way an index matches terms (same term, term starting with a
    prefix, or same phonetic key for a word typed in Latin letters); words of a phrase are marked
    wherever they occur. Excluded clauses mark nothing. Spans are in text order, one per word.
    """
    terms: set[str] = set()
    keys: set[str] = set()
    term_prefixes: list[str] = []
    key_prefixes: list[str] = []
    for clause in (clause for group in query.groups for clause in group):
        whole = -1 if clause.prefix else len(clause.terms)
        terms.update(clause.terms[:whole])
        keys.update(clause.keys[:whole])
        if clause.prefix:
            term_prefixes.append(clause.terms[-1])
            key_prefixes.extend(clause.keys[-1:])
    return [
        (word.start, word.end)
        for word in words(text)
        if word.term in terms
        or word.key in keys
        or word.term.startswith(tuple(term_prefixes))
        or word.key.startswith(tuple(key_prefixes))
    ]
