"""``liaison export ...``: the printed documents as PDF files, one at a time or in a batch."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from liaison_desktop.cli.common import CommandContext
from liaison_desktop.core import vocab
from liaison_desktop.core.dates import parse_date, parse_quarter
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports import batch
from liaison_desktop.reports.documents import (
    DocumentKind,
    DocumentOptions,
    DocumentRequest,
    render,
    write_pdf,
)
from liaison_desktop.reports.registers import RegisterFilter

MSG_RANGE = QT_TRANSLATE_NOOP(
    "LiaisonError", "The end date {end} is before the start date {start}."
)
MSG_BAD_EPOCH = QT_TRANSLATE_NOOP(
    "LiaisonError", "SOURCE_DATE_EPOCH must be a number of seconds, not “{value}”."
)


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="print documents to PDF: minutes, sheets, registers, batches",
        description="Write the printed documents as PDF files. Labels follow the meeting's "
        "language (registers: the office's default) unless --lang is given.",
    )
    kinds = export.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for kind, text in (
        (DocumentKind.MINUTES, "the minutes of a meeting (कार्यवृत्त)"),
        (DocumentKind.ATTENDANCE, "the attendance sheet to sign at a meeting (उपस्थिति पत्रक)"),
        (DocumentKind.REVIEW, "the review sheet / action taken report (समीक्षा पत्रक)"),
    ):
        parser = kinds.add_parser(kind.value, help=text, description=f"Print {text}.")
        parser.add_argument("--meeting", required=True, metavar="ID", help="meeting id or UUID")
        if kind is DocumentKind.ATTENDANCE:
            parser.add_argument(
                "--blank-rows",
                type=int,
                default=DocumentOptions.blank_rows,
                metavar="N",
                help=f"empty rows for walk-ins (default {DocumentOptions.blank_rows})",
            )
        if kind is DocumentKind.REVIEW:
            fill = parser.add_mutually_exclusive_group()
            fill.add_argument(
                "--blank", dest="filled", action="store_false", help="status to fill by hand"
            )
            fill.add_argument(
                "--filled", dest="filled", action="store_true", help="status as recorded"
            )
            parser.set_defaults(filled=None)
        _common(parser)
        parser.set_defaults(handler=cmd_export, kind=kind)

    reg = kinds.add_parser(
        "register",
        help="open and overdue action items, by station or category",
        description="Print the register of open action items, grouped by police station "
        "(or category), with their age and how many days they are overdue.",
    )
    reg.add_argument("--station", metavar="NAME", help="only this police station (name or code)")
    reg.add_argument("--overdue", action="store_true", help="only items past their due date")
    reg.add_argument("--category", choices=vocab.ActionCategory.codes(), help="only this category")
    reg.add_argument(
        "--by", choices=("station", "category"), default="station", help="group the items by"
    )
    _common(reg)
    reg.set_defaults(handler=cmd_export, kind=DocumentKind.REGISTER)

    comp = kinds.add_parser(
        "compliance",
        help="which stations held their monthly meeting in each month of a quarter",
        description="Print which police stations held their monthly meeting in each month of "
        "a calendar quarter.",
    )
    comp.add_argument("--quarter", required=True, metavar="YYYYQN", help="e.g. 2024Q3")
    _common(comp)
    comp.set_defaults(handler=cmd_export, kind=DocumentKind.COMPLIANCE)

    many = kinds.add_parser(
        "batch",
        help="the documents of every meeting in a date range",
        description="Print a document for every meeting held between two dates, on all "
        "processor cores: one PDF per meeting into a folder, or one PDF with a bookmark per "
        "meeting when --out ends in .pdf.",
    )
    many.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="DD-MM-YYYY")
    many.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="DD-MM-YYYY")
    many.add_argument("--series", metavar="ID", help="only this meeting series (id or UUID)")
    many.add_argument(
        "--document",
        dest="batch_kind",
        choices=[kind.value for kind in DocumentKind if kind.per_meeting],
        default=DocumentKind.MINUTES.value,
        help="which document (default: minutes)",
    )
    many.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: cores)")
    _common(many, out_help="folder, or a .pdf file to merge into")
    many.set_defaults(handler=cmd_batch)


def _common(parser: argparse.ArgumentParser, out_help: str = "PDF file to write") -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="PATH", help=out_help)
    parser.add_argument(
        "--lang", dest="labels", choices=("hi", "en"), help="language of the labels"
    )
    parser.add_argument(
        "--invariant",
        action="store_true",
        help="reproducible output: the same data gives the same bytes (the footer's time is "
        "$SOURCE_DATE_EPOCH, or left out)",
    )


def _options(args: argparse.Namespace) -> DocumentOptions:
    values: dict[str, object] = {"language": args.labels}
    if getattr(args, "blank_rows", None) is not None:
        values["blank_rows"] = max(0, args.blank_rows)
    if getattr(args, "filled", None) is not None:
        values["filled"] = args.filled
    if args.invariant:
        values["invariant"] = True
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch is None:
            values["show_generated"] = False
        elif epoch.isdigit():
            values["generated_at"] = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(
                tzinfo=None
            )
        else:
            raise ValidationError(MSG_BAD_EPOCH, value=epoch)
    return DocumentOptions(**values)  # type: ignore[arg-type]


def cmd_export(context: CommandContext, args: argparse.Namespace) -> int:
    kind: DocumentKind = args.kind
    request = DocumentRequest(
        kind,
        meeting=getattr(args, "meeting", None),
        register=RegisterFilter(
            station=getattr(args, "station", None),
            category=getattr(args, "category", None),
            overdue_only=getattr(args, "overdue", False),
            group_by=getattr(args, "by", "station"),
        ),
        quarter=parse_quarter(args.quarter) if kind is DocumentKind.COMPLIANCE else None,
        options=_options(args),
    )
    path = write_pdf(render(context.services, request), args.out)
    print(f"Wrote {path}")
    return 0


def cmd_batch(context: CommandContext, args: argparse.Namespace) -> int:
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    if end < start:
        raise ValidationError(MSG_RANGE, start=args.date_from, end=args.date_to)
    options = _options(args)
    services = context.services
    series_id = services.meetings.series(args.series).id if args.series else None
    items = batch.select_meetings(start, end, series_id)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = batch.export_batch(
        context.db_location,
        items,
        args.out,
        kind=DocumentKind(args.batch_kind),
        options=options,
        now=options.generated_at or services.ctx.now(),
        processes=args.jobs,
        progress=progress,
    )
    if tty:
        print(file=sys.stderr)
    if not items:
        print("No meeting in that period; nothing written.")
    else:
        target = result.files[0] if result.files and args.out.suffix.lower() == ".pdf" else args.out
        print(f"Wrote the {args.batch_kind} of {result.done} meeting(s) to {target}")
    return 0
