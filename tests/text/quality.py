"""Search-quality harness: the data set, a scoring function, and two engines that run it.

Any engine can be scored: evaluate(cases, search) takes a function from the raw query string to
the ids of the matching documents. MemoryEngine is the reference semantics of a Query over
index_text() output (see liaison_desktop/text/query.py); Fts5Engine is the same through SQLite
FTS5 and to_fts5(), the shape the database layer is expected to use.
"""

import json
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from liaison_desktop.text import Clause, IndexedText, Query, index_text, parse_query, to_fts5

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Case:
    id: str
    query: str
    must_match: frozenset[str]
    must_not_match: frozenset[str]
    critical: bool
    why: str
    known_limitation: str | None  # why this case is expected to fail today


@dataclass
class Report:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    failures: list[str] = field(default_factory=list)  # "q01 'कम' missed [..]; wrongly found [..]"
    unexpected: list[str] = field(default_factory=list)  # failures not marked known_limitation
    results: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def load_search_quality() -> tuple[dict[str, str], list[Case]]:
    data = json.loads((DATA / "search_quality.json").read_text(encoding="utf-8"))
    cases = [
        Case(
            q["id"],
            q["query"],
            frozenset(q["must_match"]),
            frozenset(q["must_not_match"]),
            q.get("critical", False),
            q["why"],
            q.get("known_limitation"),
        )
        for q in data["queries"]
    ]
    return data["documents"], cases


def evaluate(cases: list[Case], search: Callable[[str], Collection[str]]) -> Report:
    """Micro-averaged precision and recall over the judged documents of every case."""
    report = Report()
    for case in cases:
        found = frozenset(search(case.query))
        report.results[case.id] = found
        missed = case.must_match - found
        wrong = case.must_not_match & found
        report.true_positives += len(case.must_match & found)
        report.false_negatives += len(missed)
        report.false_positives += len(wrong)
        if missed or wrong:
            failure = f"{case.id} {case.query!r} missed {sorted(missed)}; found {sorted(wrong)}"
            report.failures.append(failure)
            if not case.known_limitation:
                report.unexpected.append(failure)
    return report


def _sequence_at(needle: tuple[str, ...], hay: tuple[str, ...], prefix: bool) -> bool:
    last = len(needle) - 1
    for start in range(len(hay) - last):
        if hay[start : start + last] == needle[:last] and (
            hay[start + last].startswith(needle[last])
            if prefix
            else hay[start + last] == needle[last]
        ):
            return True
    return False


def _clause_matches(clause: Clause, text: IndexedText) -> bool:
    return _sequence_at(clause.terms, text.terms, clause.prefix) or bool(
        clause.keys and _sequence_at(clause.keys, text.keys, clause.prefix)
    )


def query_matches(query: Query, text: IndexedText) -> bool:
    """The reference meaning of a Query (the module doc of liaison_desktop.text.query)."""
    return (
        not query.is_empty
        and all(any(_clause_matches(c, text) for c in group) for group in query.groups)
        and not any(_clause_matches(c, text) for c in query.excluded)
    )


class MemoryEngine:
    def __init__(self, documents: dict[str, str]) -> None:
        self._indexed = {doc_id: index_text(text) for doc_id, text in documents.items()}

    def search(self, raw: str) -> set[str]:
        query = parse_query(raw)
        return {doc_id for doc_id, text in self._indexed.items() if query_matches(query, text)}


class Fts5Engine:
    """Terms and keys in two columns of an FTS5 table split only at spaces (tokenize='ascii')."""

    def __init__(self, documents: dict[str, str]) -> None:
        self.connection = sqlite3.connect(":memory:")
        self.connection.execute(
            "CREATE VIRTUAL TABLE search"
            " USING fts5(doc_id UNINDEXED, terms, keys, tokenize='ascii')"
        )
        for doc_id, text in documents.items():
            indexed = index_text(text)
            self.connection.execute(
                "INSERT INTO search (doc_id, terms, keys) VALUES (?, ?, ?)",
                (doc_id, " ".join(indexed.terms), " ".join(indexed.keys)),
            )

    def search(self, raw: str) -> set[str]:
        expression = to_fts5(parse_query(raw))
        if expression is None:
            return set()
        rows = self.connection.execute(
            "SELECT doc_id FROM search WHERE search MATCH ?", (expression,)
        )
        return {doc_id for (doc_id,) in rows}

    def close(self) -> None:
        self.connection.close()
