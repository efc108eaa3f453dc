"""The one-folder PyInstaller build (liaison.spec) works in full: its liaison command fills
the demo, round-trips the archive and exports a batch on two worker processes (which re-enter
the frozen executable), and its window starts. Built once per run into a temporary folder."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.install.installed import ROOT, clean_environment, run
from tests.reports.pdfread import outline_titles, page_texts

TITLE = "बैठक का कार्यवृत्त"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("frozen")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "liaison.spec"),
        ],
        cwd=work,
        env=clean_environment(),
        timeout=900,
    )
    folder = work / "dist" / "liaison-desktop"
    assert (folder / "liaison").is_file() and (folder / "liaison-desktop").is_file()
    return folder


def frozen(bundle: Path, data: Path, *args: str, **kwargs: object):
    env = clean_environment(LIAISON_BASEDIR=str(data), QT_QPA_PLATFORM="offscreen")
    return run(
        [str(bundle / "liaison"), "--today", "15-01-2025", *args],
        cwd=data.parent,
        env=env,
        timeout=300,
        **kwargs,
    )


def test_frozen_liaison_demo_archive_and_batch(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    said = frozen(bundle, data, "demo").stdout  # the migrations ran, the demo was written
    assert int(re.search(r"(\d+) meetings", said).group(1)) > 50
    archive = tmp_path / "archive.json"
    frozen(bundle, data, "export-json", str(archive))
    copy = tmp_path / "copy.sqlite3"
    frozen(bundle, data, "--db", str(copy), "import-json", str(archive))
    stats = json.loads(frozen(bundle, data, "--db", str(copy), "stats", "--json").stdout)
    assert stats == json.loads(frozen(bundle, data, "stats", "--json").stdout)
    assert stats["meeting"] > 50

    period = ["--from", "01-01-2024", "--to", "31-12-2025", "--jobs", "2"]
    folder = tmp_path / "papers"
    frozen(bundle, data, "export", "batch", *period, "--out", str(folder))
    papers = sorted(folder.glob("*.pdf"))
    assert len(papers) > 40
    assert TITLE in page_texts(papers[0].read_bytes())[0]
    merged = tmp_path / "all.pdf"
    frozen(bundle, data, "export", "batch", *period, "--out", str(merged))
    assert len(outline_titles(merged.read_bytes())) == len(papers)


def test_frozen_window_starts(bundle: Path, tmp_path: Path) -> None:
    env = clean_environment(LIAISON_BASEDIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    started = run(
        [str(bundle / "liaison-desktop"), "--exit-after-start", "--no-dialogs", "--language", "hi"],
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert "ready " in started.stdout


def test_frozen_window_refuses_an_unknown_argument(bundle: Path, tmp_path: Path) -> None:
    env = clean_environment(LIAISON_BASEDIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [str(bundle / "liaison-desktop"), "demo"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "unrecognized arguments: demo" in done.stderr
