"""Commands that keep the data safe: backup, backups, restore, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from liaison_desktop.cli.common import CommandContext, print_json
from liaison_desktop.core.backup import (
    BackupInfo,
    backup_folder,
    backup_problems,
    check_backup_drive,
    forget_backup_drive,
    inspect_backup,
    latest_good_backup,
    list_backups,
    make_backup,
    mount_point,
    restore_backup,
    rotate_backups,
)
from liaison_desktop.core.checks import run_checks
from liaison_desktop.core.db import open_database, sqlite_path
from liaison_desktop.core.errors import LiaisonError, StorageError, ValidationError
from liaison_desktop.core.ledger_check import differing_entries, ledger_chain, removed_entries
from liaison_desktop.core.paper import anchors_in_file
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

EXIT_PROBLEMS = 3  # verify found problems (2 is an error that stopped the command)

MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{location}” is a database server, not a file; back it up with the server's own tools.",
)
MSG_CONFIRM = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Restoring replaces the database “{path}” (which is kept aside). Add --yes to confirm.",
)


def register(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser(
        "backup",
        help="make a verified backup of the database",
        description="Copy the database with SQLite's online backup (safe while the application "
        "is running), check the copy (integrity check and SHA-256, written beside it as "
        "NAME.sha256 for sha256sum -c) and print what it holds. Without --to the backup goes "
        "to the backup folder, where old backups are thinned out to 7 daily, 4 weekly and 12 "
        "monthly ones.",
    )
    backup.add_argument("--to", metavar="DIR", type=Path, help="write into DIR (e.g. a USB stick)")
    backup.add_argument(
        "--new-drive",
        action="store_true",
        help="the folder is on a new drive (a new USB stick): learn its identity again",
    )
    backup.add_argument("--json", action="store_true", help="print JSON")
    backup.set_defaults(handler=cmd_backup)

    backups = commands.add_parser("backups", help="list backups, newest first")
    backups.add_argument("--in", dest="folder", metavar="DIR", type=Path, help="folder to list")
    backups.add_argument("--json", action="store_true", help="print JSON")
    backups.set_defaults(handler=cmd_backups)

    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept aside)",
        description="Check the backup, show what it holds, then put it in place of the "
        "database. The current database is renamed NAME.before-restore-DATE-TIME.sqlite3, "
        "never overwritten. Refused while Liaison Desktop has the database open.",
    )
    restore.add_argument("file", type=Path, help="backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore)

    verify = commands.add_parser(
        "verify",
        help="check the database (and backups) for damage and changed minutes",
        description="Run SQLite's full integrity check, look for references to missing records "
        "walk the ledger of sealed minutes, compare every final and signed meeting with its "
        "seal and every attachment with its checksum. --paper checks printed minutes (their "
        "PDF, or a text file holding the value of their QR code) against the database, which "
        "catches a database rewritten with every hash recomputed. Exit status 0: all is well; "
        f"{EXIT_PROBLEMS}: problems were found (listed).",
    )
    verify.add_argument("--backups", action="store_true", help="also check every backup")
    verify.add_argument(
        "--paper",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="also check the seal printed on these minutes (PDF or QR value); repeatable",
    )
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler=cmd_verify)


def database_file(context: CommandContext) -> Path:
    path = sqlite_path(context.db_location)
    if path is None:
        raise StorageError(MSG_NOT_A_FILE, location=context.db_location)
    return path


def describe(info: BackupInfo) -> dict[str, Any]:
    contents = info.contents
    return {
        "path": str(info.path),
        "created_at": info.created_at.isoformat(),
        "size": info.size,
        "schema": contents.schema,
        "counts": contents.counts,
        "last_meeting": {
            "date": contents.last_meeting_date.isoformat() if contents.last_meeting_date else None,
            "title": contents.last_meeting_title,
        },
        "last_change": contents.last_change.isoformat() if contents.last_change else None,
    }


def summary(info: BackupInfo) -> str:
    contents, counts = info.contents, info.contents.counts
    line = (
        f"{info.created_at:%d-%m-%Y %H:%M}  {contents.meetings} meetings, "
        f"{counts.get('person', 0)} people, {counts.get('place', 0)} places, "
        f"{info.size / 1e6:.1f} MB"
    )
    if contents.last_meeting_date:
        line += (
            f"; last meeting {contents.last_meeting_date:%d-%m-%Y} {contents.last_meeting_title}"
        )
    return line


def cmd_backup(context: CommandContext, args: argparse.Namespace) -> int:
    source = database_file(context)
    automatic = backup_folder(context.paths, context.settings)
    folder = args.to or automatic
    settings = context.settings
    if args.to is not None or settings.backup_dir:  # not the data folder's own: a drive to check
        if args.new_drive:
            forget_backup_drive(folder, settings)
        if check_backup_drive(folder, settings):
            settings.save(context.paths.settings_file)
    info = make_backup(source, folder)
    if folder.resolve() == automatic.resolve():
        rotate_backups(folder, source.stem, made=info.path)
    if args.json:
        print_json(describe(info))
    else:
        print(
            f"Backup written and verified: {info.path} (on the drive at {mount_point(folder)})"
            f"\n  {summary(info)}"
        )
    return 0


def cmd_backups(context: CommandContext, args: argparse.Namespace) -> int:
    folder = args.folder or backup_folder(context.paths, context.settings)
    infos = []
    for path in list_backups(folder):
        try:
            infos.append(inspect_backup(path))
        except StorageError as exc:
            print(f"liaison: {path}: {exc}", file=sys.stderr)
    if args.json:
        print_json([describe(info) for info in infos])
    else:
        for info in infos:
            print(f"{info.path.name}\n  {summary(info)}")
    return 0


def cmd_restore(context: CommandContext, args: argparse.Namespace) -> int:
    target = database_file(context)
    problems = backup_problems(args.file)
    if problems:
        raise problems[0]
    print(f"Backup {args.file}\n  {summary(inspect_backup(args.file))}")
    if not args.yes and not _confirmed(target):
        raise ValidationError(MSG_CONFIRM, path=str(target))
    result = restore_backup(args.file, target)
    open_database(target).close()  # brings an older backup's schema up to date
    print(f"Restored into {target}.")
    if result.kept_aside:
        print(f"The previous database was kept as {result.kept_aside}.")
    return 0


def _confirmed(target: Path) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Replace {target} with this backup? Type yes to continue: ")
    return answer.strip().lower() == "yes"


def _compared_with_newest_backup(context: CommandContext) -> list[LiaisonError]:
    """The live ledger against the newest good backup's: a ledger rebuilt with its newest
    entries removed (and every hash recomputed) still disagrees with a backup made before."""
    path = sqlite_path(context.db_location)
    if path is None or not path.exists():
        return []
    newest = latest_good_backup([backup_folder(context.paths, context.settings)], path.stem)
    live = ledger_chain(path)
    held = ledger_chain(newest.path) if newest is not None else None
    if live is None or held is None:
        return []
    name = newest.path.name
    return differing_entries(live, held, name) + removed_entries(live, held, name)


def cmd_verify(context: CommandContext, args: argparse.Namespace) -> int:
    # Not refused at open (check=False): damage is reported in detail by the checks instead.
    database = open_database(context.db_location, check=False)
    try:
        findings = [(context.db_location, f.check, f.problem) for f in run_checks(database)]
    finally:
        database.close()
    compared = _compared_with_newest_backup(context)
    findings += [(context.db_location, "ledger", problem) for problem in compared]
    checked = [context.db_location]
    notes: dict[str, str] = {}
    for paper in args.paper:
        checked.append(str(paper))
        paper_findings, note = _check_paper(context, paper)
        findings += [(str(paper), "paper", problem) for problem in paper_findings]
        if note:
            notes[str(paper)] = note
    if args.backups:
        for path in list_backups(backup_folder(context.paths, context.settings)):
            checked.append(str(path))
            findings += [(str(path), "backup", problem) for problem in backup_problems(path)]
    if args.json:
        print_json(
            [
                {
                    "where": where,
                    "check": check,
                    "message": str(problem),
                    "template": problem.template,
                    **problem.params,
                }
                for where, check, problem in findings
            ]
        )
        return EXIT_PROBLEMS if findings else 0
    for where in checked:
        mine = [(check, problem) for place, check, problem in findings if place == where]
        print(f"{where}: {f'{len(mine)} problem(s)' if mine else 'ok'}")
        for check, problem in mine:
            print(f"  [{check}] {problem}")
        if where in notes:
            print(f"  {notes[where]}")
    return EXIT_PROBLEMS if findings else 0


def _check_paper(context: CommandContext, paper: Path) -> tuple[list[LiaisonError], str]:
    """The problems of every anchor on ``paper`` and a note on what it shows; an unreadable
    paper is a problem of its own."""
    try:
        anchors = anchors_in_file(paper)
    except ValidationError as error:
        return [error], ""
    problems: list[LiaisonError] = []
    notes = []
    for anchor in anchors:
        check = context.services.ledger.check_paper(anchor)
        problems += check.problems
        if check.superseded_by is not None:
            later = check.superseded_by
            notes.append(
                f"{check.reference}: an earlier state; ledger entry {later.position} "
                f"({later.event}, {later.recorded_at:%d-%m-%Y}) superseded it"
            )
        elif not check.problems:
            notes.append(f"{check.reference}: matches seal {anchor.seal}")
    return problems, "; ".join(notes)
