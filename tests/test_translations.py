"""Both languages ship complete: catalogues current with the sources, every message translated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.services.lookup import get_by_ref
from liaison_desktop.i18n import translate

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_translations.py"


def load_script():
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_current_and_complete() -> None:
    assert load_script().problems() == []


def test_core_messages_read_in_hindi(services) -> None:
    assert translate("Vocabulary", "Open", "hi") == "लंबित"
    assert translate("Vocabulary", "Open", "en") == "Open"
    try:
        get_by_ref(Meeting, 999, "meeting")
    except NotFoundError as exc:
        hindi = exc.localise(lambda context, text: translate(context, text, "hi"))
        assert hindi == "बैठक: “999” क्रमांक या UUID का कोई अभिलेख नहीं मिला।"
        assert str(exc) == "No meeting with id or UUID “999”."
    else:
        raise AssertionError("no error raised")
