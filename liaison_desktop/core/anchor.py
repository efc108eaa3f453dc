"""The anchor printed on papers: a meeting's full seal, its ledger entry and the chain head.

Someone able to rewrite the database can recompute every seal and every ledger hash, so the
chain alone cannot catch them. A paper that left the office cannot be rewritten: it carries the
seal, the position and hash of the meeting's ledger entry, and the ledger's head when it was
printed, as text and as a QR code (and in the PDF's keywords). ``liaison verify --paper`` reads
the anchor back and checks it against the database (``services/ledger.py``).

The anchor is one line of ASCII, so it survives a QR scanner, copying from a PDF viewer or
typing from the paper:
``liaison-seal:1:<meeting uuid>:<seal>:<entry position>-<entry hash>:<head position>-<head hash>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ANCHOR_PREFIX = "liaison-seal:1:"
_HEX = r"[0-9a-f]{64}"
_PATTERN = re.compile(
    re.escape(ANCHOR_PREFIX)
    + r"(?P<uuid>[0-9a-f-]{36}):(?P<seal>"
    + _HEX
    + r"):(?P<entry_position>\d+)-(?P<entry_hash>"
    + _HEX
    + r"):(?P<head_position>\d+)-(?P<head_hash>"
    + _HEX
    + r")"
)


@dataclass(frozen=True)
class PaperAnchor:
    meeting_uuid: str
    seal: str
    entry_position: int
    entry_hash: str
    head_position: int
    head_hash: str

    def encode(self) -> str:
        return (
            f"{ANCHOR_PREFIX}{self.meeting_uuid}:{self.seal}:"
            f"{self.entry_position}-{self.entry_hash}:{self.head_position}-{self.head_hash}"
        )


def find_anchors(text: str) -> list[PaperAnchor]:
    """Every anchor in ``text`` (a PDF's text or keywords, a scanned QR value), in order, each
    once. Whitespace a text extractor put inside the long line is ignored."""
    compact = re.sub(r"\s+", "", text).lower()
    found: list[PaperAnchor] = []
    for match in _PATTERN.finditer(compact):
        anchor = PaperAnchor(
            meeting_uuid=match["uuid"],
            seal=match["seal"],
            entry_position=int(match["entry_position"]),
            entry_hash=match["entry_hash"],
            head_position=int(match["head_position"]),
            head_hash=match["head_hash"],
        )
        if anchor not in found:
            found.append(anchor)
    return found
