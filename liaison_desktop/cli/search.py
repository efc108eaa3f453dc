"""Commands about search: ``search`` the records, ``reindex`` the search index."""

from __future__ import annotations

import argparse
import sys
import time

from liaison_desktop.cli.common import CommandContext, print_json
from liaison_desktop.core import vocab
from liaison_desktop.core.dates import parse_date
from liaison_desktop.core.search import SearchHit, SearchRequest, marked

STATUSES = tuple(dict.fromkeys(vocab.MeetingStatus.codes() + vocab.ActionStatus.codes()))


def register(commands: argparse._SubParsersAction) -> None:
    search = commands.add_parser(
        "search",
        help="search meetings, agenda points, action items, remarks, people and places",
        description="Search everything at once, Hindi or English (words typed in Latin letters "
        'also find their Devanagari spelling). Words are all required; "quotes" make a phrase, '
        "OR gives alternatives, -word excludes, word* is a prefix. Filters combine with the "
        "text. Best matches first.",
    )
    search.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    search.add_argument(
        "--kind",
        action="append",
        choices=vocab.SearchKind.codes(),
        help="only this kind of record (repeat for several)",
    )
    search.add_argument("--station", metavar="ID", help="only records about this police station")
    search.add_argument("--series", metavar="ID", help="only this meeting series")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="from this date")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date")
    search.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        help="meeting status, or action item status (repeat for several)",
    )
    search.add_argument("--limit", type=int, default=20, help="results to show (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=cmd_search)

    reindex = commands.add_parser(
        "reindex",
        help="rebuild the search index from the records",
        description="Rebuild the search index from scratch (it is otherwise kept current on "
        "every save). Needed after a change of the text analysis; harmless at any time.",
    )
    reindex.add_argument("--json", action="store_true", help="print JSON")
    reindex.set_defaults(handler=cmd_reindex)


def hit_json(hit: SearchHit) -> dict:
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "meeting_id": hit.meeting_id,
        "action_id": hit.action_id,
        "title": hit.title,
        "context": hit.context,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "score": hit.score,
        "date": hit.date.isoformat() if hit.date else None,
        "station": hit.station,
    }


def cmd_search(context: CommandContext, args: argparse.Namespace) -> int:
    services = context.services
    if not services.search.is_current():
        print("liaison: building the search index first…", file=sys.stderr)
        services.search.rebuild()
    request = SearchRequest(
        text=" ".join(args.query),
        kinds=tuple(vocab.SearchKind(kind) for kind in args.kind or ()),
        station_id=services.directory.place(args.station).id if args.station else None,
        series_id=services.meetings.series(args.series).id if args.series else None,
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
        statuses=tuple(args.status or ()),
        limit=max(args.limit, 1),
    )
    results = services.search.search(request)
    if results.capped:
        print(
            f"liaison: more than {results.ranked} records match; the most recent "
            f"{results.ranked} were ranked. Add words or filters to narrow the search.",
            file=sys.stderr,
        )
    if args.json:
        print_json([hit_json(hit) for hit in results.hits])
        return 0
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    for hit in results.hits:
        date = f"{hit.date:%d-%m-%Y}" if hit.date else "—"
        print(f"{hit.kind.value:<8} {hit.id:>7}  {date}  {hit.station or '—'}  ({hit.score:.2f})")
        print(f"    {hit.title}" + (f" — {hit.context}" if hit.context else ""))
        print(f"    {marked(hit.snippet, hit.highlights, *bold)}")
    if not results.hits:
        print("Nothing found.")
    return 0


def cmd_reindex(context: CommandContext, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    counts = context.services.search.rebuild()
    seconds = round(time.perf_counter() - started, 1)
    if args.json:
        print_json({"documents": counts, "seconds": seconds})
    else:
        detail = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        print(f"Indexed {sum(counts.values())} records ({detail}) in {seconds} s")
    return 0
