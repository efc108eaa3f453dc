"""Put the application in the current user's desktop menu (freedesktop: Linux desktops).

Copies the shipped ``.desktop`` file, icons and AppStream metadata into ``$XDG_DATA_HOME``
(``~/.local/share``), with ``Exec`` pointing at this installation's own launcher, so a venv
or one-folder build that is not on ``PATH`` starts from the menu too. Removing them undoes
exactly that. Nothing outside the user's own data folder is touched.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from liaison_desktop.launch import is_frozen
from liaison_desktop.resources import resource

APP_ID = "in.liaisondesktop.LiaisonDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
GUI_NAME = "liaison-desktop"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command that starts this installation's window."""
    if is_frozen():
        return [sys.executable]
    script = Path(sys.executable).with_name(GUI_NAME)
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "liaison_desktop"]


def installed_files(home: Path) -> dict[Path, bytes]:
    """Every file the desktop entry consists of, by where it goes."""
    icons = home / "icons" / "hicolor"
    metainfo = resource("linux", f"{APP_ID}.metainfo.xml").read_bytes()
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_file(),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": metainfo,
        icons / "scalable" / "apps" / f"{APP_ID}.svg": resource(
            "icons", f"{GUI_NAME}.svg"
        ).read_bytes(),
    }
    for size in ICON_SIZES:
        png = resource("icons", f"{GUI_NAME}-{size}.png").read_bytes()
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
    return files


def desktop_file() -> bytes:
    text = resource("linux", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_desktop_quote(part) for part in launcher())
    lines = [exec_line if line.startswith("Exec=") else line for line in text.splitlines()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _desktop_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (a path with spaces, say)."""
    if argument == shlex.quote(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def install(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    written = []
    for target, content in installed_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(content)
        partial.replace(target)
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = [path for path in installed_files(home) if path.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Menus pick the entry up sooner when their caches are rebuilt; without the tools (or
    when they fail) they find it at the next log-in, so a failure here is not an error."""
    for command in (
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)
