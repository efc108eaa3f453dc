"""Spelling normalisation for search: one canonical form for the ways the same word gets typed.

Modelled on Lucene's Hindi analyser (IndicNormalizer + HindiNormalizer + DecimalDigitFilter +
LowerCaseFilter), which follows Pingali & Varma, "Word normalization in Indian languages", and
Larkey et al., "Hindi CLIR in thirty days". The output is for matching only, never for display:
it deliberately merges letters a reader would distinguish (long/short vowels, nukta, halant).

Rules, in the order applied, and why:

1. Case-fold (str.casefold): English is matched without regard to case.
2. Unicode NFC: the same text arrives composed or decomposed depending on the keyboard.
3. One-character rules (a single str.translate, see _char_table):
   - delete ZWJ, ZWNJ, soft hyphen, word joiner, BOM: invisible, and typed inconsistently
     (क्‍ष vs क्ष, half forms) by different input methods;
   - delete nukta and fold precomposed nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ ऩ ऱ ऴ) to their base
     letter: ज़मीन and जमीन, फ़ोन and फोन are one word to Hindi readers and both are common;
   - chandrabindu → anusvara: हैँ/हैं, गाँव/गांव are both standard;
   - long → short vowels, independent and dependent (आ→अ, ई→इ, ऊ→उ, ऐ→ए, औ→ओ, ी→ि, ू→ु,
     ै→े, ौ→ो, ॄ→ृ, ॣ→ॢ, ॠ→ऋ, ॡ→ऌ) exactly as Lucene does: vowel length is the commonest
     misspelling (परिक्षा/परीक्षा, दुसरा/दूसरा). The dependent ा is NOT folded, as in Lucene;
   - candra/short vowels: ॅ ॆ → े, ऍ ऎ → ए, ॲ → अ, ऒ → ओ, ॊ → ो (Lucene);
   - ॉ → ा and ऑ → आ (→ अ): a deliberate departure from Lucene, which maps them to ो/ओ. In
     Hindi the alternative spelling of English loans is with ा (डाक्टर/डॉक्टर, कालेज/कॉलेज,
     आफिस/ऑफिस), never with ो;
   - decimal digits of any script → ASCII (०-९ → 0-9), like Lucene's DecimalDigitFilter;
   - Latin letters with diacritics → plain letters (ā→a, ṭ→t, é→e) and stray combining
     diacritics removed, so romanised spellings (thānā) match plain typing.
4. Nasal consonant + halant before a stop or sibilant → anusvara (हिन्दी→हिंदी, सम्बन्ध→संबंध,
   पञ्च→पंच, ठण्डा→ठंडा): both spellings are standard. Lucene does this for न् only (and
   everywhere); here it covers all five nasals but not before य र ल व ह or another nasal
   (अन्य, तुम्हारा, जन्म, सम्मान keep their न/म, because that is how they are always written).
5. Delete halant (Lucene): कमिश्नर/कमिशनर, क्षेत्र/कषेत्र and half-letter typing variants match.
6. Independent-vowel repairs (IndicNormalizer): अ + ा → आ, ए + े → ऐ, ा + े → ो and the like.
   Text converted from legacy fonts (Kruti Dev, still usual in UP offices) spells vowels this way.
   Results are folded as in step 3 (अा → आ → अ), repeatedly until nothing changes.
7. NFC again: deleting characters can bring a base and a combining mark together.

normalise() is idempotent and never changes where words begin and end, so tokenising raw text
and normalising each token gives the same terms as normalising first (tests assert both).
"""

import re
import unicodedata
from functools import cache

from liaison_desktop.text import script

_REMOVED = "\u200c\u200d\u00ad\u2060\ufeff"  # ZWNJ ZWJ soft-hyphen word-joiner BOM
_NUKTA = "\u093c"
_HALANT = "\u094d"
_STRAY_MARKS = range(0x0300, 0x0370)  # combining diacritical marks left over after NFC
# Everything normalise() deletes, as a regex class body: a tokenizer must keep these inside any
# word (0़0 is one word), or deleting them would join two words.
DELETED_CHARS = _REMOVED + _NUKTA + _HALANT + "\u0300-\u036f"

