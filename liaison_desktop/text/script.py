"""Devanagari character classes shared by the analysis modules."""

import unicodedata

_BLOCKS = ((0x0900, 0x0980), (0xA8E0, 0xA900), (0x1CD0, 0x1D00))  # Devanagari, Extended, Vedic


def _main_block(category: str) -> str:
    return "".join(
        ch for ch in map(chr, range(0x0900, 0x0980)) if unicodedata.category(ch)[0] == category
    )


LETTERS = _main_block("L")  # consonants, independent vowels, avagraha, om
SIGNS = _main_block("M")  # vowel signs, anusvara, candrabindu, visarga, nukta, halant, accents


def is_devanagari(ch: str) -> bool:
    """True for any character of the Devanagari blocks (letters, signs, digits, dandas)."""
    return any(start <= ord(ch) < end for start, end in _BLOCKS)
