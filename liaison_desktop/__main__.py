"""``python -m liaison_desktop`` starts the desktop application (what the desktop entry runs
when no ``liaison-desktop`` launcher sits beside the interpreter)."""

import sys

from liaison_desktop.app import main

sys.exit(main())