_DEVANAGARI_FOLDS = {
    # chandrabindu -> anusvara
    "ँ": "ं",
    # precomposed nukta letters -> base letter
    # (escaped: an editor may silently decompose them, and NFC does not recompose U+0958-095F)
    "\u0929": "न", "\u0931": "र", "\u0934": "ळ", "\u0958": "क", "\u0959": "ख",
    "\u095a": "ग", "\u095b": "ज", "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ",
    "\u095f": "य",
    # long -> short independent vowels
    "आ": "अ", "ई": "इ", "ऊ": "उ", "ऐ": "ए", "औ": "ओ", "ॠ": "ऋ", "ॡ": "ऌ",
    # long -> short dependent vowels (ा stays, as in Lucene)
    "ी": "ि", "ू": "ु", "ै": "े", "ौ": "ो", "ॄ": "ृ", "ॣ": "ॢ",
    # candra / short vowels
    "ॅ": "े", "ॆ": "े", "ऍ": "ए", "ऎ": "ए", "ॲ": "अ", "ऄ": "अ", "ऒ": "ओ", "ॊ": "ो",
    # candra O: written with ा in Hindi's other spelling of English loans
    "ॉ": "ा", "ऑ": "अ",
}

# Sequences produced by legacy-font conversion, composed to the letter they imitate
# (IndicNormalizer's Devanagari table); longest first so अ+ा+े beats अ+ा.
_COMPOSITIONS = {
    "अाॅ": "ऑ", "अाॆ": "ऒ", "अाे": "ओ", "अाै": "औ",
    "अा": "आ", "अॅ": "ॲ", "अॆ": "ऄ", "अॉ": "ऑ", "अॊ": "ऒ", "अो": "ओ", "अौ": "औ",
    "आॅ": "ऑ", "आॆ": "ऒ", "आे": "ओ", "आै": "औ", "उु": "ऊ",
    "एॅ": "ऍ", "एॆ": "ऎ", "एे": "ऐ",
    "ाॅ": "ॉ", "ाॆ": "ॊ", "ाे": "ो", "ाै": "ौ",
}


# Nasal + halant before a stop (nasals excluded) or a sibilant -> anusvara (rule 4), only after a
# letter and its signs: an anusvara cannot begin a word and must not attach to what precedes it.
_NASAL_BEFORE_STOP = re.compile(
    f"([{script.LETTERS}][{script.SIGNS}]*)[ङञणनम]{_HALANT}(?=[कखगघचछजझटठडढतथदधपफबभशषस])"
)


def _latin_fold(ch: str) -> str | None:
    """The plain lower-case ASCII letter under a Latin letter with diacritics, or None."""
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if len(decomposed) > 1 and base.isascii() and base.isalpha():
        return base.lower()
    return None


@cache
def _char_table() -> dict[int, str]:
    """The one-character rules of step 3 as a str.translate table (built once, on first use)."""
    table: dict[int, str] = {ord(c): "" for c in _REMOVED + _NUKTA}
    table.update({ord(k): v for k, v in _DEVANAGARI_FOLDS.items()})
    # Left over after NFC, these belong to Latin/Greek letters that have no precomposed form.
    table.update(dict.fromkeys(_STRAY_MARKS, ""))
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):  # Latin-1 .. Latin Extended Additional
        folded = _latin_fold(chr(cp))
        if folded:
            table[cp] = folded
    for cp in range(0x80, 0x20000):  # every script's decimal digits are in planes 0 and 1
        digit = unicodedata.decimal(chr(cp), None)
        if digit is not None:
            table[cp] = str(digit)
    return table


_COMPOSITION = re.compile("|".join(sorted(_COMPOSITIONS, key=len, reverse=True)))


def _compose_vowels(text: str) -> str:
    """Rule 6, repeated until stable: a folded result can start a new sequence (अॉा -> अाा)."""
    while _COMPOSITION.search(text):
        text = _COMPOSITION.sub(lambda m: _COMPOSITIONS[m.group()], text).translate(_char_table())
    return text


def normalise(text: str) -> str:
    """Return text in the canonical spelling used for search terms (see module doc for rules)."""
    # U+0345 is the one combining mark that case-folds to a letter (ι); delete it first, as the
    # other stray marks are deleted, or it would join the words around it.
    text = unicodedata.normalize("NFC", text.replace("\u0345", "").casefold())
    text = text.translate(_char_table())
    text = _NASAL_BEFORE_STOP.sub("\\1ं", text).replace(_HALANT, "")
    return unicodedata.normalize("NFC", _compose_vowels(text))
