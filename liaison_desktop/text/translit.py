"""Phonetic keys, so that a word typed in Latin letters (baithak, chakeri) finds it in Devanagari.

Both scripts are mapped to one lossy consonant skeleton: बैठक and baithak both become "btk".
Romanised Hindi is spelled too freely for a letter-by-letter transliteration to work (thana,
thaana, tana; chakeri, chakery), and English loans are typed in English spelling (police for पुलिस,
collector for कलेक्टर), so the key keeps only what survives all those spellings:

- vowels are dropped, except that a word starting with a vowel gets a leading "a" (अध्यक्ष/adhyaksh
  "adyks", not "dyks" like a word starting with ध);
- aspiration is dropped (kh/ख → k, th/ठ/थ → t, bh/भ → b ...), and so is the dental/retroflex
  contrast (ट त → t, ड द → d, ण न → n), which Latin spelling does not show;
- श ष स and sh s → s; ज झ and j z → j; व and v w → v; फ and ph f → f; क्ष and x → ks; ज्ञ → gy;
- anusvara is n, and any n or m before p b f v is m (सम्बन्ध/संबंध/sambandh "smbnd",
  संवाद/samvad "smvd", घाटमपुर/ghatampur "gtmpr");
- English -tion is "sn" (station/स्टेशन), and ce ci cy are soft (police/पुलिस "pls");
- a doubled letter counts once (mohalla/मोहल्ला "mhl");
- Devanagari plural endings are dropped first (थानों, बैठकों, लड़कियों → the singular's key),
  because people type the base form in Latin; keys are made from normalised, unstemmed words.

A key is a matching aid with known false matches (thana "tn" also finds तन, टन): the query side
offers keys only for words typed in Latin letters, and only when they are at least two letters.
Words in other scripts, and words with digits, are their own key.
"""

import re

from liaison_desktop.text.script import is_devanagari

_DEVANAGARI_KEYS = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n",
    "च": "c", "छ": "c", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n",
    "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "s", "ष": "s", "स": "s", "ह": "h",
    "ं": "n", "ऋ": "r", "ृ": "r", "ऌ": "l", "ॢ": "l",
    # Sindhi/other letters that still occur in names
    "ॻ": "g", "ॼ": "j", "ॾ": "d", "ॿ": "b", "ॹ": "j",
}
_INDEPENDENT_VOWELS = frozenset("अइउएओऄ")  # after normalise(); long forms are folded into these
_VOWEL_SIGNS = frozenset("ािुेो")  # ditto; ृ and ॢ are consonant-like above
_PLURAL_Y = ("िया", "ियो")  # what is left of -ियां / -ियों once the final anusvara is gone

# "ce", "ci", "cy" are soft (police, office); any other c is k.
_LATIN_UNITS = re.compile(r"chh|ksh|tion|ch|sh|kh|gh|jh|th|dh|ph|bh|rh|ck|zh|ce|ci|cy|[a-z]")
_LATIN_KEYS = {
    "chh": "c", "ksh": "ks", "ch": "c", "sh": "s", "kh": "k", "gh": "g", "jh": "j", "th": "t",
    "dh": "d", "ph": "f", "bh": "b", "rh": "r", "ck": "k", "zh": "j",
    "tion": "sn", "ce": "s", "ci": "s", "cy": "s", "c": "k",
    "x": "ks", "q": "k", "w": "v", "z": "j",
    "a": "", "e": "", "i": "", "o": "", "u": "",
}
_LATIN_VOWELS = frozenset("aeiou")
_NASAL_BEFORE_LABIAL = re.compile(r"n(?=[pbfv])")
_DOUBLED = re.compile(r"(.)\1+")


def _devanagari_key(word: str) -> str:
    if len(word) > 2 and word[-1] == "ं" and (word[-2] in _VOWEL_SIGNS or word[-2] in "एओ"):
        word = word[:-1]
        if word.endswith(_PLURAL_Y):
            word = word[:-2]
    word = word.replace("जञ", "गय")  # ज्ञ is said gy in Hindi
    prefix = "a" if word[:1] in _INDEPENDENT_VOWELS else ""
    return prefix + "".join(_DEVANAGARI_KEYS.get(ch, "") for ch in word)


def _latin_key(word: str) -> str:
    units = _LATIN_UNITS.findall(word)
    keys = [_LATIN_KEYS.get(unit, unit) for unit in units]
    if len(units) > 1 and units[-1] == "y" and units[-2] not in _LATIN_VOWELS:
        keys[-1] = ""  # a final y after a consonant is a vowel: chakery, panky
    prefix = "a" if units and units[0] in _LATIN_VOWELS else ""
    return prefix + "".join(keys)


def phonetic_key(word: str) -> str:
    """The phonetic key of one normalised word (see module doc); never empty for a non-empty word.

    Devanagari words and words of plain Latin letters get a skeleton; anything else (digits, other
    scripts, or a word whose skeleton would be empty) is its own key.
    """
    word = word.replace("'", "").replace("’", "")  # officer's: apostrophes are not sounds
    if not word:
        return word
    if is_devanagari(word[0]):
        key = _devanagari_key(word)
    elif word.isascii() and word.isalpha():
        key = _latin_key(word)
    else:
        key = ""
    return _DOUBLED.sub(r"\1", _NASAL_BEFORE_LABIAL.sub("m", key)) or word
