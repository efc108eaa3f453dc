"""System programs some tests need (Debian packages listed in ``.ci/debian-packages``).

On a developer's machine a missing program skips its tests with the package to install; under
``CI=true`` it is a failure, because ``.ci/run`` installs every listed package first.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_program(program: str, package: str) -> str:
    """The path of ``program``; skips (or fails in CI) naming the Debian ``package``."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (Debian package {package})"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; .ci/run should have installed it", pytrace=False)
        pytest.skip(message)
    return path
