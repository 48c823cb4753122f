"""Entry point of ``hearth-desk`` and ``python -m hearth_desk``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from hearth_desk import __version__
from hearth_desk.cli import argparse_zh
from hearth_desk.cli.backup_commands import BackupCommand, RestoreCommand, VerifyCommand
from hearth_desk.cli.base import Command
from hearth_desk.cli.certificates_commands import CertificatesCommand
from hearth_desk.cli.classes_commands import ClassCommand, TermCommand
from hearth_desk.cli.events_commands import EventCommand, EventsExport
from hearth_desk.cli.ledger_commands import ExportCommand, FindCommand, ImportCommand
from hearth_desk.cli.meetings_commands import MeetingCommand
from hearth_desk.cli.output import Output, tolerate_unencodable_output
from hearth_desk.cli.print_commands import PrintCommand
from hearth_desk.cli.requests_commands import RequestCommand
from hearth_desk.cli.staff_commands import StaffCommand, add_desk_person_option, desk_person
from hearth_desk.cli.store_commands import CheckCommand, DemoCommand, InitCommand
from hearth_desk.cli.tree_commands import MembersExport, MembersImport, TreeCommand
from hearth_desk.cli.visit_figures_commands import VisitFiguresSubject
from hearth_desk.cli.visits_commands import VisitCommand
from hearth_desk.cli.volunteering_commands import ServeCommand, StatsCommand
from hearth_desk.domain.errors import Cancelled, UserError
from hearth_desk.domain.messages import Translate
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.i18n.languages import command_line_language
from hearth_desk.logs import configure_logging
from hearth_desk.storage.location import StoreLocation, resolve_location
from hearth_desk.storage.private_files import private_dir

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

# The only registry of subcommands, in the order --help lists them. A new feature
# adds its module's commands here.
COMMANDS: list[Command] = [
    InitCommand(),
    DemoCommand(),
    CheckCommand(),
    PrintCommand(),
    ExportCommand(MembersExport(), EventsExport()),
    ImportCommand(MembersImport()),
    FindCommand(),
    TreeCommand(),
    StaffCommand(),
    EventCommand(),
    MeetingCommand(),
    RequestCommand(),
    CertificatesCommand(),
    ServeCommand(),
    StatsCommand(subjects=(VisitFiguresSubject(),)),
    VisitCommand(),
    TermCommand(),
    ClassCommand(),
    BackupCommand(),
    VerifyCommand(),
    RestoreCommand(),
]
BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    parser = argparse_zh.Parser(
        prog="hearth-desk",
        description=translate(
            "Cli",
            "Hearth Desk: the desk of a community party–mass service centre. "
            "Without a subcommand it opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=translate("Cli", "Hearth Desk {version}").format(version=__version__),
        # Python 3.11 and 3.12 do not look this help up themselves.
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Cli", "FOLDER"),
        help=translate(
            "Cli", "data folder (default: the user's data folder; or HEARTH_DESK_DATA_DIR)"
        ),
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help=translate(
            "Cli",
            "database URL, e.g. postgresql://user@host/db "
            "(default: SQLite in the data folder; or HEARTH_DESK_DB_URL)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "fill an empty store with demo data before opening the window"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "Cli",
            "check that this installed program has everything it needs (fonts, catalogues, "
            "migrations, PDF, the window) in a throwaway folder, then exit",
        ),
    )
    add_desk_person_option(parser, translate)
    subparsers = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), title=translate("Cli", "commands")
    )
    for command in COMMANDS:
        command.add_parser(subparsers, translate)
    return parser


def prepare_data_folder(location: StoreLocation) -> None:
    """Make the data folder private before the log creates it with the umask's mode.

    A folder that cannot be made is left to ``open_store``, which explains why."""
    try:
        private_dir(location.data_dir)
    except OSError:
        pass


def _clean_up_after_killed_runs(location: StoreLocation) -> None:
    """Every subcommand passes here before it touches the data folder, so plain-text
    copies a killed backup, check or restore left are gone before anything else runs,
    whatever the command (the window does the same in its own start)."""
    from hearth_desk.services.backup.leftovers import clean_up_after_killed_runs

    clean_up_after_killed_runs(location)


def silence_stdout() -> None:
    """Point stdout at the null device (after the reader of a pipe went away)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_unencodable_output()
    translate = load_catalogue(command_line_language()).translate
    argparse_zh.install(translate)
    parser = build_parser(translate)
    args = parser.parse_args(argv)
    out = Output(translate)
    if args.smoke_test:  # in a folder of its own: the user's data is not touched
        from hearth_desk.cli.smoke_test import run_smoke_test

        return run_smoke_test(out, translate)
    try:
        location = resolve_location(args.data_dir, args.db_url)
        prepare_data_folder(location)
    except UserError as error:
        out.error(error.translated(translate))
        return EXIT_USER_ERROR
    log_path = configure_logging(location.log_dir)
    try:
        if args.command is None:
            from hearth_desk.ui.shell.app import run_window  # Qt loads only for the window

            return run_window(location, demo=args.demo, desk_person=args.desk_person)
        _clean_up_after_killed_runs(location)
        with desk_person(args, location):
            return BY_NAME[args.command].run(args, location, out)
    except UserError as error:
        out.error(error.translated(translate))
        return EXIT_USER_ERROR
    except Cancelled:
        out.error(translate("Cli", "Cancelled; nothing was changed."))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        out.error(translate("Cli", "Interrupted; nothing was changed."))
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # `hearth-desk check | head`: the reader has what it wanted. End quietly,
        # and keep Python from complaining while it flushes stdout at exit.
        silence_stdout()
        return EXIT_USER_ERROR
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        out.error(
            translate(
                "Cli", "Sorry, something went wrong inside Hearth Desk. The details are in {log}."
            ).format(log=log_path)
        )
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
