"""Liaison Desktop: record police-public liaison meetings and follow their decisions to closure."""

__version__ = "0.1.0"
