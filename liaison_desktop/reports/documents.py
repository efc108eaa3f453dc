"""The printed documents: one entry point for the GUI, the CLI and the batch export.

Use::

    from liaison_desktop.reports import documents as docs
    pdf = docs.minutes_pdf(services, meeting_id)                       # bytes
    pdf = docs.review_sheet_pdf(services, meeting_id, docs.DocumentOptions(filled=False))
    docs.write_pdf(pdf, path)                                          # clear errors

or, with a request that can be sent to another process::

    request = docs.DocumentRequest(docs.DocumentKind.MINUTES, meeting=12)
    pdf = docs.render(services, request)
    pdf = docs.render_at(db_path, request, now)   # in a worker: opens the database read-only

Everything here is Qt-free and reads the database only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from dataclasses import replace
from pathlib import Path

from liaison_desktop.core.errors import LiaisonError, ValidationError
from liaison_desktop.core.services import Services
from liaison_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from liaison_desktop.reports import layout, minutes, readonly, registers, sheets
from liaison_desktop.reports.labels import Labels
from liaison_desktop.reports.meeting_data import (
    Letterhead,
    MeetingRecord,
    items_due_for_review,
    load_meeting,
)
from liaison_desktop.reports.requests import (
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    RegisterFilter,
)

MSG_NEEDS_MEETING = QT_TRANSLATE_NOOP("LiaisonError", "This document is printed for a meeting.")
MSG_NEEDS_QUARTER = QT_TRANSLATE_NOOP("LiaisonError", "The compliance report needs a quarter.")
MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is not a document language (use hi or en)."
)
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("LiaisonError", "Cannot write “{path}”: {detail}.")


class ExportError(LiaisonError):
    """A document that cannot be written where it was asked for."""


def render(services: Services, request: DocumentRequest) -> bytes:
    """The PDF of the requested document."""
    return layout.build_pdf(prepare(services, request), invariant=request.options.invariant)


def prepare(services: Services, request: DocumentRequest) -> layout.Document:
    """The document laid out as a story, not yet rendered (all database reads happen here)."""
    options = request.options
    office = Letterhead.load()
    generated = (options.generated_at or services.ctx.now()) if options.show_generated else None
    if request.kind.per_meeting:
        if request.meeting is None:
            raise ValidationError(MSG_NEEDS_MEETING)
        record = load_meeting(services, request.meeting, latest=options.latest_version)
        t = _labels(options.language or record.language)
        if request.kind is DocumentKind.MINUTES:
            return minutes.minutes(record, office, t, generated)
        if request.kind is DocumentKind.ATTENDANCE:
            return sheets.attendance_sheet(record, office, t, generated, options.blank_rows)
        filled = _review_filled(record, options, services.ctx.today())
        items = record.reviews if filled else items_due_for_review(services, record)
        return sheets.review_sheet(record, items, office, t, generated, filled=filled)
    t = _labels(options.language or office.language)
    if request.kind is DocumentKind.REGISTER:
        return registers.action_register(services, request.register, office, t, generated)
    if request.quarter is None:
        raise ValidationError(MSG_NEEDS_QUARTER)
    year, quarter = request.quarter
    return registers.compliance(services, year, quarter, office, t, generated)


def _labels(language: str) -> Labels:
    if language not in LANGUAGES:
        raise ValidationError(MSG_BAD_LANGUAGE, value=language)
    return Labels(language)


def _review_filled(record: MeetingRecord, options: DocumentOptions, today: dt.date) -> bool:
    if options.filled is not None:
        return options.filled
    return bool(record.reviews) and record.meeting_date <= today


# Convenience entry points ----------------------------------------------------------------------


def minutes_pdf(services: Services, meeting: int | str, options: DocumentOptions | None = None):
    return render(services, DocumentRequest(DocumentKind.MINUTES, meeting, options=_o(options)))


def attendance_sheet_pdf(
    services: Services, meeting: int | str, options: DocumentOptions | None = None
) -> bytes:
    return render(services, DocumentRequest(DocumentKind.ATTENDANCE, meeting, options=_o(options)))


def review_sheet_pdf(
    services: Services, meeting: int | str, options: DocumentOptions | None = None
) -> bytes:
    return render(services, DocumentRequest(DocumentKind.REVIEW, meeting, options=_o(options)))


def action_register_pdf(
    services: Services, register: RegisterFilter, options: DocumentOptions | None = None
) -> bytes:
    return render(
        services, DocumentRequest(DocumentKind.REGISTER, register=register, options=_o(options))
    )


def compliance_pdf(
    services: Services, year: int, quarter: int, options: DocumentOptions | None = None
) -> bytes:
    return render(
        services,
        DocumentRequest(DocumentKind.COMPLIANCE, quarter=(year, quarter), options=_o(options)),
    )


def _o(options: DocumentOptions | None) -> DocumentOptions:
    return options or DocumentOptions()


# Other processes and files ---------------------------------------------------------------------


def render_at(location: str | Path, request: DocumentRequest, now: dt.datetime) -> bytes:
    """Render in a worker process: open the database at ``location`` read-only (once per
    process) and use ``now`` as the clock, so a preview matches what the caller would print."""
    database = readonly.open_readonly(location)
    services = Services(database, operator="documents", clock=lambda: now)
    if request.options.generated_at is None:
        request = replace(request, options=replace(request.options, generated_at=now))
    return render(services, request)


def write_pdf(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it, so a failed write never
    leaves half a PDF behind; ``ExportError`` says why when the place cannot be written."""
    target = Path(path).expanduser()
    partial = target.with_name(f".{target.name}.part")
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "it is a folder")
        with open(partial, "wb") as out:
            out.write(data)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ExportError(MSG_CANNOT_WRITE, path=str(target), detail=exc.strerror or exc) from exc
    return target
