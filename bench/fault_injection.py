"""A large fault-injection run: many more SIGKILLs than the test suite's (see
``tests/fault_injection.py`` for what is checked after each).

    python -m bench.fault_injection [--rounds 300] [--most-saves 60] [--seed 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.fault_injection import run_campaign


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument(
        "--most-saves", type=int, default=60, help="saves a child may report before its kill"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="run in DIR (kept) instead of a temporary one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        result = run_campaign(folder, args.rounds, seed=args.seed, saves=(1, args.most_saves))
    print(
        f"{result.rounds} kills, {result.saves} committed saves, {result.finalised} made final, "
        f"{result.signed} signed, {result.snapshots} recovery snapshots, {result.backups} "
        f"backups, {result.meetings} meetings at the end, "
        f"{result.seconds:.1f} s"
    )
    for problem in result.problems:
        print(f"PROBLEM {problem}")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
