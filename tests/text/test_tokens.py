import re
import time

from hypothesis import given

from liaison_desktop.text import analyse, index_text, normalise, words
from tests.text.quality import load_search_quality
from tests.text.strategies import texts


def test_devanagari_words_stay_whole() -> None:
    assert analyse("कमिश्नर") == ["कमिशनर"]
    assert analyse("पुलिस कमिश्नर") == ["पुलिस", "कमिशनर"]
    assert analyse("दुःख संवाद ज़मीन") == ["दुःख", "संवाद", "जमिन"]  # visarga, anusvara, nukta


def test_danda_punctuation_and_script_changes_split() -> None:
    assert analyse("पुलिस।कमिश्नर॥बैठक") == ["पुलिस", "कमिशनर", "बेठक"]
    assert analyse("कानपुरmeeting") == ["कानपुर", "meet"]
    assert analyse("FIR-123/2024, (SHO)") == ["fir", "123", "2024", "sho"]
    assert analyse("१५वीं") == ["15", "विं"]  # digits are digits, not part of a Devanagari word
    assert analyse("snake_case") == ["snake", "case"]


def test_apostrophes_inside_english_words() -> None:
    assert analyse("officer's report") == ["offic", "report"]
    assert analyse("'quoted'") == ["quot"]


def test_offsets_point_into_the_original_text() -> None:
    text = "ज़मीन  विवाद, Officer’s REPORT।"
    assert [text[w.start : w.end] for w in words(text)] == [
        "ज़मीन",
        "विवाद",
        "Officer’s",
        "REPORT",
    ]


def test_index_text_keeps_terms_and_keys_in_step() -> None:
    indexed = index_text("चकेरी थाने में 3 बैठकें, meeting at Kotwali")
    assert indexed.terms == ("चकेर", "थान", "में", "3", "बेठक", "meet", "at", "kotwali")
    assert indexed.keys == ("ckr", "tn", "m", "3", "btk", "mtng", "at", "ktvl")


_FTS5_ASCII_SEPARATOR = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")


@given(texts)
def test_analysis_never_raises_and_fits_an_ascii_tokenizer(text: str) -> None:
    indexed = index_text(text)
    assert len(indexed.terms) == len(indexed.keys)
    for item in indexed.terms + indexed.keys:
        # every term and key is one token of FTS5's 'ascii' tokenizer
        assert item and not _FTS5_ASCII_SEPARATOR.search(item), repr(item)


@given(texts)
def test_normalising_first_gives_the_same_terms(text: str) -> None:
    assert analyse(normalise(text)) == analyse(text)


@given(texts)
def test_words_are_ordered_spans_of_the_text(text: str) -> None:
    end = 0
    for word in words(text):
        assert end <= word.start < word.end <= len(text)
        end = word.end


def test_analysis_is_fast() -> None:
    documents, _ = load_search_quality()
    kilobyte = " ".join(documents.values()).encode()[:1024].decode(errors="ignore")
    analyse(kilobyte)
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        analyse(kilobyte)
    per_run = (time.perf_counter() - start) / runs
    assert per_run < 0.005  # measured about 0.1 ms; a generous bound that only catches disasters
