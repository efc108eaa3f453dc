"""Start the desktop application: check the platform, then hand over to the GUI package.

Kept tiny and free of heavy imports so that ``liaison-desktop --help`` and the platform check are
instant; Qt is imported only once we know it can open a window.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Sequence

# Debian/Ubuntu package names of the X11 libraries Qt 6.5+ needs for a window (xcb platform).
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
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
    return [
        package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="liaison-desktop", description="Liaison Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL to open")
    parser.add_argument("--basedir", metavar="DIR", help="keep data, settings and logs in DIR")
    parser.add_argument("--language", choices=("hi", "en"), help="interface language")
    parser.add_argument(
        "--view",
        choices=("dashboard", "meetings", "actions", "people", "places", "documents", "settings"),
        help="page to show first (default: the last one used)",
    )
    parser.add_argument(
        "--open-meeting", type=int, metavar="ID", help="open the meeting with this id in the editor"
    )
    parser.add_argument(
        "--exit-after-start", action="store_true", help=argparse.SUPPRESS
    )  # benchmarks: quit once the first window is up
    parser.add_argument(
        "--no-dialogs",
        action="store_true",
        help="never show error dialogs (for automation); errors go to the log",
    )
    return parser.parse_known_args(argv)[0]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
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
