"""Benchmarks and synthetic data; run as ``python -m bench.NAME`` (not part of the test run)."""
