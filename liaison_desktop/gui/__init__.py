"""The desktop interface (PySide6). Everything it does to data goes through ``core.services``."""
