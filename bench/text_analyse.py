"""How fast is text analysis? Run from the repository root: python -m bench.text_analyse

Analyses 10,000 synthetic minute-like sentences (Hindi with some English, drawn with a fixed seed
from the test vocabulary, so words repeat as in real text) with the per-word cache warm and
cold, and reports time per sentence and per kilobyte of UTF-8 text.
"""

import random
import time
from pathlib import Path

from liaison_desktop.text import analyse, index_text
from liaison_desktop.text.tokens import _analyse_word

SENTENCES = 10_000
_VOCABULARY = Path(__file__).parents[1] / "tests" / "text" / "data" / "hindi_vocabulary.txt"
_ENGLISH = ["meeting", "police", "station", "SHO", "review", "action", "officers'", "FIR"]


def _sentences(rng: random.Random) -> list[str]:
    hindi = _VOCABULARY.read_text(encoding="utf-8").split()
    sentences = []
    for _ in range(SENTENCES):
        words = [rng.choice(_ENGLISH if rng.random() < 0.1 else hindi) for _ in range(12)]
        sentences.append(" ".join(words) + "।")
    return sentences


def _timed(label: str, function, sentences: list[str], clear_cache: bool) -> None:
    size = sum(len(s.encode()) for s in sentences)
    start = time.perf_counter()
    for sentence in sentences:
        if clear_cache:
            _analyse_word.cache_clear()
        function(sentence)
    elapsed = time.perf_counter() - start
    print(
        f"{label:32} {elapsed * 1000:8.1f} ms total, {elapsed / len(sentences) * 1e6:6.1f} µs per "
        f"sentence, {elapsed / (size / 1024) * 1e3:6.3f} ms per KB ({size / 1024:.0f} KB)"
    )


def main() -> None:
    sentences = _sentences(random.Random(7))
    analyse(sentences[0])  # build the tables once
    _analyse_word.cache_clear()
    _timed("analyse, cache filling", analyse, sentences, clear_cache=False)
    _timed("analyse, warm cache", analyse, sentences, clear_cache=False)
    _timed("index_text, warm cache", index_text, sentences, clear_cache=False)
    _timed("analyse, cache cleared each time", analyse, sentences, clear_cache=True)


if __name__ == "__main__":
    main()
