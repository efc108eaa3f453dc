"""Words and search terms: the one analysis pipeline shared by indexing, querying and highlighting.

A Devanagari word is kept whole with all its signs (matras, halant, nukta, anusvara, visarga);
SQLite's default tokenizer cut कमिश्नर into कम, श, नर, so a search for कम found every
commissioner. Words end at spaces, punctuation (danda । and double danda ॥ included) and at a
change of script (कानपुरmeeting is two words, each with its own stemmer). Digits of any script
are digits, not Devanagari letters. An apostrophe inside a Latin word (officer's, don't) is kept
for the English stemmer.

Words are cut from the raw text and normalised one by one, which gives their offsets in the
original for free; normalise() never moves a word boundary, so the terms are the same as if the
whole text had been normalised first (the tests check this property on random text).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from liaison_desktop.text import script
from liaison_desktop.text.normalise import DELETED_CHARS, normalise
from liaison_desktop.text.stem import stem
from liaison_desktop.text.translit import phonetic_key

_DEVANAGARI = "\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff"  # without digits and dandas


def _combining_marks() -> str:
    """Character-class ranges for every combining mark (vowel signs of any Indic script, Latin
    accents typed separately): re's \\w does not include them."""
    ranges: list[str] = []
    start = end = -2
    # Combining marks all lie in planes 0 and 1, plus the variation selectors of plane 14.
    for cp in (*range(0x20000), *range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(cp))[0] == "M":
            if cp == end + 1:
                end = cp
                continue
            if start >= 0:
                ranges.append(f"\\U{start:08x}-\\U{end:08x}")
            start = end = cp
    ranges.append(f"\\U{start:08x}-\\U{end:08x}")
    return "".join(ranges)


# A word starts with a letter or digit; any combining mark then continues it, whatever its script,
# because NFC may reorder marks of different scripts and a mark must not decide on which side of
# a word boundary it falls. Marks with no letter before them are not a word.
_MARKS = _combining_marks() + DELETED_CHARS
_DEVANAGARI_RUN = rf"[{script.LETTERS}][{_DEVANAGARI}{_MARKS}]*"
_OTHER_LETTER = rf"[^\W_{_DEVANAGARI}]"  # a letter or digit of any script but Devanagari
_OTHER_RUN = rf"(?:{_OTHER_LETTER}[{_MARKS}]*)+"
_WORD = re.compile(rf"{_DEVANAGARI_RUN}|{_OTHER_RUN}(?:['’][{_MARKS}]*{_OTHER_RUN})*")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: where it is, and what search sees."""

    start: int  # offsets of the word in the original text: text[start:end]
    end: int
    norm: str  # normalised, not stemmed (prefix search, phonetic key)
    term: str  # the search term: normalised and stemmed
    key: str  # phonetic key (translit.phonetic_key), never empty


@dataclass(frozen=True, slots=True)
class IndexedText:
    """What an index stores for one text: terms and keys, position by position.

    keys[i] is the phonetic key of the word whose term is terms[i], so a phrase matches in either
    list. For SQLite FTS5 store " ".join(terms) and " ".join(keys) in two columns of a table made
    with tokenize='ascii', which splits only at spaces and ASCII punctuation (terms contain none).
    """

    terms: tuple[str, ...]
    keys: tuple[str, ...]


@lru_cache(maxsize=1 << 16)
def _analyse_word(raw: str) -> tuple[str, str, str] | None:
    norm = normalise(raw)
    if not norm:
        return None  # only invisible characters
    return norm, stem(norm), phonetic_key(norm)


def words(text: str) -> list[Word]:
    """The words of text, in order, with offsets into text and their search forms."""
    found = []
    for match in _WORD.finditer(text):
        analysed = _analyse_word(match.group())
        if analysed is not None:
            found.append(Word(match.start(), match.end(), *analysed))
    return found


def analyse(text: str) -> list[str]:
    """The search terms of text, in order (normalise, split into words, stem)."""
    return [word.term for word in words(text)]


def index_text(text: str) -> IndexedText:
    """Terms and phonetic keys to store in a search index for text."""
    found = words(text)
    return IndexedText(tuple(w.term for w in found), tuple(w.key for w in found))
