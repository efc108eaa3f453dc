"""The ``liaison`` command: the same services as the GUI, for scripts, checks and data exchange.

Each command group lives in its own module and registers its subcommands with ``register``;
errors the user can act on are printed as one line on stderr with exit status 2, unexpected ones as
one line plus the log file that holds the details (exit status 1) — never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from liaison_desktop import __version__
from liaison_desktop.cli import data, documents, lifecycle, safety, search
from liaison_desktop.cli.common import CommandContext
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.core.logs import setup_logging
from liaison_desktop.i18n import (
    LANGUAGES,
    catalogue_warning,
    check_catalogues_present,
    translate,
)
from liaison_desktop.launch import enter_process

COMMAND_GROUPS = (data, lifecycle, safety, documents, search)

log = logging.getLogger("liaison_desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Liaison Desktop from the command line: demo data, export and import, "
        "listings, documents, backups and checks. Meetings and other records are given by "
        "their number (id) or UUID.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: "
        "$LIAISON_DB, the settings, or liaison.sqlite3 in the data folder)",
    )
    parser.add_argument(
        "--basedir",
        metavar="DIR",
        help="keep data, settings and logs in DIR "
        "instead of the user's folders (also $LIAISON_BASEDIR)",
    )
    parser.add_argument(
        "--operator",
        metavar="NAME",
        help="name recorded in the audit log (default: from the settings, else the login name)",
    )
    parser.add_argument(
        "--today",
        metavar="DD-MM-YYYY",
        help="treat this date as today: what is due or overdue, dated papers, demo data "
        "(default: the real date)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="language of error messages (default: en)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    enter_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    context = CommandContext.from_args(args)
    log_file = setup_logging(context.paths.log_dir, console=False)
    try:
        return int(args.handler(context, args) or 0)
    except LiaisonError as exc:
        message = exc.localise(lambda context_, text: translate(context_, text, args.lang))
        print(f"liaison: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("liaison: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # the last line of defence: log the details, show one line
        log.exception("unexpected error in liaison %s", args.command)
        print(f"liaison: unexpected error: {exc!r}; details in {log_file}", file=sys.stderr)
        return 1
    finally:
        context.close()
        warn_if_untranslated(args.lang)


def warn_if_untranslated(language: str) -> None:
    """Say so when a catalogue could not be read (errors or documents then came out in
    English); the log has the details."""
    check_catalogues_present()
    warning = catalogue_warning(lambda context, text: translate(context, text, language))
    if warning:
        print(f"liaison: warning: {warning}", file=sys.stderr)
