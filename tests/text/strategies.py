"""Hypothesis strategies: any text, and text dense in the characters the analysis cares about."""

from hypothesis import strategies as st

_INTERESTING = (
    [chr(cp) for cp in range(0x0900, 0x0980)]  # all of Devanagari, digits and dandas included
    + list("\u200c\u200d\u00ad\u2060\ufeff\u0301\u0308\u09bc\u0653")  # invisibles, other marks
    + list("aeiouAZkmsthTHchx'’-_\"*()[]{}:^+|&,.;!?/\\ \t\n")
    + ["AND", "OR", "NOT", "NEAR", "अा", "ाे", "न्", "्", "क़", "ड़", "😀", "\x00", "\x1b"]
)

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_INTERESTING), max_size=60).map("".join),
)
