"""``liaison export ...`` as a clerk runs it: files written, one-line errors with exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import liaison
from tests.reports.pdfread import outline_titles, page_texts


@pytest.fixture
def db(demo_db_path: Path) -> Path:
    return demo_db_path


def test_export_documents(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    assert (
        "Wrote" in liaison("export", "minutes", "--meeting", "1", "--out", str(out), db=db).stdout
    )
    assert "बैठक का कार्यवृत्त" in page_texts(out.read_bytes())[0]
    liaison(
        "export", "review", "--meeting", "2", "--blank", "--lang", "en", "--out", str(out), db=db
    )
    assert "Review sheet (action taken report)" in page_texts(out.read_bytes())[0]
    liaison("export", "attendance", "--meeting", "2", "--out", str(out), db=db)
    liaison("export", "register", "--overdue", "--station", "KTW", "--out", str(out), db=db)
    assert "थाना: कोतवाली" in page_texts(out.read_bytes())[0]
    liaison("export", "compliance", "--quarter", "2024Q4", "--out", str(out), db=db)
    assert "तिमाही 4" in page_texts(out.read_bytes())[0]


def test_invariant_output_is_byte_for_byte_the_same(db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        liaison("export", "minutes", "--meeting", "3", "--invariant", "--out", str(out), db=db)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("minutes", "--meeting", "424242"), "No meeting with id or UUID “424242”"),
        (("register", "--station", "Atlantis"), "No police station called “Atlantis”"),
        (("compliance", "--quarter", "2024-5"), "is not a quarter"),
        (("batch", "--from", "31-02-2025", "--to", "01-03-2025"), "not a real date"),
        (("batch", "--from", "01-03-2025", "--to", "01-02-2025"), "before the start date"),
    ],
)
def test_clear_errors(db: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = liaison("export", *args, "--out", str(tmp_path / "x.pdf"), db=db, check=False)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_messages_follow_the_global_language_not_the_labels_language(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    args = ("export", "compliance", "--quarter", "2024-5", "--lang", "en", "--out", str(out))
    result = liaison("--lang", "hi", *args, db=db, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "liaison: error: “2024-5” तिमाही नहीं है। इसे 2024Q3 के रूप में लिखें।"


def test_unwritable_path(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder.pdf"
    result = liaison("export", "minutes", "--meeting", "1", "--out", str(out), db=db, check=False)
    assert result.returncode == 2 and "Cannot write" in result.stderr


def test_batch_merged_and_folder(db: Path, tmp_path: Path) -> None:
    merged = tmp_path / "all.pdf"
    args = ("export", "batch", "--from", "01-10-2024", "--to", "31-12-2024")
    assert "Wrote the minutes of" in liaison(*args, "--out", str(merged), db=db).stdout
    titles = outline_titles(merged.read_bytes())
    folder = tmp_path / "each"
    liaison(*args, "--document", "attendance", "--jobs", "2", "--out", str(folder), db=db)
    assert len(titles) == len(list(folder.iterdir())) > 3
