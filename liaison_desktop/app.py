"""Start the desktop application: check the platform, then hand over to the GUI package.

Kept tiny and free of heavy imports so that ``liaison-desktop --help`` and the platform check are
instant; Qt is imported only once we know it can open a window.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
from collections.abc import Sequence

from liaison_desktop.launch import enter_process

# The X11 libraries Qt 6.5+ needs for a window (xcb platform): shared object name -> the
# Debian/Ubuntu package that provides it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_linux_packages() -> list[str]:
    """Packages to install before Qt can open an X11 window; empty when not needed."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [package for soname, package in XCB_LIBRARIES.items() if not _loadable(soname)]


def _loadable(soname: str) -> bool:
    """Ask the dynamic loader directly: Qt will load these next, so this costs nothing extra
    (``ctypes.util.find_library`` would run ``ldconfig`` once per library, ~10 ms each)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="liaison-desktop", description="Liaison Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL to open")
    parser.add_argument("--basedir", metavar="DIR", help="keep data, settings and logs in DIR")
    parser.add_argument("--language", choices=("hi", "en"), help="interface language")
    parser.add_argument(
        "--view",
        choices=(
            "dashboard",
            "meetings",
            "actions",
            "people",
            "places",
            "documents",
            "search",
            "settings",
        ),
        help="page to show first (default: the last one used)",
    )
    parser.add_argument(
        "--open-meeting", type=int, metavar="ID", help="open the meeting with this id in the editor"
    )
    parser.add_argument(
        "--exit-after-start", action="store_true", help=argparse.SUPPRESS
    )  # benchmarks: quit once the first window is up
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Liaison Desktop to this user's desktop menu (Linux) and exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove it from this user's desktop menu and exit",
    )
    parser.add_argument(
        "--no-dialogs",
        action="store_true",
        help="never show error dialogs (for automation); errors go to the log",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    enter_process()
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry_command(install=args.install_desktop_entry)
    missing = missing_linux_packages()
    if missing:
        print(
            "Liaison Desktop needs a few X11 libraries to open its window on Linux.\n"
            f"Install them with:\n    sudo apt-get install -y {' '.join(missing)}\n"
            "then run the same command again.",
            file=sys.stderr,
        )
        return 3
    from liaison_desktop.gui.application import run

    return run(args)


def desktop_entry_command(*, install: bool) -> int:
    from liaison_desktop import desktop_entry

    try:
        changed = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as exc:
        print(f"liaison-desktop: cannot change the desktop menu: {exc}", file=sys.stderr)
        return 2
    verb = "installed" if install else "removed"
    print(f"{len(changed)} files {verb} under {desktop_entry.data_home()}")
    return 0
