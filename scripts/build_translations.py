"""Refresh the translation catalogues from the sources, then compile them for Qt.

Catalogues are split by part so that people working on different parts do not edit one file:
``core`` (errors, vocabularies, field names), ``gui`` (the interface) and ``documents`` (printed
labels), each as ``liaison_desktop/resources/translations/<part>_<lang>.ts`` (inside the package:
the program reads them at run time). English catalogues are completed with the source text, so
both languages ship complete. Usage::

    python scripts/build_translations.py          # lupdate + lrelease every catalogue
    python scripts/build_translations.py --check  # exit 1 if a catalogue is stale or incomplete
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "liaison_desktop" / "resources" / "translations"
LANGUAGES = ("hi", "en")
PARTS = {
    "core": ["liaison_desktop/core", "liaison_desktop/cli", "liaison_desktop/i18n.py"],
    "gui": ["liaison_desktop/gui", "liaison_desktop/app.py", "ui"],
    "documents": ["liaison_desktop/reports"],
}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def sources(part: str) -> list[str]:
    return [str(ROOT / path) for path in PARTS[part] if (ROOT / path).exists()]


def lupdate(part: str, ts_file: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py,ui",
            *sources(part),
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def complete_english(ts_file: Path) -> None:
    """English is the source language: every message translates to itself."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source", "")
            del translation.attrib["type"]
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def lrelease(ts_file: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
    )


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, or None when unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    if not ts_file.exists():
        return result
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            result[(name, message.findtext("source", ""))] = translation.text if finished else None
    return result


def problems() -> list[str]:
    """Stale catalogues (sources changed since lupdate) and untranslated messages."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for part in PARTS:
            fresh = Path(scratch) / f"{part}.ts"
            lupdate(part, fresh)
            wanted = set(messages(fresh))
            for language in LANGUAGES:
                ts_file = TRANSLATIONS / f"{part}_{language}.ts"
                have = messages(ts_file)
                if set(have) != wanted:
                    missing = len(wanted - set(have))
                    extra = len(set(have) - wanted)
                    found.append(f"{ts_file.name}: stale ({missing} new, {extra} removed messages)")
                untranslated = [source for key, source in have.items() if have[key] is None]
                if untranslated:
                    found.append(f"{ts_file.name}: {len(untranslated)} untranslated messages")
                if not ts_file.with_suffix(".qm").exists():
                    found.append(f"{ts_file.name}: not compiled to .qm")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args()
    if args.check:
        found = problems()
        print("\n".join(found) or "translations up to date and complete")
        return 1 if found else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{part}_{language}.ts"
            lupdate(part, ts_file)
            if language == "en":
                complete_english(ts_file)
            lrelease(ts_file)
    for line in problems():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
