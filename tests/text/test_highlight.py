from hypothesis import given

from liaison_desktop.text import highlight_spans, parse_query
from tests.text.strategies import texts


def _marked(text: str, raw_query: str) -> list[str]:
    return [text[start:end] for start, end in highlight_spans(text, parse_query(raw_query))]


def test_marks_whole_words_in_the_original_spelling() -> None:
    text = "पुलिस कमिश्नर ने कम समय में ज़मीन देखी।"
    assert _marked(text, "कम") == ["कम"]
    assert _marked(text, "जमीन") == ["ज़मीन"]  # the original, with its nukta


def test_marks_inflected_forms_latin_typing_and_prefixes() -> None:
    text = "चकेरी थाने में नशे पर बैठक; Meetings at Chakeri."
    assert _marked(text, "नशा") == ["नशे"]
    assert _marked(text, "chakeri baithak") == ["चकेरी", "बैठक", "Chakeri"]
    assert _marked(text, "meeting") == ["Meetings"]
    assert _marked(text, "थान*") == ["थाने"]


def test_phrase_words_are_marked_and_exclusions_are_not() -> None:
    text = "पुलिस कमिश्नर और पुलिस बल, नशा"
    assert _marked(text, '"पुलिस कमिश्नर" -नशा') == ["पुलिस", "कमिश्नर", "पुलिस"]


def test_empty_query_marks_nothing() -> None:
    assert _marked("कुछ भी", "") == []


@given(texts, texts)
def test_spans_are_ordered_and_inside_the_text(text: str, raw_query: str) -> None:
    end = 0
    for start, stop in highlight_spans(text, parse_query(raw_query)):
        assert end <= start < stop <= len(text)
        end = stop
