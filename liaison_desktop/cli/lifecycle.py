"""Commands about the meeting cycle: action items, due meetings, finalise, sign, amend.

(Checking frozen minutes against their hashes is part of ``liaison verify``, in ``safety``.)
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

from liaison_desktop.cli.common import CommandContext, print_json
from liaison_desktop.core import vocab
from liaison_desktop.core.attachments import read_attachment
from liaison_desktop.core.dates import parse_date, parse_quarter
from liaison_desktop.core.services.actions import ActionFilter, ActionRow
from liaison_desktop.core.services.lifecycle import SignatoryLine


def register(commands: argparse._SubParsersAction) -> None:
    actions = commands.add_parser("actions", help="list action items across meetings")
    actions.add_argument("--open", action="store_true", help="only open and in-progress items")
    actions.add_argument(
        "--overdue", action="store_true", help="only open items past their due date"
    )
    actions.add_argument(
        "--station", metavar="ID", help="only items about this station (id or UUID)"
    )
    actions.add_argument("--category", choices=vocab.ActionCategory.codes())
    actions.add_argument("--json", action="store_true", help="print JSON")
    actions.set_defaults(handler=cmd_actions)

    action = commands.add_parser("action", help="one action item with its full review history")
    action.add_argument("ref", metavar="ID", help="action item id or UUID")
    action.add_argument("--json", action="store_true", help="print JSON")
    action.set_defaults(handler=cmd_action)

    due = commands.add_parser("due", help="when each series' next meeting is due, and how late")
    due.add_argument("--as-of", metavar="DATE", help="reference date (default today), DD-MM-YYYY")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(handler=cmd_due)

    compliance = commands.add_parser(
        "compliance", help="which stations held their monthly meeting in each month of a quarter"
    )
    compliance.add_argument("--quarter", required=True, help="e.g. 2024Q3")
    compliance.add_argument("--json", action="store_true", help="print JSON")
    compliance.set_defaults(handler=cmd_compliance)

    finalise = commands.add_parser(
        "finalise", help="freeze a draft meeting: reference number and content hash"
    )
    finalise.add_argument("meeting", metavar="MEETING", help="meeting id or UUID")
    finalise.set_defaults(handler=cmd_finalise)

    sign = commands.add_parser("sign", help="record that final minutes were signed")
    sign.add_argument("meeting", metavar="MEETING", help="meeting id or UUID")
    sign.add_argument("--on", required=True, metavar="DATE", help="signing date, DD-MM-YYYY")
    sign.add_argument(
        "--by",
        action="append",
        default=[],
        metavar="NAME[|DESIGNATION]",
        help="who signed (repeat for several); default: the chair and the recorder",
    )
    sign.add_argument(
        "--scan",
        type=Path,
        metavar="FILE",
        help="the scanned signed copy (PDF, JPEG or PNG), checked before anything is signed",
    )
    sign.set_defaults(handler=cmd_sign)

    attach_scan = commands.add_parser(
        "attach-scan", help="attach the scanned signed copy to minutes already signed"
    )
    attach_scan.add_argument("meeting", metavar="MEETING", help="meeting id or UUID")
    attach_scan.add_argument("file", type=Path, metavar="FILE", help="PDF, JPEG or PNG scan")
    attach_scan.set_defaults(handler=cmd_attach_scan)

    amend = commands.add_parser(
        "amend", help="start a correction of final or signed minutes as a new draft version"
    )
    amend.add_argument("meeting", metavar="MEETING", help="meeting id or UUID")
    amend.add_argument("--reason", required=True, help="why the minutes are corrected")
    amend.set_defaults(handler=cmd_amend)


def action_json(row: ActionRow, today: dt.date) -> dict:
    data = dataclasses.asdict(row)
    data["overdue_days"] = row.overdue_days(today)
    data["age_days"] = row.age_days(today)
    return data


def cmd_actions(context: CommandContext, args: argparse.Namespace) -> int:
    services = context.services
    today = services.ctx.today()
    flt = ActionFilter(
        statuses=vocab.OPEN_ACTION_STATUSES if args.open else (),
        overdue_as_of=today if args.overdue else None,
        station_id=services.directory.place(args.station).id if args.station else None,
        category=args.category,
    )
    rows = services.actions.rows(flt)
    if args.json:
        print_json([action_json(row, today) for row in rows])
        return 0
    for row in rows:
        due = row.due_date.strftime("%d-%m-%Y") if row.due_date else "—"
        print(f"{row.id:>6}  {row.status:<11}  {due}  {row.station_name or '—'}  {row.description}")
    return 0


def cmd_action(context: CommandContext, args: argparse.Namespace) -> int:
    services = context.services
    history = services.actions.history(args.ref)
    today = services.ctx.today()
    if args.json:
        print_json(
            {
                **action_json(history.action, today),
                "reviews": [dataclasses.asdict(review) for review in history.reviews],
            }
        )
        return 0
    row = history.action
    print(f"{row.description}\n  raised {row.origin_date:%d-%m-%Y} at “{row.origin_title}”")
    for review in history.reviews:
        print(f"  {review.meeting_date:%d-%m-%Y}  {review.status:<11}  {review.remark}")
    print(f"  now: {row.status}" + (f" (closed {row.closed_on:%d-%m-%Y})" if row.closed_on else ""))
    return 0


def cmd_due(context: CommandContext, args: argparse.Namespace) -> int:
    as_of = parse_date(args.as_of) if args.as_of else None
    rows = context.services.schedule.due_meetings(as_of)
    if args.json:
        print_json([{**dataclasses.asdict(row), "overdue": row.overdue} for row in rows])
        return 0
    for row in rows:
        days = "day" if row.overdue_days == 1 else "days"
        late = f"{row.overdue_days} {days} overdue" if row.overdue else "on time"
        print(f"{row.due_on:%d-%m-%Y}  {late:<18}  {row.series_name}")
    return 0


def cmd_compliance(context: CommandContext, args: argparse.Namespace) -> int:
    year, quarter = parse_quarter(args.quarter)
    result = context.services.schedule.compliance(year, quarter)
    if args.json:
        print_json(
            {
                "quarter": f"{year}Q{quarter}",
                "months": [m.isoformat() for m in result.months],
                "stations": [
                    {
                        "station": row.station_name,
                        "series_id": row.series_id,
                        "months": [[d.isoformat() for _, d in month] for month in row.months],
                        "months_met": row.months_met,
                    }
                    for row in result.rows
                ],
            }
        )
        return 0
    for row in result.rows:
        marks = " ".join("✓" if month else "✗" for month in row.months)
        print(f"{marks}  {row.station_name}")
    return 0


def cmd_finalise(context: CommandContext, args: argparse.Namespace) -> int:
    meeting = context.services.lifecycle.finalise(args.meeting)
    print(f"Final: {meeting.reference_no}  seal {meeting.content_hash}")
    return 0


def cmd_sign(context: CommandContext, args: argparse.Namespace) -> int:
    lifecycle = context.services.lifecycle
    signatories = [SignatoryLine(*(part.strip() for part in (by.split("|", 1)))) for by in args.by]
    scan = read_attachment(args.scan, vocab.AttachmentKind.SIGNED_COPY) if args.scan else None
    meeting = lifecycle.sign(
        args.meeting,
        parse_date(args.on),
        signatories or lifecycle.default_signatories(args.meeting),
        scan,
    )
    if scan is not None:
        print(f"Attached {scan.name}  sha256 {hashlib.sha256(scan.content).hexdigest()}")
    print(f"Signed on {meeting.signed_on:%d-%m-%Y}: {meeting.reference_no}")
    return 0


def cmd_attach_scan(context: CommandContext, args: argparse.Namespace) -> int:
    attachment = context.services.lifecycle.attach_file(
        args.meeting, args.file, vocab.AttachmentKind.SIGNED_COPY
    )
    print(f"Attached {attachment.filename}  sha256 {attachment.sha256}")
    return 0


def cmd_amend(context: CommandContext, args: argparse.Namespace) -> int:
    draft = context.services.lifecycle.amend(args.meeting, args.reason)
    print(f"Amendment started as draft meeting {draft.id} ({draft.uuid})")
    return 0
