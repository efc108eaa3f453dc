import pytest

from liaison_desktop.text import normalise, stem
from liaison_desktop.text.stem import stem_english, stem_hindi


def _stem(word: str) -> str:
    return stem(normalise(word))


@pytest.mark.parametrize(
    "family",
    [
        "नशा नशे नशों",
        "थाना थाने थानों",
        "बैठक बैठकें बैठकों",
        "पार्षद पार्षदों",
        "समस्या समस्याएं समस्याओं",
        "घटना घटनाएं घटनाओं",
        "अधिकारी अधिकारियों",
        "महीना महीने महीनों",
        "लड़का लड़के लड़कों लड़की लड़कियां लड़कियाँ लड़कियों",
        "मोहल्ला मोहल्ले मोहल्लों",
        "किताब किताबें किताबों",
        "गुरु गुरुओं",
        "अध्यापिका अध्यापिकाएं अध्यापिकाओं",
        "करना करने करता करेंगे करेगा",
        "जाएंगी जाएंगे",  # Lucene's ी suffixes never fired after its own normaliser
        "meeting meetings",
        "officer officers officer's",
    ],
)
def test_inflected_forms_share_a_stem(family: str) -> None:
    assert len({_stem(word) for word in family.split()}) == 1, [_stem(w) for w in family.split()]


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("कम", "कमिश्नर"),
        ("थाना", "था"),  # थाना must not collapse to था ("was")
        ("थाने", "थे"),
        ("सेना", "से"),
        ("थाना", "थानेदार"),
        ("काम", "कम"),
    ],
)
def test_different_words_keep_different_stems(word: str, other: str) -> None:
    assert _stem(word) != _stem(other)


def test_stem_keeps_at_least_two_characters() -> None:
    assert stem_hindi("का") == "का"
    assert stem_hindi("नशा") == "नश"
    assert stem_hindi("कर") == "कर"


def test_english() -> None:
    assert stem_english("meetings") == "meet"
    assert stem_english("officer’s") == stem_english("officer")
    assert stem_english("don't") == "dont"
    assert stem_english("2024") == "2024"
    assert stem_english("covid19") == "covid19"
