"""``python -m liaison_desktop.cli`` is the ``liaison`` command."""

import sys

from liaison_desktop.cli import main

sys.exit(main())
