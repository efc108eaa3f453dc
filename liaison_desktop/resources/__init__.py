"""The files the program reads at run time, shipped inside the package.

``translations/`` (the catalogues: ``.ts`` read by the Qt-free code, ``.qm`` by Qt), ``icons/``
(the application icon in every size) and ``linux/`` (the freedesktop ``.desktop`` file and
AppStream metadata). They are read through ``importlib.resources`` and never by a path built
from ``__file__``, so they are found the same way in a checkout, an installed wheel, a zipped
package and a PyInstaller bundle. The sources they are made from (the icon master, the packaging
scripts) are in the checkout's top-level ``resources/`` folder, which is not installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The shipped file ``parts`` (e.g. ``resource("translations", "gui_hi.qm")``)."""
    from importlib import resources  # imported when first needed: it costs a few ms at start

    return resources.files(__name__).joinpath(*parts)
