"""The external anchor (issue 13): printed minutes carry the full seal, their ledger entry and the
ledger head as text, QR code and PDF keywords, and a paper catches a database rewritten with
every hash recomputed, which the chain alone cannot."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from liaison_desktop.core.anchor import PaperAnchor, find_anchors
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.paper import MSG_NO_ANCHOR, anchors_in_file
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.ledger import (
    MSG_PAPER_ENTRY_DIFFERS,
    MSG_PAPER_ENTRY_MISSING,
    MSG_PAPER_HEAD_DIFFERS,
    MSG_SEALED_CHANGED,
)
from liaison_desktop.core.services.lifecycle import SignatoryLine
from liaison_desktop.reports.documents import minutes_pdf
from tests.core.meetings import meeting
from tests.reports.pdfread import page_texts


def final_minutes(services: Services, series, day: dt.date) -> Meeting:
    draft = meeting(services, series, day, [f"गश्त बढ़ाई जाए {day:%d-%m}"])
    services.lifecycle.finalise(draft.id)
    return services.meetings.meeting(draft.id)


def qr_values(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [
            result.text
            for page in document
            for result in zxingcpp.read_barcodes(page.render(scale=2).to_pil())
        ]
    finally:
        document.close()


def templates(problems) -> list[str]:
    return [problem.template for problem in problems]


def test_minutes_print_the_full_seal_ledger_entry_and_head(services: Services, setup) -> None:
    _, series, _ = setup
    first = final_minutes(services, series, dt.date(2024, 7, 5))
    final_minutes(services, series, dt.date(2024, 8, 5))
    pdf = minutes_pdf(services, first.id)

    anchor = services.ledger.anchor(str(first.uuid))
    assert anchor is not None and anchor.seal == Meeting.get_by_id(first.id).content_hash
    assert (anchor.entry_position, anchor.head_position) == (1, 2)
    text = " ".join(page_texts(pdf))
    assert anchor.seal in text  # all 64 digits, not 8
    assert find_anchors(text) == [anchor]  # the printed check code, wrapped over lines
    assert qr_values(pdf) == [anchor.encode()]  # the QR code scans to the same
    assert services.ledger.check_paper(anchor).problems == []

    draft = meeting(services, series, dt.date(2024, 9, 5), ["नया"])
    assert services.ledger.anchor(str(draft.uuid)) is None
    assert qr_values(minutes_pdf(services, draft.id)) == []


def test_a_rewritten_database_with_every_hash_recomputed_is_caught_by_the_paper(
    services: Services, setup, db_path: Path, tmp_path: Path
) -> None:
    _, series, _ = setup
    minutes = final_minutes(services, series, dt.date(2024, 7, 5))
    final_minutes(services, series, dt.date(2024, 8, 5))
    paper = tmp_path / "minutes.pdf"
    paper.write_bytes(minutes_pdf(services, minutes.id))

    # The attacker edits a decision, then rebuilds the whole ledger with the application's own
    # code, so every seal and every link is consistent again.
    raw = sqlite3.connect(db_path)
    raw.execute(
        "UPDATE agenda_item SET decision = 'कोई कार्रवाई नहीं' WHERE meeting_id = ?", (minutes.id,)
    )
    rebuilt = raw.execute(
        "SELECT event, meeting_uuid FROM ledger_entry ORDER BY position"
    ).fetchall()
    raw.execute("DELETE FROM ledger_entry")
    raw.commit()
    raw.close()
    for event, meeting_uuid in rebuilt:
        services.ledger.append(event, Meeting.get(Meeting.uuid == meeting_uuid))
    assert services.lifecycle.verify() == []  # the chain alone sees nothing

    (anchor,) = anchors_in_file(paper)
    check = services.ledger.check_paper(anchor)
    assert templates(check.problems) == [MSG_PAPER_ENTRY_DIFFERS, MSG_PAPER_HEAD_DIFFERS]
    assert check.problems[0].params["reference"] == minutes.reference_no


def test_the_newest_entries_removed_with_their_minutes_are_caught_by_a_later_paper(
    services: Services, setup, db_path: Path
) -> None:
    _, series, _ = setup
    final_minutes(services, series, dt.date(2024, 7, 5))
    newest = final_minutes(services, series, dt.date(2024, 8, 5))
    anchor = services.ledger.anchor(str(newest.uuid))
    assert anchor is not None
    raw = sqlite3.connect(db_path)
    raw.execute("DELETE FROM ledger_entry WHERE meeting_uuid = ?", (str(newest.uuid),))
    raw.execute("UPDATE meeting SET status = 'draft' WHERE id = ?", (newest.id,))
    raw.commit()
    raw.close()
    assert services.lifecycle.verify() == []
    assert templates(services.ledger.check_paper(anchor).problems)[:2] == [
        MSG_PAPER_ENTRY_MISSING,
        MSG_PAPER_HEAD_DIFFERS,
    ]


def test_a_paper_of_final_minutes_later_signed_is_an_earlier_state_not_a_problem(
    services: Services, setup, db_path: Path
) -> None:
    _, series, _ = setup
    minutes = final_minutes(services, series, dt.date(2024, 7, 5))
    at_final = services.ledger.anchor(str(minutes.uuid))
    services.lifecycle.sign(minutes.id, dt.date(2024, 7, 8), [SignatoryLine("अध्यक्ष", "")])
    check = services.ledger.check_paper(at_final)
    assert check.problems == [] and check.superseded_by is not None
    assert check.superseded_by.event == "sign"

    at_signing = services.ledger.anchor(str(minutes.uuid))
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE agenda_item SET discussion = 'बदला' WHERE meeting_id = ?", (minutes.id,))
    raw.commit()
    raw.close()
    check = services.ledger.check_paper(at_signing)
    assert templates(check.problems) == [MSG_SEALED_CHANGED]
    assert "agenda" in check.problems[0].params["fields"]


def test_a_file_without_an_anchor_is_a_clear_error(services: Services, setup, tmp_path: Path):
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 7, 5), ["नया"])
    paper = tmp_path / "draft.pdf"
    paper.write_bytes(minutes_pdf(services, draft.id))
    with pytest.raises(ValidationError) as raised:
        anchors_in_file(paper)
    assert raised.value.template == MSG_NO_ANCHOR
    with pytest.raises(ValidationError):
        anchors_in_file(tmp_path)  # a folder
    scanned = tmp_path / "qr.txt"  # a QR value typed or scanned into a file, broken over lines
    code = PaperAnchor("0" * 8 + "-0000-0000-0000-" + "0" * 12, "a" * 64, 3, "b" * 64, 4, "c" * 64)
    scanned.write_text(f"scan:\n{code.encode()[:50]}\n{code.encode()[50:]}\n")
    assert anchors_in_file(scanned) == [code]
