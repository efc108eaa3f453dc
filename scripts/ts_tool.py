"""Work on a Qt .ts catalogue without Qt Linguist.

    cd liaison_desktop/resources/translations
    python ../../../scripts/ts_tool.py untranslated gui_hi.ts > todo.tsv
    python ../../../scripts/ts_tool.py fill gui_hi.ts done.tsv

The TSV has three columns: context, source, translation (tabs and newlines in text written as
\\t and \\n). ``fill`` marks the filled messages finished; run build_translations.py afterwards to
compile the .qm files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def untranslated(ts_file: Path) -> None:
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                print(f"{name}\t{escape(message.findtext('source', ''))}\t")


def fill(ts_file: Path, tsv: Path) -> None:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip():
            wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            translation = message.find("translation")
            if key in wanted and translation is not None:
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} of {len(wanted)} translations", file=sys.stderr)


if __name__ == "__main__":
    command, target = sys.argv[1], Path(sys.argv[2])
    if command == "untranslated":
        untranslated(target)
    elif command == "fill":
        fill(target, Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
