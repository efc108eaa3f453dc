"""GUI fixtures: an AppContext over a real database file, background work run synchronously, the
interface in Hindi unless a test switches it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.documents import report_renderer
from liaison_desktop.gui.i18n import set_language
from liaison_desktop.gui.tasks import SyncTaskRunner
from liaison_desktop.gui.views.mainwindow import MainWindow


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


@pytest.fixture(autouse=True)
def hindi(qapp) -> Iterator[None]:
    set_language("hi")
    yield
    set_language("hi")


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


@pytest.fixture
def demo_ctx(demo: Services, demo_db_path: Path, isolated_home: Path) -> AppContext:
    """The demo office (built with the tests' fixed clock: today is 15-01-2025)."""
    return make_context(demo, demo_db_path, isolated_home)


@pytest.fixture
def empty_ctx(services: Services, db_path: Path, isolated_home: Path) -> AppContext:
    return make_context(services, db_path, isolated_home)


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    def open_(ctx: AppContext, page: str | None = "dashboard", **kwargs: Any) -> MainWindow:
        window = MainWindow(ctx, start_page=page, **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return open_
