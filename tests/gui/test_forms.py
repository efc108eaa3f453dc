"""The generated form modules match their Qt Designer sources."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_forms", ROOT / "scripts" / "build_forms.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_generated_form_matches_its_ui_file() -> None:
    forms = build_forms()
    assert forms.forms(), "no .ui files found"
    assert forms.stale_forms() == [], "run: python scripts/build_forms.py --force"


def test_a_changed_ui_file_is_reported_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = build_forms()
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "liaison_desktop" / "gui" / "forms"
    forms_dir.mkdir(parents=True)
    ui_dir.mkdir()
    shutil.copy(ROOT / "ui" / "bulk_status_dialog.ui", ui_dir / "bulk_status_dialog.ui")
    generated = forms_dir / "bulk_status_dialog.py"
    shutil.copy(forms.FORMS_DIR / "bulk_status_dialog.py", generated)
    monkeypatch.setattr(forms, "ROOT", tmp_path)
    monkeypatch.setattr(forms, "UI_DIR", ui_dir)
    monkeypatch.setattr(forms, "FORMS_DIR", forms_dir)
    assert forms.stale_forms() == []

    ui_file = ui_dir / "bulk_status_dialog.ui"
    ui_file.write_text(
        ui_file.read_text(encoding="utf-8").replace("New &amp;status", "Status &amp;now"),
        encoding="utf-8",
    )
    assert forms.stale_forms() == ["bulk_status_dialog.ui"]

    os.utime(generated, (0, 0))  # older than the edited .ui, as after a real edit
    assert forms.build() == ["bulk_status_dialog.ui"]
    assert forms.stale_forms() == []
    assert "Status &now" in generated.read_text(encoding="utf-8")


def test_generated_forms_are_stamped() -> None:
    forms = build_forms()
    for ui_file in forms.forms():
        first_line = forms.target_of(ui_file).read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# generated - do not edit")
