"""The editor's seam to the crash-recovery store: where autosaved drafts go.

The editor calls ``keep(draft_json)`` a few seconds after each change and ``forget(uuid)`` once the
meeting is saved or the clerk discards the changes. The application passes the recovery store
(``core/recovery.py``, which also offers restore at the next start) wrapped in this protocol; with
none installed, autosave is off.
"""

from __future__ import annotations

from typing import Any, Protocol


class DraftKeeper(Protocol):
    def keep(self, draft_json: dict[str, Any]) -> None:
        """Store the latest unsaved state of a meeting (replacing the previous one)."""

    def forget(self, draft_uuid: str) -> None:
        """The meeting was saved or deliberately discarded: drop its stored draft."""
