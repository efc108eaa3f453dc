"""How fast the printed documents are, against what an office uses today.

    python -m bench.documents [--work DIR] [--counts 100,300,1000] [--skip-soffice]

Prints JSON:
- ``large_minutes``: minutes of a large meeting (60 attendees, 25 agenda points with long Hindi
  discussion, 80 action items), rendered in-process: first render and the median of the next runs;
- ``batch``: minutes of N ordinary meetings by ``export_batch`` into a folder, with wall time,
  CPU time of the workers and their ratio (about 2 when both cores work), for several N (time
  should grow linearly) and with one worker for comparison;
- ``soffice``: the same large minutes written as an .odt (a Writer document like an office keeps)
  and converted by ``soffice --headless --convert-to pdf``, and how many times slower that is.

The data is built here (demo data plus synthetic meetings, deterministic); the large meeting
builder is also used by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import fontpkg_hind
from pypdf import PdfReader

from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services
from liaison_desktop.reports import batch
from liaison_desktop.reports.documents import (
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    minutes_pdf,
    prepare,
)
from liaison_desktop.reports.meeting_data import MeetingRecord, load_meeting

NOW = dt.datetime(2025, 1, 15, 10, 30)

# Sentences with every hard case of Devanagari printing: conjuncts (क्ष त्र ज्ञ श्र द्ध द्व),
# reph (र्), the short i (ि), nukta letters (ज़ फ़ ड़ ख़) and English words inside Hindi lines.
SENTENCES = (
    "क्षेत्र में सुरक्षा व्यवस्था की समीक्षा की गई तथा नागरिकों के ज्ञापन पर विचार हुआ।",
    "श्रद्धालुओं की भीड़ को देखते हुए यातायात व्यवस्था में परिवर्तन आवश्यक बताया गया।",
    "पुलिस आयुक्त ने निर्देश दिया कि शुद्ध पेयजल की व्यवस्था हो और मुख्य द्वार पर CCTV कैमरे लगें।",
    "ई-रिक्शा चालकों का पंजीकरण अभियान (registration drive) पंद्रह दिन में पूरा किया जाएगा।",
    "अपराध नियंत्रण हेतु रात्रि गश्त बढ़ाई जाए तथा ख़ाली प्लॉटों की झाड़ियाँ साफ़ कराई जाएँ।",
    "वरिष्ठ नागरिकों ने साइबर ठगी (cyber fraud) की शिकायत दर्ज कराने में कठिनाई बताई।",
    "विद्यालयों के पास नशीले पदार्थों की बिक्री रोकने के लिए विशेष अभियान चलाया जाएगा।",
    "पार्षद ने बताया कि वार्ड की गलियों में जलभराव से आवागमन बाधित रहता है।",
    "व्यापार मंडल ने बाज़ार में अतिक्रमण हटाने में पूर्ण सहयोग का आश्वासन दिया।",
    "थाना प्रभारी ने पिछले माह की कार्यवाही का विवरण प्रस्तुत किया, जिसमें 12 गिरफ़्तारियाँ शामिल हैं।",
    "महिला हेल्प डेस्क पर प्राप्त शिकायतों का निस्तारण प्राथमिकता से किया जाए।",
    "जुलूस मार्ग का संयुक्त निरीक्षण नगर निगम एवं विद्युत विभाग के साथ किया जाएगा।",
)
TOPICS = (
    "सूखे नशे के गिरोह पर कार्यवाही",
    "मुख्य बाज़ार में जाम की समस्या",
    "त्योहारों में शांति व्यवस्था",
    "स्ट्रीट लाइट और अंधेरे स्थान",
    "महिला सुरक्षा और एंटी रोमियो दल",
    "साइबर ठगी के प्रति जागरूकता",
    "अतिक्रमण और फ़ुटपाथ",
    "विद्यालयों के आसपास सुरक्षा",
)
FIRST = ("राम", "श्याम", "सुरेश", "अनीता", "प्रदीप", "क्षितिज", "श्रद्धा", "इरफ़ान", "ज्योति", "धर्मेंद्र")
LAST = ("त्रिपाठी", "द्विवेदी", "श्रीवास्तव", "मिश्र", "क़ुरैशी", "अग्निहोत्री", "सिंह", "वर्मा")
ROLES = ("पार्षद, वार्ड {n}", "मंडल अध्यक्ष", "संभ्रांत नागरिक", "थाना प्रभारी", "व्यापार मंडल सदस्य")
BODIES = ("यातायात पुलिस", "नगर निगम", "थाना पुलिस", "मंडल कार्यकर्ता", "विद्युत विभाग")


def large_meeting(services: Services, series_id: int, on: dt.date, seed: int = 5) -> int:
    """Save a large meeting of the series on ``on``: 60 attendees, 25 agenda points with long
    Hindi discussion, 80 action items (plus the series' open items to review); its id."""
    rng = random.Random(seed)
    draft: MeetingDraft = services.series.new_meeting(series_id, on)
    draft.start_time, draft.end_time = dt.time(11, 0), dt.time(14, 30)
    draft.chair_name, draft.chair_designation = "रमेश चंद्र अवस्थी", "सांसद, कानपुर"
    draft.recorded_by_name, draft.recorded_by_designation = "नीरज कुमार वर्मा", "कार्यालय सहायक"
    statuses = ["present"] * 48 + ["absent"] * 8 + ["represented"] * 4
    draft.attendance = [
        AttendanceLine(
            name=f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]} ({n + 1})",
            designation=ROLES[n % len(ROLES)].format(n=n + 1),
            area=f"वार्ड {n % 17 + 1}",
            mobile=f"9{rng.randint(100000000, 999999999)}",
            status=status,
            represented_by="प्रतिनिधि श्री अजय कुमार" if status == "represented" else "",
        )
        for n, status in enumerate(statuses)
    ]
    draft.agenda = [
        AgendaLine(
            title=f"{TOPICS[n % len(TOPICS)]} ({n + 1})",
            discussion=" ".join(rng.sample(SENTENCES, 10)),
            decision=" ".join(rng.sample(SENTENCES, 2)),
        )
        for n in range(25)
    ]
    draft.actions = [
        ActionLine(
            description=f"{rng.choice(SENTENCES)[:-1]} — बिंदु {n + 1}",
            category=rng.choice(("drugs", "traffic", "law_order", "civic", "other")),
            responsible_body=rng.choice(BODIES),
            due_date=on + dt.timedelta(days=rng.choice((15, 30, 45))),
            agenda_uuid=draft.agenda[n % 25].uuid,
        )
        for n in range(80)
    ]
    for review in draft.reviews:
        review.status, review.remark = "in_progress", "कार्यवाही प्रगति पर है"
    draft.copy_to = ["पुलिस आयुक्त, कानपुर नगर", "जिलाध्यक्ष, कानपुर नगर", "सभी थाना प्रभारी"]
    return services.meetings.save(draft).id


