import unicodedata

import pytest
from hypothesis import given

from liaison_desktop.text import normalise
from tests.text.strategies import texts


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("कमिश्नर", "कमिशनर"),  # halant deleted
        ("\u095bमीन", "जमिन"),  # precomposed nukta letter, long vowel
        ("ज\u093cमीन", "जमिन"),  # decomposed nukta
        ("सड़क", "सडक"),
        ("गाँव", "गांव"),  # chandrabindu
        ("हिन्दी", "हिंदि"),  # न् before a stop
        ("सम्बन्ध", "संबंध"),  # म् before a labial
        ("पञ्च ठण्डा गङ्गा", "पंच ठंडा गंगा"),
        ("अन्य जन्म सम्मान तुम्हारा", "अनय जनम सममान तुमहारा"),  # nasal kept
        ("डॉक्टर ऑफिस", "डाकटर अफिस"),  # candra O as ा
        ("अाैर", "ओर"),  # legacy-font vowel spelling
        ("अॉा", "अ"),  # compositions repeat until stable
        ("१२३४५६७८९०", "1234567890"),
        ("POLICE Thānā Café", "police thana cafe"),
        ("क्\u200dषेत्र", "कषेतर"),  # ZWJ
        ("co\u00adoperate", "cooperate"),  # soft hyphen
        ("परीक्षा दूसरा ऐसे औरत", "परिकषा दुसरा एसे ओरत"),
    ],
)
def test_rules(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "variants",
    [
        ("ज़मीन", "जमीन", "ज\u093cमीन"),
        ("गाँव", "गांव"),
        ("हिन्दी", "हिंदी"),
        ("कमिश्नर", "कमिशनर", "कमिश्\u200cनर"),
        ("डॉक्टर", "डाक्टर"),
        ("परीक्षा", "परिक्षा"),
        ("क्षेत्र", "क्\u200dषेत्र"),
        ("और", "अाैर"),
        ("२०२४", "2024", "\u0e52\u0e50\u0e52\u0e54"),  # Devanagari, ASCII and Thai digits
    ],
)
def test_spelling_variants_meet(variants: tuple[str, ...]) -> None:
    assert len({normalise(v) for v in variants}) == 1


def test_words_that_differ_stay_apart() -> None:
    assert normalise("कम") != normalise("काम")  # the dependent ा is not folded
    assert normalise("कम") != normalise("कमिश्नर")


@given(texts)
def test_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(texts)
def test_output_is_nfc_without_capitals(text: str) -> None:
    result = normalise(text)
    assert unicodedata.is_normalized("NFC", result)
    assert not any("A" <= ch <= "Z" for ch in result)
