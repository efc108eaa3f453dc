"""Commands about the data as a whole: demo, stats, meetings, export-json, import-json."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_desktop.cli.common import CommandContext, print_json
from liaison_desktop.core.archive import import_archive, read_archive, write_archive
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.models import ALL_MODELS
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

MSG_DEMO_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” already holds data; demo data goes into a new, empty database "
    "(use --db NEW_FILE).",
)


def register(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser(
        "demo",
        help="fill an empty database with a Kanpur demo data set",
        description="Fill an empty database with believable Kanpur data: police stations, "
        "people, a quarterly series, monthly station meetings over six months, action items "
        "and reviews.",
    )
    demo.add_argument("--seed", type=int, default=2024, help="random seed (default 2024)")
    demo.add_argument(
        "--today",
        metavar="DD-MM-YYYY",
        default=argparse.SUPPRESS,  # given here or before the command: the same option
        help="build the data around this date (default: the real date)",
    )
    demo.set_defaults(handler=cmd_demo)

    stats = commands.add_parser("stats", help="count the records in each table")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=cmd_stats)

    meetings = commands.add_parser("meetings", help="list meetings, newest first")
    meetings.add_argument("--json", action="store_true", help="print JSON")
    meetings.add_argument("--series", metavar="ID", help="only this series (id or UUID)")
    meetings.set_defaults(handler=cmd_meetings)

    export = commands.add_parser(
        "export-json",
        help="write the whole database to a JSON archive",
        description="Write every record to a versioned JSON archive (format described in "
        "docs/archive-format.md). Records are identified by UUID.",
    )
    export.add_argument("file", type=Path, help="archive to write")
    export.set_defaults(handler=cmd_export_json)

    load = commands.add_parser(
        "import-json",
        help="load a JSON archive into an empty database",
        description="Load an archive written by export-json into an empty database. A damaged, "
        "truncated or newer archive is refused and the database is left untouched.",
    )
    load.add_argument("file", type=Path, help="archive to read")
    load.set_defaults(handler=cmd_import_json)


def cmd_demo(context: CommandContext, args: argparse.Namespace) -> int:
    services = context.services
    if any(model.select().exists() for model in ALL_MODELS):
        raise ValidationError(MSG_DEMO_NOT_EMPTY, path=context.db_location)
    summary = build_demo(services, seed=args.seed)
    print(
        f"Demo data written to {context.db_location}: {summary.places} places, "
        f"{summary.people} people, {summary.series} series, {summary.meetings} meetings, "
        f"{summary.actions} action items."
    )
    return 0


def cmd_stats(context: CommandContext, args: argparse.Namespace) -> int:
    context.database  # noqa: B018 - opens the database and binds the models
    counts = {model._meta.table_name: model.select().count() for model in ALL_MODELS}
    if args.json:
        print_json(counts)
    else:
        width = max(map(len, counts))
        for table, count in counts.items():
            print(f"{table:<{width}}  {count:>8}")
    return 0


def cmd_meetings(context: CommandContext, args: argparse.Namespace) -> int:
    series_id = context.services.meetings.series(args.series).id if args.series else None
    rows = context.services.meetings.summaries(series_id=series_id)
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "uuid": row.uuid,
                    "series": row.series_name,
                    "series_id": row.series_id,
                    "number": row.number,
                    "date": row.meeting_date.isoformat(),
                    "title": row.title,
                    "status": row.status,
                    "reference_no": row.reference_no,
                }
                for row in rows
            ]
        )
    else:
        for row in rows:
            print(
                f"{row.id:>6}  {row.meeting_date:%d-%m-%Y}  {row.status:<6}  {row.uuid}  "
                f"{row.title}"
            )
    return 0


def cmd_export_json(context: CommandContext, args: argparse.Namespace) -> int:
    counts = write_archive(context.database, args.file)
    print(f"Wrote {sum(counts.values())} records to {args.file}")
    return 0


def cmd_import_json(context: CommandContext, args: argparse.Namespace) -> int:
    archive = read_archive(args.file)
    counts = import_archive(context.database, archive)
    context.services.search.rebuild()  # imported rows bypass the services that index them
    print(f"Imported {sum(counts.values())} records from {args.file}")
    return 0
