"""The printed documents, read back: pages, every field, headers on every page, page X of Y,
Hindi words exact, state marks, and pixels inside the margins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import uharfbuzz
from playhouse.test_utils import count_queries
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import NotFoundError, ValidationError
from liaison_desktop.core.models import Meeting, MeetingSeries
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter
from liaison_desktop.reports import documents as docs
from liaison_desktop.reports.layout import MARGIN_LEFT, MARGIN_RIGHT
from liaison_desktop.reports.meeting_data import MeetingRecord, load_meeting
from liaison_desktop.reports.parts import meeting_document_id
from tests.conftest import FIXED_NOW
from tests.reports.conftest import Large
from tests.reports.pdfread import MM, missing_words, page_count, page_texts, render_pages


def printed_text(record: MeetingRecord) -> list[str]:
    """Everything of the meeting that the minutes must show."""
    texts = [record.title, record.venue, record.chair.name, record.recorded_by.name]
    for row in record.attendance:
        texts += [row.name, row.designation, row.area]
    for point in record.agenda:
        texts += [point.title, point.discussion, point.decision]
    for action in record.actions:
        texts += [action.description, action.responsible, f"{action.due_date:%d-%m-%Y}"]
    for review in record.reviews:
        texts += [review.description, review.responsible, review.remark]
    return texts + list(record.copy_to)


def test_large_minutes_show_every_field_with_page_x_of_y(large: Large) -> None:
    record = load_meeting(large.services, large.meeting_id)
    assert len(record.attendance) == 60 and len(record.agenda) == 25
    assert len(record.actions) == 80
    pdf = docs.minutes_pdf(large.services, large.meeting_id)
    texts = page_texts(pdf)
    pages = len(texts)
    assert pages == page_count(pdf) and pages >= 6
    for number, text in enumerate(texts, start=1):
        assert f"पृष्ठ {number} / {pages}" in text
        assert meeting_document_id(record) in text
        assert "तैयार 15-01-2025 10:30" in text
    assert missing_words(pdf, printed_text(record)) == []
    labels = ["बैठक का कार्यवृत्त", "पत्रांक:", "दिनांक:", "अध्यक्षता:", "उपस्थित (52)"]
    labels += ["अनुपस्थित (8)", "कार्यसूची के बिंदु, चर्चा एवं निर्णय", "नए कार्य बिंदु"]
    labels += ["कार्यवृत्त लेखक", "अध्यक्ष", "प्रतिलिपि:"]
    assert missing_words(pdf, labels) == []


def test_long_tables_repeat_their_header_on_every_page(large: Large) -> None:
    record = load_meeting(large.services, large.meeting_id)
    texts = page_texts(docs.minutes_pdf(large.services, large.meeting_id))
    action_pages = [
        number
        for number, text in enumerate(texts)
        if any(action.description in text for action in record.actions)
    ]
    assert len(action_pages) >= 2  # the 80 items run over pages
    for number in action_pages:
        assert "की जाने वाली कार्यवाही" in texts[number]
        assert "समय सीमा" in texts[number]
    present = [row.name for row in record.attendance if row.status == "present"]
    attendance_pages = [n for n, text in enumerate(texts) if any(p in text for p in present)]
    assert len(attendance_pages) >= 2
    assert all("पदनाम" in texts[n] for n in attendance_pages)


def test_every_word_of_the_demo_minutes_extracts_exactly(demo: Services) -> None:
    meetings = Meeting.select().where(Meeting.amends.is_null()).order_by(Meeting.id)
    for meeting in list(meetings)[:: max(1, meetings.count() // 8)]:
        record = load_meeting(demo, meeting.id)
        pdf = docs.minutes_pdf(demo, meeting.id)
        assert missing_words(pdf, printed_text(record)) == [], meeting.title


def test_pages_have_content_and_nothing_in_the_margins(large: Large) -> None:
    pdf = docs.minutes_pdf(large.services, large.meeting_id)
    pages = render_pages(pdf)
    for page in pages:
        assert (page.width, page.height) == (596, 842)  # A4 portrait
        assert page.ink(MARGIN_LEFT, 30 * MM, page.width - MARGIN_RIGHT, 250 * MM) > 2000
        assert page.ink(0, 0, MARGIN_LEFT - 1 * MM, page.height) == 0
        assert page.ink(page.width - MARGIN_RIGHT + 1 * MM, 0, page.width, page.height) == 0
        assert page.ink(0, 0, page.width, 5 * MM) == 0
        assert page.ink(0, page.height - 6 * MM, page.width, page.height) == 0


def test_output_is_reproducible(large: Large) -> None:
    options = docs.DocumentOptions(invariant=True)
    first = docs.minutes_pdf(large.services, large.meeting_id, options)
    assert docs.minutes_pdf(large.services, large.meeting_id, options) == first


def test_draft_final_signed_and_amended_minutes_show_their_state(demo: Services) -> None:
    draft = Meeting.get(Meeting.status == vocab.MeetingStatus.DRAFT.value)
    texts = page_texts(docs.minutes_pdf(demo, draft.id))
    assert all("प्रारूप" in text for text in texts)  # the watermark on every page
    assert "पत्रांक: ……………" in texts[0]

    final = Meeting.get(Meeting.status == vocab.MeetingStatus.FINAL.value, Meeting.amends >> None)
    text = " ".join(page_texts(docs.minutes_pdf(demo, final.id)))
    assert "प्रारूप" not in text
    assert f"पत्रांक: {final.reference_no}" in text and final.content_hash[:8] in text

    signed = next(
        m
        for m in Meeting.select().where(Meeting.status == vocab.MeetingStatus.SIGNED.value)
        if demo.lifecycle.latest_version(m).id == m.id
    )
    text = " ".join(page_texts(docs.minutes_pdf(demo, signed.id)))
    assert f"दिनांक {signed.signed_on:%d-%m-%Y} को हस्ताक्षरित" in text
    signatories = demo.lifecycle.signatories(signed.id)
    assert signatories and all(signatory.name in text for signatory in signatories)


def test_an_amended_meeting_prints_its_latest_version_with_a_note(demo: Services) -> None:
    version = Meeting.get(Meeting.amends.is_null(False))
    original = version.amends
    text = " ".join(page_texts(docs.minutes_pdf(demo, original.id)))
    assert f"पत्रांक: {version.reference_no}" in text or version.status == "draft"
    assert f"पत्रांक {original.reference_no} दिनांक {original.meeting_date:%d-%m-%Y}" in text
    assert version.amendment_reason.split()[0] in text
    # The items stay with the original and print with the amendment.
    for action in load_meeting(demo, original.id, latest=False).actions:
        assert action.description in text
    older = " ".join(
        page_texts(docs.minutes_pdf(demo, original.id, docs.DocumentOptions(latest_version=False)))
    )
    assert f"पत्रांक: {original.reference_no}" in older and "संशोधित कार्यवृत्त" not in older


def test_labels_follow_the_meeting_or_the_override(demo: Services) -> None:
    meeting = Meeting.select().first()
    hindi = " ".join(page_texts(docs.minutes_pdf(demo, meeting.id)))
    english = " ".join(
        page_texts(docs.minutes_pdf(demo, meeting.id, docs.DocumentOptions(language="en")))
    )
    assert "बैठक का कार्यवृत्त" in hindi and "Minutes of the meeting" not in hindi
    assert "Minutes of the meeting" in english and "Page 1 of" in english
    assert meeting.title in english  # the content stays as written
    with pytest.raises(ValidationError):
        docs.minutes_pdf(demo, meeting.id, docs.DocumentOptions(language="fr"))


def test_attendance_sheet_lists_invitees_and_blank_rows(large: Large) -> None:
    record = load_meeting(large.services, large.meeting_id)
    pdf = docs.attendance_sheet_pdf(
        large.services, large.meeting_id, docs.DocumentOptions(blank_rows=5)
    )
    texts = page_texts(pdf)
    assert len(texts) >= 3
    for text in texts:
        assert "हस्ताक्षर" in text and "मोबाइल" in text  # the header on every page
    text = " ".join(texts)
    assert "उपस्थिति पत्रक" in text
    for row in record.attendance:
        assert row.name in text and row.mobile in text
    numbers = [int(w) for w in text.split() if w.isdigit() and int(w) <= 100]
    assert 65 in numbers and 66 not in numbers  # 60 invitees, then five numbered blank rows


def test_review_sheet_blank_before_and_filled_after(large: Large) -> None:
    s = large.services
    record = load_meeting(s, large.meeting_id)
    assert record.reviews
    filled = " ".join(page_texts(docs.review_sheet_pdf(s, large.meeting_id)))  # auto: filled
    assert "समीक्षा पत्रक (कृत कार्यवाही रिपोर्ट)" in filled
    assert "कार्यवाही प्रगति पर है" in filled
    blank = " ".join(
        page_texts(docs.review_sheet_pdf(s, large.meeting_id, docs.DocumentOptions(filled=False)))
    )
    assert "कार्यवाही प्रगति पर है" not in blank and "गोला लगाएँ" in blank
    for item in s.series.items_for_review(record.series_id, record.meeting_date):
        assert item.description in blank


def test_action_register_lists_open_items_with_age(large: Large) -> None:
    s = large.services
    open_rows = s.actions.rows(ActionFilter(statuses=vocab.OPEN_ACTION_STATUSES))
    overdue = [row for row in open_rows if row.overdue_days(FIXED_NOW.date())]
    text = " ".join(page_texts(docs.action_register_pdf(s, docs.RegisterFilter())))
    assert f"लंबित कार्य बिंदु: {len(open_rows)}, जिनमें से समय सीमा पार: {len(overdue)}" in text
    only_overdue = page_texts(
        docs.action_register_pdf(s, docs.RegisterFilter(overdue_only=True, group_by="category"))
    )
    assert all("विलंब (दिन)" in page for page in only_overdue)
    joined = " ".join(only_overdue)
    assert f"लंबित कार्य बिंदु: {len(overdue)}, जिनमें से समय सीमा पार: {len(overdue)}" in joined
    oldest = max(overdue, key=lambda row: row.overdue_days(FIXED_NOW.date()))
    assert str(oldest.overdue_days(FIXED_NOW.date())) in joined
    kotwali = " ".join(page_texts(docs.action_register_pdf(s, docs.RegisterFilter("Kotwali"))))
    assert "थाना: कोतवाली" in kotwali
    with pytest.raises(NotFoundError):
        docs.action_register_pdf(s, docs.RegisterFilter(station="Atlantis"))


def test_compliance_report_marks_the_months_without_a_meeting(demo: Services) -> None:
    year, quarter = 2024, 4
    report = demo.schedule.compliance(year, quarter)
    missed = sum(1 for row in report.rows for month in row.months if not month)
    text = " ".join(page_texts(docs.compliance_pdf(demo, year, quarter)))
    assert "वर्ष 2024 की तिमाही 4" in text
    assert text.count("नहीं हुई") == missed + ("किसी माह बैठक नहीं हुई" in text)
    for row in report.rows:
        assert row.station_name in text
        for month in row.months:
            for _, date in month:
                assert f"{date:%d-%m-%Y}" in text


def test_a_meeting_document_reads_a_fixed_number_of_queries(large: Large) -> None:
    station_series = MeetingSeries.select(MeetingSeries.id).where(
        MeetingSeries.station.is_null(False)
    )
    status = Meeting.get_by_id(large.meeting_id).status  # sealed minutes also read the ledger
    small = (
        Meeting.select()
        .where(Meeting.series.in_(station_series), Meeting.status == status)
        .first()
    )
    with count_queries() as big_count:
        load_meeting(large.services, large.meeting_id)
    with count_queries() as small_count:
        load_meeting(large.services, small.id)
    assert big_count.count == small_count.count <= 12


def test_unknown_meeting_and_unwritable_paths_give_clear_errors(
    demo: Services, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match="999999"):
        docs.minutes_pdf(demo, 999999)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(docs.ExportError, match="folder"):
        docs.write_pdf(b"%PDF", out)
    with pytest.raises(docs.ExportError):
        docs.write_pdf(b"%PDF", out / "missing" / "x.pdf")
    assert docs.write_pdf(b"%PDF-1.4", out / "x.pdf").read_bytes() == b"%PDF-1.4"
    assert [p.name for p in out.iterdir()] == ["x.pdf"]  # no partial file left


def test_render_at_opens_the_database_read_only(large: Large) -> None:
    request = docs.DocumentRequest(docs.DocumentKind.ATTENDANCE, large.meeting_id)
    now = dt.datetime(2025, 1, 15, 9, 0)
    pdf = docs.render_at(large.db_path, request, now)
    assert "तैयार 15-01-2025 09:00" in page_texts(pdf)[0]


def test_no_devanagari_is_drawn_unshaped(large: Large, monkeypatch: pytest.MonkeyPatch) -> None:
    """ReportLab shapes Paragraph text only: a Devanagari word drawn any other way (a plain table
    cell, canvas.drawString) prints with its vowel signs and conjuncts wrong, though its text
    still extracts correctly. Every word drawn unshaped must be one HarfBuzz leaves alone."""
    drawn: list[tuple[str, str]] = []
    original = PDFTextObject._formatText

    def recording(self: PDFTextObject, text: str) -> str:
        if not isinstance(text, ShapedStr):
            drawn.extend((self._fontname, word) for word in text.split() if _devanagari(word))
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)
    s, meeting = large.services, large.meeting_id
    docs.minutes_pdf(s, meeting)
    docs.attendance_sheet_pdf(s, meeting)
    docs.review_sheet_pdf(s, meeting, docs.DocumentOptions(filled=False))
    docs.review_sheet_pdf(s, meeting, docs.DocumentOptions(filled=True))
    docs.action_register_pdf(s, docs.RegisterFilter())
    docs.compliance_pdf(s, 2024, 4)
    assert drawn  # simple words are drawn as they are; the check below must see them
    assert [word for font, word in set(drawn) if _shaping_changes(font, word)] == []


def _devanagari(word: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in word)


def _shaping_changes(font_name: str, word: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(10), buffer, {})
    natural = [font.face.charToGlyph.get(ord(c), 0) for c in word]
    return [info.codepoint for info in buffer.glyph_infos] != natural


def test_characters_the_font_cannot_draw_print_by_name(demo: Services) -> None:
    from liaison_desktop.reports.fonts import printable, uncovered

    draft = demo.meetings.load(Meeting.select().where(Meeting.status == "draft").first().id)
    draft.agenda[0].decision = "सभी सहमत 👍🏽 ✅ — क्षेत्र में गश्त बढ़ेगी"
    demo.meetings.save(draft)
    text = "\n".join(page_texts(docs.minutes_pdf(demo, draft.id)))
    assert "[thumbs up sign]" in text and "[white heavy check mark]" in text
    assert "👍" not in text and "\U0001f3fd" not in text  # the skin tone goes with its emoji
    assert "क्षेत्र में गश्त बढ़ेगी" in text
    assert uncovered("क्षेत्र\u200d ₹ 100 “ok”") == []  # Hindi, ZWJ, rupee, quotes are drawn
    assert printable("बैठक") == "बैठक"
