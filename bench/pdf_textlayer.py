"""How well the text of a Hindi PDF comes back, and what the text layer costs.

Sets the test corpus (tests/reports/data/hindi_corpus.txt: every sentence as a regular
and a bold paragraph and in a table) three ways: ReportLab's shaping alone, this
project (liaison_desktop.reports.textlayer) and LibreOffice (``soffice --headless
--convert-to pdf`` of the same content as HTML, set in Hind too; skipped when soffice is
missing). Prints JSON: the share of words read back exactly by each extractor, and the
CPU time to build the PDF with and without the text layer (median over fresh processes:
"cold" is a process's first build, "warm" the builds after it in the same process).

Run from the repository root::

    python bench/pdf_textlayer.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

from tests.reports import corpus  # noqa: E402

WARM_BUILDS = 3


def setup(kind: str) -> type[corpus.Canvas]:
    """Register Hind as ``kind`` ("plain": ReportLab alone, "project": with the text
    layer) and return the canvas class to build with. Once per process: ReportLab keeps
    the first font it is given for a file."""
    if kind == "project":
        from liaison_desktop.reports import fonts, textlayer

        fonts.register_fonts()
        return textlayer.TextLayerCanvas
    for name, file in (("Hind", "Hind-Regular.ttf"), ("Hind-Bold", "Hind-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(corpus.HIND_FILES / file)))
    pdfmetrics.registerFontFamily("Hind", normal="Hind", bold="Hind-Bold")
    return corpus.Canvas


def build(kind: str) -> bytes:
    return corpus.build_pdf(corpus.load_corpus(), "Hind", "Hind-Bold", setup(kind))


def time_builds(kind: str) -> list[float]:
    """CPU seconds for WARM_BUILDS builds in this process, fonts loaded beforehand (CPU
    time, not wall time: the machine may be busy with other work)."""
    canvasmaker = setup(kind)
    sentences = corpus.load_corpus()
    seconds = []
    for _ in range(WARM_BUILDS):
        start = time.process_time()
        corpus.build_pdf(sentences, "Hind", "Hind-Bold", canvasmaker)
        seconds.append(time.process_time() - start)
    return seconds


def child(args: list[str]) -> str:
    return subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def extract_all(pdf: bytes, shown: str) -> dict[str, float]:
    scores = {
        name: round(100 * corpus.words_exact(shown, extract(pdf)), 2)
        for name, extract in corpus.EXTRACTORS.items()
    }
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout
        scores["pdftotext"] = round(100 * corpus.words_exact(shown, text.decode()), 2)
    return scores


def libreoffice_pdf() -> bytes | None:
    """The corpus as LibreOffice sets it from HTML, in Hind; None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        fonts_dir = home / ".fonts"
        fonts_dir.mkdir()
        for file in ("Hind-Regular.ttf", "Hind-Bold.ttf"):
            shutil.copy(corpus.HIND_FILES / file, fonts_dir)
        source = home / "corpus.html"
        source.write_text(corpus_html(corpus.load_corpus()), encoding="utf-8")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{home}/profile",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(home),
                str(source),
            ],
            env={**os.environ, "HOME": str(home)},
            capture_output=True,
            check=True,
            timeout=300,
        )
        return (home / "corpus.pdf").read_bytes()


def corpus_html(sentences: list[str]) -> str:
    """The content of corpus.build_pdf as HTML (same words, same bold runs)."""
    body = []
    for n, sentence in enumerate(sentences):
        words = [escape(word) for word in sentence.split()]
        if n % 5 == 0 and len(words) > 3:
            words[2] = f"<b>{words[2]}</b>"
        body += [f"<p>{' '.join(words)}</p>", f"<p><b>{escape(sentence)}</b></p>"]
    body.append("<table border='1'>")
    digits = str.maketrans("0123456789", "०१२३४५६७८९")
    for n, sentence in enumerate(sentences, start=1):
        pair = " ".join(sentence.split()[:2])
        body.append(
            f"<tr><td>{str(n).translate(digits)}.</td><td>{escape(sentence)}</td>"
            f"<td><b>{escape(pair)}</b></td></tr>"
        )
    body.append("</table>")
    style = "body, td { font-family: 'Hind'; font-size: 10pt; }"
    return (
        "<!DOCTYPE html><html lang='hi'><head><meta charset='utf-8'>"
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per variant")
    parser.add_argument("--child", choices=["pdf", "time"], help=argparse.SUPPRESS)
    parser.add_argument("--kind", choices=["plain", "project"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    rl_config.invariant = 1
    if args.child == "pdf":
        sys.stdout.buffer.write(build(args.kind))
        return
    if args.child == "time":
        print(json.dumps(time_builds(args.kind)))
        return

    sentences = corpus.load_corpus()
    shown = corpus.shown_text(sentences)
    pdfs = {
        kind: subprocess.run(
            [sys.executable, __file__, "--child", "pdf", "--kind", kind],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        for kind in ("plain", "project")
    }
    words_exact = {
        "reportlab_shaping_alone": extract_all(pdfs["plain"], shown),
        "this_project": extract_all(pdfs["project"], shown),
    }
    office = libreoffice_pdf()
    words_exact["libreoffice"] = (
        extract_all(office, shown) if office else {"skipped": "soffice not installed"}
    )

    timings: dict[str, list[list[float]]] = {"plain": [], "project": []}
    for _ in range(args.runs):  # interleaved, so that load on the machine hits both alike
        for kind in timings:
            timings[kind].append(json.loads(child(["--child", "time", "--kind", kind])))
    render = {
        kind: {
            "cold_median_s": round(statistics.median(run[0] for run in runs), 3),
            "warm_median_s": round(statistics.median(t for run in runs for t in run[1:]), 3),
        }
        for kind, runs in timings.items()
    }
    for key in ("cold_median_s", "warm_median_s"):
        extra = render["project"][key] / render["plain"][key] - 1
        render.setdefault("project_slower_percent", {})[key[:4]] = round(100 * extra, 1)

    print(
        json.dumps(
            {
                "corpus": {"sentences": len(sentences), "words_shown": len(shown.split())},
                "words_exact_percent": words_exact,
                "build_time": render,
                "pdf_bytes": {kind: len(pdf) for kind, pdf in pdfs.items()},
                "runs": args.runs,
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
