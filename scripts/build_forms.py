"""Compile the Qt Designer forms in ``ui/`` into Python modules in ``liaison_desktop/gui/forms``.

A form is compiled only when its ``.ui`` is newer than the module (or the module is missing), as
Picard does; ``--force`` compiles all. Each module starts with a "generated - do not edit" stamp;
the generated folder is excluded from lint. ``--check`` compiles in memory and reports forms whose
module does not match its ``.ui`` (what the test suite runs). Usage::

    python scripts/build_forms.py            # compile the forms that changed
    python scripts/build_forms.py --force    # compile every form
    python scripts/build_forms.py --check    # exit 1 if a generated form is stale
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "liaison_desktop" / "gui" / "forms"
STAMP = "# generated - do not edit: compiled from {source} by scripts/build_forms.py\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found; install PySide6-Essentials")
    return found


def target_of(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The module text for ``ui_file`` (stamped; paths relative, so output is machine-neutral)."""
    source = ui_file.relative_to(ROOT).as_posix()
    result = subprocess.run(
        [uic(), source], cwd=ROOT, check=True, capture_output=True, text=True, encoding="utf-8"
    )
    return STAMP.format(source=source) + result.stdout


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def stale_forms() -> list[str]:
    """Forms whose generated module is missing or differs from compiling the ``.ui`` now."""
    stale = []
    for ui_file in forms():
        target = target_of(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(ui_file):
            stale.append(ui_file.name)
    return stale


def build(force: bool = False) -> list[str]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    built = []
    for ui_file in forms():
        target = target_of(ui_file)
        if force or not target.exists() or target.stat().st_mtime < ui_file.stat().st_mtime:
            target.write_text(compile_form(ui_file), encoding="utf-8")
            built.append(ui_file.name)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--force", action="store_true", help="compile every form")
    group.add_argument("--check", action="store_true", help="report stale forms, change nothing")
    args = parser.parse_args()
    if args.check:
        stale = stale_forms()
        print("\n".join(f"stale: {name}" for name in stale) or "forms up to date")
        return 1 if stale else 0
    built = build(force=args.force)
    print("\n".join(f"compiled: {name}" for name in built) or "forms up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
