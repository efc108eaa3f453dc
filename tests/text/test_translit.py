import json

import pytest

from liaison_desktop.text import normalise, phonetic_key, stem
from tests.text.quality import DATA

MIN_ACCURACY = 0.9
MAX_FALSE_MATCH_RATE = 0.35  # share of Latin words whose key also fits an unrelated Hindi word


def _key(word: str) -> str:
    return phonetic_key(normalise(word))


@pytest.mark.parametrize(
    ("latin", "devanagari"),
    [
        ("baithak", "बैठक"),
        ("chakeri", "चकेरी"),
        ("kotwali", "कोतवाली"),
        ("nasha", "नशा"),
        ("thana", "थाना"),
        ("thana", "थानों"),
        ("parshad", "पार्षद"),
        ("police", "पुलिस"),
        ("sambandh", "संबंध"),
        ("sambandh", "सम्बन्ध"),
        ("gyapan", "ज्ञापन"),
        ("adhikari", "अधिकारियों"),
        ("thānā", "थाना"),
    ],
)
def test_latin_and_devanagari_share_a_key(latin: str, devanagari: str) -> None:
    assert _key(latin) == _key(devanagari)


def test_keys_keep_what_latin_spelling_shows() -> None:
    assert _key("कम") != _key("कमिश्नर")
    assert _key("अध्यक्ष") != _key("ध्यक्ष")  # a leading vowel is kept as "a"
    assert _key("जाम") != _key("काम")


def test_words_that_are_not_latin_or_devanagari_are_their_own_key() -> None:
    assert phonetic_key("2024") == "2024"
    assert phonetic_key("covid19") == "covid19"
    assert phonetic_key("москва") == "москва"
    assert phonetic_key("") == ""
    assert phonetic_key("officer's") == phonetic_key("officers")


def test_accuracy_and_false_matches_on_realistic_pairs() -> None:
    pairs = json.loads((DATA / "translit_pairs.json").read_text(encoding="utf-8"))["pairs"]
    assert len(pairs) >= 60
    vocabulary = {
        normalise(word)
        for word in (DATA / "hindi_vocabulary.txt").read_text(encoding="utf-8").split()
    }
    keyed: dict[str, set[str]] = {}
    for word in vocabulary:
        keyed.setdefault(phonetic_key(word), set()).add(word)

    misses = []
    false_matches: dict[str, set[str]] = {}
    for latin, devanagari, _kind in pairs:
        for latin_word, target in zip(latin.split(), devanagari.split(), strict=True):
            target = normalise(target)
            if _key(latin_word) != phonetic_key(target):
                misses.append(f"{latin_word} {_key(latin_word)} ≠ {target} {phonetic_key(target)}")
            false_matches[latin_word] = {
                word for word in keyed.get(_key(latin_word), ()) if stem(word) != stem(target)
            }
    accuracy = 1 - len(misses) / len(pairs)
    with_false = {w: sorted(found) for w, found in false_matches.items() if found}
    false_rate = len(with_false) / len(false_matches)
    print(
        f"\ntranslit: {len(pairs)} pairs, accuracy {accuracy:.3f}; "
        f"{len(false_matches)} Latin words against {len(vocabulary)} Hindi words: "
        f"{false_rate:.3f} also match an unrelated word, "
        f"{sum(map(len, with_false.values())) / len(false_matches):.2f} such words on average"
    )
    print("misses:", "; ".join(misses))
    print("false matches:", with_false)
    assert accuracy >= MIN_ACCURACY
    assert false_rate <= MAX_FALSE_MATCH_RATE
