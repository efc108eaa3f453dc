"""Build the wheel from a copy of the sources and install it into a fresh venv outside the
checkout, as an office would (``pip install liaison_desktop-*.whl``), so tests can run the
installed program rather than the checkout. The dependencies come from pip's cache or the index."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What a wheel is built from; the rest of the checkout (venv, old builds, caches) stays out, so
# a stale build/ folder cannot smuggle files into the wheel.
SOURCES = ("liaison_desktop", "setup.cfg", "pyproject.toml", "README.md")


def build_wheel(work: Path) -> Path:
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, source / name)
    wheels = work / "wheels"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            str(source),
            "-w",
            str(wheels),
        ]
    )
    (wheel,) = wheels.glob("liaison_desktop-*.whl")
    return wheel


def install_wheel(wheel: Path, venv: Path) -> Path:
    """A new venv with ``wheel`` installed; returns its ``bin`` folder."""
    run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    return bin_dir


def clean_environment(**extra: str) -> dict[str, str]:
    """The environment without anything that points back at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(extra)
    return env


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    assert done.returncode == 0, f"{command}: {done.stdout}\n{done.stderr}"
    return done