def ordinary_meetings(services: Services, count: int, seed: int = 11) -> list[int]:
    """``count`` ordinary station meetings (8 attendees, 3 agenda points, 3 action items),
    spread over the station series, one a day backwards from today."""
    rng = random.Random(seed)
    series = [s for s in services.series.all_series() if s.station_id is not None]
    ids = []
    for n in range(count):
        on = NOW.date() - dt.timedelta(days=n + 1)
        draft = MeetingDraft(
            series_id=series[n % len(series)].id,
            title=f"{series[n % len(series)].name} — संख्या {n + 1}",
            meeting_date=on,
            start_time=dt.time(11, 0),
            venue="थाना सभाकक्ष",
            chair_name="थाना प्रभारी",
            recorded_by_name="नीरज कुमार वर्मा",
            attendance=[
                AttendanceLine(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", status="present")
                for _ in range(8)
            ],
            agenda=[
                AgendaLine(
                    title=rng.choice(TOPICS),
                    discussion=" ".join(rng.sample(SENTENCES, 3)),
                    decision=rng.choice(SENTENCES),
                )
                for _ in range(3)
            ],
            actions=[
                ActionLine(
                    description=rng.choice(SENTENCES),
                    responsible_body=rng.choice(BODIES),
                    due_date=on + dt.timedelta(days=30),
                )
                for _ in range(3)
            ],
            copy_to=["पुलिस आयुक्त, कानपुर नगर"],
        )
        ids.append(services.meetings.save(draft).id)
    return ids


def demo_database(path: Path) -> Services:
    database = open_database(path)
    database.pragma("synchronous", 0)  # bench data only: no fsync per save
    services = Services(database, operator="bench", clock=lambda: NOW)
    build_demo(services)
    return services


# Measurements --------------------------------------------------------------------------------


def bench_large(services: Services, meeting_id: int, runs: int = 10) -> dict[str, float]:
    options = DocumentOptions(invariant=True)
    start = time.perf_counter()
    pdf = minutes_pdf(services, meeting_id, options)
    first = time.perf_counter() - start
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        minutes_pdf(services, meeting_id, options)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    start = time.perf_counter()
    prepare(services, DocumentRequest(DocumentKind.MINUTES, meeting_id))
    data_time = time.perf_counter() - start
    return {
        "first_ms": round(first * 1000, 1),
        "median_ms": round(statistics.median(times) * 1000, 1),
        "best_ms": round(min(times) * 1000, 1),
        "median_cpu_ms": round(statistics.median(cpu) * 1000, 1),  # steadier on a busy machine
        "max_ms": round(max(times) * 1000, 1),
        "reading_and_story_ms": round(data_time * 1000, 1),
        "pages": len(PdfReader(io.BytesIO(pdf)).pages),
        "bytes": len(pdf),
    }


def bench_batch(
    db_path: Path, items: list[batch.BatchItem], out: Path, processes: int, repeat: int = 2
) -> dict[str, object]:
    """Minutes of ``items`` into the folder ``out`` (or, when it ends in .pdf, one merged PDF).
    The best of ``repeat`` runs: on a shared machine the slower runs measure the neighbours."""
    best: dict[str, object] = {}
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = batch.export_batch(db_path, items, out, now=NOW, processes=processes)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        assert result.done == len(items) and not result.cancelled
        if best and wall >= best["wall_s"]:
            continue
        best = {
            "documents": len(items),
            "merged_mib": round(out.stat().st_size / 2**20, 1) if out.suffix == ".pdf" else None,
            "processes": processes,
            "wall_s": round(wall, 2),
            "ms_per_document": round(wall / len(items) * 1000, 1),
            "worker_cpu_s": round(cpu, 2),
            "cores_busy": round(cpu / wall, 2),
        }
    return best


def write_odt(record: MeetingRecord, path: Path) -> None:
    """The minutes as a Writer document: the same text, headings and tables, in Hind."""

    def p(text: str, style: str = "Text_20_body") -> str:
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    def h(text: str) -> str:
        return (
            f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(text)}</text:h>'
        )

    def table(name: str, header: list[str], rows: list[list[str]]) -> str:
        cols = f'<table:table-column table:number-columns-repeated="{len(header)}"/>'

        def row(cells: list[str]) -> str:
            inner = "".join(
                f'<table:table-cell office:value-type="string">{p(c, "Table_20_Contents")}'
                "</table:table-cell>"
                for c in cells
            )
            return f"<table:table-row>{inner}</table:table-row>"

        return (
            f'<table:table table:name="{name}">{cols}<table:table-header-rows>{row(header)}'
            f"</table:table-header-rows>{''.join(row(r) for r in rows)}</table:table>"
        )

    body = [p("जिला कार्यालय, कानपुर नगर", "Title"), p(f"पत्रांक: {record.reference_no or '—'}")]
    body += [p("बैठक का कार्यवृत्त", "Title"), p(record.title), p(f"स्थान: {record.venue}")]
    body.append(h("उपस्थित"))
    body.append(
        table(
            "present",
            ["क्र.सं.", "नाम", "पदनाम", "क्षेत्र"],
            [[str(n), a.name, a.designation, a.area] for n, a in enumerate(record.attendance, 1)],
        )
    )
    body.append(h("पूर्व बैठकों के निर्णयों की समीक्षा"))
    body.append(
        table(
            "reviews",
            ["क्र.सं.", "कार्य बिंदु", "उत्तरदायी", "स्थिति", "टिप्पणी"],
            [
                [str(n), r.description, r.responsible, r.review_status, r.remark]
                for n, r in enumerate(record.reviews, 1)
            ],
        )
    )
    body.append(h("कार्यसूची के बिंदु, चर्चा एवं निर्णय"))
    for point in record.agenda:
        body += [
            p(f"{point.number}. {point.title}", "Heading_20_3"),
            p(f"चर्चा: {point.discussion}"),
        ]
        body.append(p(f"निर्णय: {point.decision}"))
    body.append(h("नए कार्य बिंदु"))
    body.append(
        table(
            "actions",
            ["क्र.सं.", "की जाने वाली कार्यवाही", "उत्तरदायी", "समय सीमा"],
            [
                [str(n), a.description, a.responsible, f"{a.due_date:%d-%m-%Y}"]
                for n, a in enumerate(record.actions, 1)
            ],
        )
    )
    body += [p(f"({record.recorded_by.name})"), p(f"({record.chair.name})")]
    body += [p("प्रतिलिपि:")] + [p(f"{n}. {c}") for n, c in enumerate(record.copy_to, 1)]
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    )
    fonts = (
        '<office:font-face-decls><style:font-face style:name="Hind" svg:font-family="Hind"/>'
        "</office:font-face-decls>"
    )
    default_style = (
        '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
        'style:font-name="Hind" style:font-name-complex="Hind" fo:font-size="10.5pt" '
        'style:font-size-complex="10.5pt"/></style:default-style></office:styles>'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
        f"{fonts}<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.3">'
        f"{fonts}{default_style}</office:document-styles>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest manifest:version="1.3" '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        odt.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        odt.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
        odt.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def bench_soffice(record: MeetingRecord, work: Path, ours: dict, runs: int = 3) -> dict:
    soffice = shutil.which("soffice")
    if soffice is None:
        return {"skipped": "soffice not installed (apt-get install libreoffice-writer-nogui)"}
    source = work / "large_minutes.odt"
    write_odt(record, source)
    # A private profile, and fontconfig that also sees the Hind files (as an office PC would
    # have a Devanagari font installed).
    profile = (work / "soffice-profile").as_uri()
    fonts_conf = work / "fonts.conf"
    fonts_conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<include ignore_missing='yes'>/etc/fonts/fonts.conf</include>"
        f"<dir>{fontpkg_hind.ROOT / 'files'}</dir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf)}
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(source),
    ]
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    median = statistics.median(times) * 1000
    median_cpu = statistics.median(cpu) * 1000
    return {
        "command": "soffice --headless --convert-to pdf large_minutes.odt",
        "median_ms": round(median, 1),
        "best_ms": round(min(times) * 1000, 1),
        "median_cpu_ms": round(median_cpu, 1),
        "pdf_bytes": (work / "large_minutes.pdf").stat().st_size,
        "times_slower_than_ours": round(median / ours["median_ms"], 1),
        "best_vs_best": round(min(times) * 1000 / ours["best_ms"], 1),
        "times_more_cpu_than_ours": round(median_cpu / ours["median_cpu_ms"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the databases and output")
    parser.add_argument("--counts", default="100,300,1000", help="batch sizes")
    parser.add_argument("--skip-soffice", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-documents-"))
    work.mkdir(parents=True, exist_ok=True)
    counts = [int(n) for n in args.counts.split(",")]
    db_path = work / "bench.sqlite3"
    db_path.unlink(missing_ok=True)
    services = demo_database(db_path)
    quarterly = next(s for s in services.series.all_series() if s.station_id is None)
    big = large_meeting(services, quarterly.id, NOW.date())
    meeting_ids = ordinary_meetings(services, max(counts))
    services.ctx.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # Other work on the machine slows every figure: the load before and after tells.
    report: dict[str, object] = {"cpu_count": os.cpu_count(), "load_before": os.getloadavg()}
    report["large_minutes"] = large = bench_large(services, big)
    everything = {item.meeting_id: item for item in batch.select_meetings(dt.date.min, NOW.date())}
    runs = []
    for count in counts:
        items = [everything[i] for i in meeting_ids[:count]]
        runs.append(bench_batch(db_path, items, work / f"batch-{count}", processes=2))
    items = [everything[i] for i in meeting_ids[: counts[0]]]
    runs.append(bench_batch(db_path, items, work / "batch-one-core", processes=1))
    items = [everything[i] for i in meeting_ids[: counts[-1]]]
    runs.append(bench_batch(db_path, items, work / "merged.pdf", processes=2))
    report["batch"] = runs
    if not args.skip_soffice:
        record = load_meeting(services, big)
        report["soffice"] = bench_soffice(record, work, large)
    report["load_after"] = os.getloadavg()
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
