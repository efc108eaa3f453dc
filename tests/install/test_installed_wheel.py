"""The installed program, not the checkout: a wheel built and installed into a fresh venv keeps
its Hindi (catalogues, fonts, migrations, icons all come from inside the package)."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2
import pytest

from tests.install.installed import ROOT, build_wheel, clean_environment, install_wheel, run


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("installed")
    return install_wheel(build_wheel(work), work / "venv")


def test_the_installed_package_is_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    done = run(
        [
            str(installed / "python"),
            "-c",
            "import liaison_desktop; print(liaison_desktop.__file__)",
        ],
        cwd=tmp_path,
        env=clean_environment(),
    )
    where = Path(done.stdout.strip())
    assert installed.parent in where.parents and ROOT not in where.parents


def test_installed_liaison_prints_hindi_minutes(installed: Path, tmp_path: Path) -> None:
    env = clean_environment(LIAISON_BASEDIR=str(tmp_path / "data"))
    liaison = [str(installed / "liaison"), "--today", "15-01-2025"]
    run([*liaison, "demo"], cwd=tmp_path, env=env)
    meetings = json.loads(run([*liaison, "meetings", "--json"], cwd=tmp_path, env=env).stdout)
    signed = next(m for m in meetings if m["status"] == "signed")
    out = tmp_path / "minutes.pdf"
    done = run(
        [
            *liaison,
            "export",
            "minutes",
            "--meeting",
            str(signed["id"]),
            "--out",
            str(out),
            "--lang",
            "hi",
        ],
        cwd=tmp_path,
        env=env,
    )
    assert "warning" not in done.stderr.lower()
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(out))
    assert "बैठक का कार्यवृत्त" in text
    assert "Minutes of the meeting" not in text and "Ref. No." not in text


def test_installed_gui_loads_the_hindi_catalogue_and_starts(
    installed: Path, tmp_path: Path
) -> None:
    env = clean_environment(QT_QPA_PLATFORM="offscreen", LIAISON_BASEDIR=str(tmp_path / "data"))
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from liaison_desktop.gui.i18n import set_language, language_warning\n"
        "app = QApplication([])\n"
        "set_language('hi')\n"
        "print(QCoreApplication.translate('MainWindow', 'Liaison Desktop'))\n"
        "print('warning:', language_warning())\n"
    )
    done = run([str(installed / "python"), "-c", script], cwd=tmp_path, env=env)
    assert done.stdout.splitlines() == ["लायज़न डेस्कटॉप", "warning: None"]
    started = run(
        [str(installed / "liaison-desktop"), "--exit-after-start", "--no-dialogs"],
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert "ready " in started.stdout
