"""Thin launcher so `python main.py` starts the desktop application."""

import sys

from liaison_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
