"""Dialogs built on the Qt Designer forms in ``ui/`` (compiled into ``gui/forms``)."""
