"""Search quality on tests/text/data/search_quality.json, through the reference matcher and FTS5."""

from collections.abc import Iterator

import pytest

from tests.text.quality import Fts5Engine, MemoryEngine, evaluate, load_search_quality

MIN_PRECISION = 0.95
MIN_RECALL = 0.95


@pytest.fixture(scope="module")
def data() -> tuple[dict[str, str], list]:
    return load_search_quality()


@pytest.fixture(scope="module")
def fts5(data) -> Iterator[Fts5Engine]:
    engine = Fts5Engine(data[0])
    yield engine
    engine.close()


def test_data_set_is_big_enough_and_consistent(data) -> None:
    documents, cases = data
    assert len(cases) >= 40
    assert len({case.id for case in cases}) == len(cases)
    for case in cases:
        assert case.must_match or case.must_not_match, case.id
        assert not case.must_match & case.must_not_match, case.id
        assert case.must_match | case.must_not_match <= documents.keys(), case.id
        assert not (case.critical and case.known_limitation), case.id


@pytest.mark.parametrize("engine_name", ["memory", "fts5"])
def test_precision_and_recall(data, fts5, engine_name) -> None:
    documents, cases = data
    engine = MemoryEngine(documents) if engine_name == "memory" else fts5
    report = evaluate(cases, engine.search)
    print(
        f"\nsearch quality ({engine_name}): {len(cases)} queries, "
        f"precision {report.precision:.3f}, "
        f"recall {report.recall:.3f} (tp {report.true_positives}, fp {report.false_positives}, "
        f"fn {report.false_negatives})"
    )
    print("\n".join(report.failures))
    assert not report.unexpected  # only cases marked known_limitation may fail
    assert report.precision >= MIN_PRECISION
    assert report.recall >= MIN_RECALL


def test_fts5_returns_exactly_what_the_reference_matcher_returns(data, fts5) -> None:
    documents, cases = data
    reference = evaluate(cases, MemoryEngine(documents).search).results
    assert evaluate(cases, fts5.search).results == reference
