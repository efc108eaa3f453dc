"""An AppContext over a real database file for tests and test scripts: background work run
synchronously, recovery copies kept in memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.documents import report_renderer
from liaison_desktop.gui.tasks import SyncTaskRunner


class MemoryDrafts:
    """A recovery store that remembers what the editor handed it."""

    def __init__(self) -> None:
        self.kept: dict[str, dict[str, Any]] = {}
        self.forgotten: list[str] = []

    def keep(self, draft_json: dict[str, Any]) -> None:
        self.kept[draft_json["uuid"]] = draft_json

    def forget(self, draft_uuid: str) -> None:
        self.kept.pop(draft_uuid, None)
        self.forgotten.append(draft_uuid)


def make_context(services: Services, location: Path, base: Path) -> AppContext:
    paths = AppPaths.resolve(base)
    paths.ensure()
    return AppContext(
        paths=paths,
        settings=Settings(),
        database=services.ctx.database,
        db_location=str(location),
        services=services,
        tasks=SyncTaskRunner(),
        render_document=report_renderer(services),
        drafts=MemoryDrafts(),
    )
