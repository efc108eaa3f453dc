"""GUI fixtures: an AppContext over a real database file, background work run synchronously, the
interface in Hindi unless a test switches it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from liaison_desktop.core.services import Services
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.i18n import set_language
from liaison_desktop.gui.views.mainwindow import MainWindow
from tests.gui.app_context import make_context


@pytest.fixture(autouse=True)
def hindi(qapp) -> Iterator[None]:
    set_language("hi")
    yield
    set_language("hi")


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
