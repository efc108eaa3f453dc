"""Light suffix stemmers: Hindi after Lucene's HindiStemmer, English by Snowball (Porter2).

Both take a word already passed through normalise() and return its search term. They are light on
purpose: they merge the inflected forms of one word (नशा, नशे, नशों; meeting, meetings) and little
else, because a wrongly merged word costs the user more than a missed plural.
"""

import snowballstemmer

from liaison_desktop.text.normalise import normalise
from liaison_desktop.text.script import is_devanagari

# Ramanathan & Rao, "A lightweight stemmer for Hindi", as Lucene implements it: the longest
# matching suffix is stripped, provided the stem keeps at least two characters. Suffixes are
# listed as written and normalised below, because stemming runs on normalised words: Lucene's
# own lists keep ी/ू/ै/ँ, which its normaliser has already folded away, so those entries never
# fire there (जाएंगी and जाएंगे got different stems).
# Two additions to Lucene's lists: नों and तों, the oblique plural of masculine nouns in -ना/-ता
# (थानों, महीनों, रास्तों), which otherwise kept a stem different from थाना/थाने.
_SUFFIXES_AS_WRITTEN = (
    ("ाएंगी", "ाएंगे", "ाऊंगी", "ाऊंगा", "ाइयाँ", "ाइयों", "ाइयां"),
    (
        "ाएगी", "ाएगा", "ाओगी", "ाओगे", "एंगी", "ेंगी", "एंगे", "ेंगे", "ूंगी", "ूंगा",
        "ातीं", "नाओं", "नाएं", "ताओं", "ताएं", "ियाँ", "ियों", "ियां",
    ),
    (
        "ाकर", "ाइए", "ाईं", "ाया", "ेगी", "ेगा", "ोगी", "ोगे", "ाने", "ाना", "ाते",
        "ाती", "ाता", "तीं", "ाओं", "ाएं", "ुओं", "ुएं", "ुआं", "नों", "तों",
    ),
    (
        "कर", "ाओ", "िए", "ाई", "ाए", "ने", "नी", "ना", "ते", "ीं", "ती", "ता", "ाँ",
        "ां", "ों", "ें",
    ),
    ("ो", "े", "ू", "ु", "ी", "ि", "ा"),
)


def _normalised_suffixes(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(dict.fromkeys(normalise(s) for s in group)) for group in groups)


_SUFFIXES = _normalised_suffixes(_SUFFIXES_AS_WRITTEN)

# Very frequent function words (normalised). Stripping -ना/-ने/-कर... from a noun can leave one of
# them (थाना -> था "was", सेना -> से "from"), and then a search for थाना would find almost every
# document. Such a stem is refused and only the vowel ending is stripped (थाना -> थान).
_FUNCTION_WORDS = frozenset(
    normalise(w)
    for w in (
        *("था", "थी", "थे", "है", "हैं", "का", "की", "के", "को", "से", "ने", "ना"),
        *("तो", "जो", "या", "ये", "वे", "पर", "भी", "ही", "में", "मे", "कि"),
    )
)


def _strip(word: str, groups: tuple[tuple[str, ...], ...]) -> str:
    length = len(word)
    for group in groups:
        size = len(group[0])
        if length > size + 1 and word.endswith(group):
            return word[: length - size]
    return word


def _vowel_initial_only(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The suffixes that are pure vowel endings (not -ना, -ता, -कर ...), grouped by length."""
    return tuple(
        kept for group in groups if (kept := tuple(s for s in group if not s[0].isalpha()))
    )


_VOWEL_ENDINGS = _vowel_initial_only(_SUFFIXES)


def stem_hindi(word: str) -> str:
    """Strip one inflectional suffix from a normalised Hindi word."""
    stem = _strip(word, _SUFFIXES)
    if stem in _FUNCTION_WORDS and stem != word:
        return _strip(word, _VOWEL_ENDINGS)
    return stem


_english = snowballstemmer.stemmer("english")


def stem_english(word: str) -> str:
    """Snowball English stem of a normalised Latin word; possessive 's and apostrophes removed.

    Snowball English is also what PostgreSQL's english_stem dictionary runs, so a later server
    implementation can reproduce these terms exactly.
    """
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    return _english.stemWord(word) if word.isalpha() else word


def stem(word: str) -> str:
    """The search term for one normalised word: Hindi or English stemmer by its first letter."""
    if word and is_devanagari(word[0]):
        return stem_hindi(word)
    return stem_english(word)
