"""Kill a process that is saving, finalising and signing, at random moments, many times: nothing
committed is ever lost, nothing is half-saved, the file stays sound and the ledger proves every
sealed meeting (see ``tests/fault_injection.py``; a larger run:
``python -m bench.fault_injection``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.fault_injection import run_campaign

ROUNDS = 20  # about 350 saves, 10 seconds here


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_saves_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    result = run_campaign(tmp_path, ROUNDS, seed=20250115)
    assert result.problems == []
    assert result.rounds == ROUNDS
    assert result.saves >= ROUNDS * 5  # each child reports at least 5 saves before its kill
    assert result.snapshots > 0 and result.backups > 0
    assert result.finalised > 0 and result.signed > 0  # sealing was killed at random too
