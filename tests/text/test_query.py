import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liaison_desktop.text import Clause, Query, index_text, parse_query, to_fts5
from liaison_desktop.text.query import MAX_CLAUSES, MAX_QUERY_CHARS
from tests.text.quality import MemoryEngine, load_search_quality, query_matches
from tests.text.strategies import texts


def _terms(raw: str) -> list[list[tuple[str, ...]]]:
    return [[clause.terms for clause in group] for group in parse_query(raw).groups]


def test_words_are_all_required() -> None:
    assert _terms("पुलिस कमिश्नर") == [[("पुलिस",)], [("कमिशनर",)]]


def test_quotes_make_a_phrase_even_unclosed() -> None:
    assert _terms('"पुलिस कमिश्नर" बैठक') == [[("पुलिस", "कमिशनर")], [("बेठक",)]]
    assert _terms("“पुलिस कमिश्नर”") == [[("पुलिस", "कमिशनर")]]
    assert _terms('बैठक "पुलिस कमिश्नर') == [[("बेठक",)], [("पुलिस", "कमिशनर")]]


def test_punctuation_inside_a_word_makes_a_phrase() -> None:
    assert _terms("FIR-123/2024") == [[("fir", "123", "2024")]]


def test_or_joins_neighbours() -> None:
    assert _terms("चकेरी OR कोतवाली | बिठूर नशा") == [
        [("चकेर",), ("कोतवाल",), ("बिठुर",)],
        [("नश",)],
    ]
    assert _terms("or") == [[("or",)]]  # lower-case or is a word


def test_exclusions() -> None:
    query = parse_query('नशा -गिरोह NOT "सूखा नशा" −x')
    assert [g[0].terms for g in query.groups] == [("नश",)]
    assert [c.terms for c in query.excluded] == [("गिरोह",), ("सुख", "नश"), ("x",)]


def test_only_exclusions_means_the_words() -> None:
    query = parse_query("-नशा")
    assert [g[0].terms for g in query.groups] == [("नश",)] and not query.excluded


def test_operators_and_brackets_are_not_words() -> None:
    assert _terms("(थाना AND चौकी) && +नशा &") == [[("थान",)], [("चोक",)], [("नश",)]]


def test_prefix() -> None:
    (clause,) = parse_query("कमिश्न*").groups[0]
    assert clause == Clause(("कमिशन",), prefix=True)
    (clause,) = parse_query("meeting*").groups[0]
    assert clause.terms == ("meet",) and clause.prefix  # what meeting* and the stem meet share
    (clause,) = parse_query("क*").groups[0]
    assert clause == Clause(("क",))  # one letter is too short to be a prefix
    assert parse_query("*").is_empty


def test_latin_words_carry_phonetic_keys() -> None:
    assert parse_query("baithak").groups[0][0].keys == ("btk",)
    assert parse_query('"swaroop nagar"').groups[0][0].keys == ("svrp", "ngr")
    assert parse_query("SHO").groups[0][0].keys == ()  # acronym
    assert parse_query("me").groups[0][0].keys == ()  # too short
    assert parse_query("बैठक").groups[0][0].keys == ()  # typed in Devanagari


def test_empty_queries() -> None:
    for raw in ("", "   ", '""', "()", "AND OR NOT", "।॥", "- * \" ' ^"):
        assert parse_query(raw).is_empty
        assert to_fts5(parse_query(raw)) is None


def test_limits() -> None:
    huge = parse_query(" ".join(f"w{i} OR v{i}" for i in range(500)))
    assert len(huge.groups) == MAX_CLAUSES
    wide = parse_query(" OR ".join(f"w{i}" for i in range(500)))
    assert len(wide.groups[0]) == MAX_CLAUSES
    assert parse_query("x" * (MAX_QUERY_CHARS + 50) + " y").groups[0][0].terms == (
        "x" * MAX_QUERY_CHARS,
    )


def test_fts5_rendering() -> None:
    query = Query(
        groups=((Clause(("बेठक",)), Clause(("baithak",), keys=("btk",))),),
        excluded=(Clause(('say "hi"', "x"), prefix=True),),
    )
    assert to_fts5(query) == (
        '(((terms : "बेठक") OR (terms : "baithak") OR (keys : "btk"))) '
        'NOT ((terms : "say ""hi""" + "x" *))'
    )
    assert to_fts5(query, "body", None) == (
        '(((body : "बेठक") OR (body : "baithak"))) NOT ((body : "say ""hi""" + "x" *))'
    )


