"""Hindi/English text analysis for search: normalisation, words, stems, phonetic keys, queries.

No Qt and no database here: an index stores index_text() of each text, and a search runs
parse_query() of what the user typed, rendered for the engine (to_fts5 for SQLite FTS5).
See README.md beside this file for how an indexer and a query side use it.
"""

from liaison_desktop.text.highlight import highlight_spans
from liaison_desktop.text.normalise import normalise
from liaison_desktop.text.query import Clause, Query, parse_query, to_fts5
from liaison_desktop.text.stem import stem
from liaison_desktop.text.tokens import IndexedText, Word, analyse, index_text, words
from liaison_desktop.text.translit import phonetic_key

__all__ = [
    "Clause",
    "IndexedText",
    "Query",
    "Word",
    "analyse",
    "highlight_spans",
    "index_text",
    "normalise",
    "parse_query",
    "phonetic_key",
    "stem",
    "to_fts5",
    "words",
]