@pytest.mark.parametrize("column", ["", "a b", "x;drop", "1x", "OR", 'a"b'])
def test_fts5_column_names_are_checked(column: str) -> None:
    with pytest.raises(ValueError):
        to_fts5(parse_query("x"), terms_column=column)


@pytest.fixture(scope="module")
def fts5() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE search USING fts5(terms, keys, tokenize='ascii')")
    for text in ("पुलिस कमिश्नर की बैठक", "say hi", "x y z", "नशा"):
        indexed = index_text(text)
        connection.execute(
            "INSERT INTO search VALUES (?, ?)", (" ".join(indexed.terms), " ".join(indexed.keys))
        )
    yield connection
    connection.close()


def _run(connection: sqlite3.Connection, query: Query) -> list[int]:
    expression = to_fts5(query)
    if expression is None:
        return []
    sql = "SELECT rowid FROM search WHERE search MATCH ?"
    return [rowid for (rowid,) in connection.execute(sql, (expression,))]


_OPERATORS = st.sampled_from(
    ["AND", "OR", "NOT", "NEAR", "NEAR(", "-", "*", '"', "(", ")", "{", "}", ":", "^", "+", "|"]
)
_QUERY_TEXT = st.one_of(
    texts,
    st.lists(st.one_of(_OPERATORS, texts), max_size=30).map(" ".join),
)


@given(_QUERY_TEXT)
def test_any_input_parses_into_a_valid_fts5_expression(fts5, raw: str) -> None:
    _run(fts5, parse_query(raw))  # sqlite3 raises on an invalid MATCH expression


def test_long_and_hostile_inputs(fts5) -> None:
    hostile = [
        "a" * 10_000,
        '"' * 10_000,
        "(" * 5_000 + ")" * 5_000,
        " OR ".join(["baithak thana"] * 1_000),
        " ".join(f"-w{i}" for i in range(2_000)),
        "\x00\x01\x1b[31m ठाना\u202e\ufeff 😀 NEAR(a b) col:x ^y {a b}: *",
        " ".join(f'"{chr(0x900 + i % 128)}' for i in range(10_000)),
    ]
    for raw in hostile:
        _run(fts5, parse_query(raw))


def test_the_largest_query_stays_within_fts5_limits(fts5) -> None:
    # MAX_CLAUSES groups of MAX_CLAUSES alternatives, each with keys, and MAX_CLAUSES exclusions:
    # FTS5 refuses expressions nested deeper than 256.
    dense = Query(
        groups=tuple(
            tuple(Clause((f"t{g}{c}",), keys=(f"k{g}{c}",)) for c in range(MAX_CLAUSES))
            for g in range(MAX_CLAUSES)
        ),
        excluded=tuple(Clause((f"e{c}",), keys=(f"k{c}",)) for c in range(MAX_CLAUSES)),
    )
    _run(fts5, dense)


_WORD_POOL = sorted({word for text in load_search_quality()[0].values() for word in text.split()})


@settings(max_examples=60)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORD_POOL), _OPERATORS, st.sampled_from(["baithak", "thana"])),
        min_size=1,
        max_size=6,
    ).map(" ".join)
)
def test_fts5_and_the_reference_matcher_agree(raw: str) -> None:
    documents, _ = load_search_quality()
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE VIRTUAL TABLE search"
            " USING fts5(doc_id UNINDEXED, terms, keys, tokenize='ascii')"
        )
        for doc_id, text in documents.items():
            indexed = index_text(text)
            connection.execute(
                "INSERT INTO search VALUES (?, ?, ?)",
                (doc_id, " ".join(indexed.terms), " ".join(indexed.keys)),
            )
        query = parse_query(raw)
        expression = to_fts5(query)
        sql = "SELECT doc_id FROM search WHERE search MATCH ?"
        found = {d for (d,) in connection.execute(sql, (expression,))} if expression else set()
    finally:
        connection.close()
    assert found == MemoryEngine(documents).search(raw)
    assert all(query_matches(query, index_text(documents[d])) for d in found)
