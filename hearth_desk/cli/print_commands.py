"""``hearth-desk print REPORT --out F.pdf``: every printout in reports/catalogue.

Printing sits above the features, like the window's Print area: the catalogue
says which printouts exist, the ledger's options say what a printout covers.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.events_commands import event_number_type
from hearth_desk.cli.ledger_commands import add_filter_options, print_choice
from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:
    from hearth_desk.reports.catalogue import Printout
    from hearth_desk.services.ledger.printouts import LedgerChoice


def refuse_unused_options(printout: Printout, args: argparse.Namespace) -> None:
    """A printout that cannot be narrowed as asked says so rather than print more
    than the user wanted (``print overview --team T``, ``print cards --full-id``)."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

    for option, given, taken in (
        ("--grid", args.grid, printout.takes_grid),
        ("--tag", args.tag, printout.takes_tag),
        ("--full-id", args.full_id, printout.takes_full_numbers),
        ("--team", args.team, printout.takes_team),
        ("--member", args.member, printout.takes_members),
        ("--size", args.size, "size" in printout.render_options),
        ("--tile", args.tile, "tile" in printout.render_options),
        (f"#{args.event}", args.event is not None, printout.takes_event),
    ):
        if given and not taken:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{option} does not apply to “print {report}”."),
                option=option,
                report=printout.command,
            )
    if printout.takes_event and args.event is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "“print {report}” needs an event number, as in “print {report} 12”."
            ),
            report=printout.command,
        )
    sizes = SIZES_BY_REPORT.get(printout.command, ())
    if args.size and sizes and args.size not in sizes:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "--size {size} does not apply to “print {report}”: it takes {sizes}."
            ),
            size=args.size,
            report=printout.command,
            sizes="|".join(sizes),
        )


def tree_choice(session: Any, args: argparse.Namespace, choice: LedgerChoice) -> LedgerChoice:
    """``choice`` narrowed by --team (a service team's name) and --member."""
    from hearth_desk.services.tree.printouts import team_named

    team_id = team_named(session, args.team).id if args.team else None
    return replace(
        choice, team_id=team_id, member_queries=tuple(args.member or ()), event_id=args.event
    )


class PrintCommand:
    name = "print"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        from hearth_desk.reports import catalogue

        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "print a report to a PDF file")
        )
        parser.add_argument(
            "report",
            choices=catalogue.commands(),
            metavar=translate("Cli", "REPORT"),
            help=translate(
                "Cli",
                "which report: overview (the community overview), ledger (the building "
                "ledger; with --tag the care list of that tag), cards (the members' contact "
                "cards), roster (the members' roster), poster (the connected-heart tree), "
                "or of event N: signin (the sign-in sheet), notice (the notice for the "
                "board) or calllist (whom to phone, full numbers)",
            ),
        )
        parser.add_argument(
            "event",
            nargs="?",
            type=event_number_type(translate),
            metavar="N",
            help=translate("Cli", "signin, notice and calllist: the event's number, 12 or #12"),
        )
        parser.add_argument(
            "--out",
            required=True,
            metavar=translate("Cli", "FILE.pdf"),
            help=translate("Cli", "where to write the PDF"),
        )
        add_filter_options(parser, translate)
        parser.add_argument(
            "--team",
            metavar=translate("Cli", "TEAM"),
            help=translate(
                "Cli",
                "cards, roster and poster: only this service team's members, e.g. 环境整治服务队",
            ),
        )
        parser.add_argument(
            "--member",
            action="append",
            metavar=translate("Cli", "QUERY"),
            help=translate(
                "Cli",
                "cards: only the members this name, pinyin or initials finds; may be repeated",
            ),
        )
        add_poster_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from pathlib import Path

        from hearth_desk.reports import catalogue
        from hearth_desk.services.progress import Progress

        printout = catalogue.for_command(args.report, tag=bool(args.tag))
        refuse_unused_options(printout, args)
        # Layout options, by name (only the poster and the notice take them: see above).
        options = {"size": args.size, "tile": args.tile}
        progress = Progress(out.progress)
        # Printing only reads: like check, it works beside an open window.
        with open_for_reading(location) as store, store.session() as session:
            choice = tree_choice(session, args, print_choice(session, args))
            data = printout.gather(session, choice, progress)
        result = printout.render(Path(args.out), data, out.translate, progress, **options)
        for item in result.missing:
            out.error(
                out.translate(
                    "Cli",
                    "Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.",
                ).format(page=item.page, characters=item.characters, text=item.text)
            )
        out.line(
            out.translate("Cli", "Wrote {path} ({pages} pages).").format(
                path=result.path, pages=result.pages
            )
        )
        return 0


# The poster's (reports/tree/poster_layout.SIZES, poster_tiles.TILE_SHEETS) and the
# notice's (reports/events/notice.SIZES), written out so that building the parser
# imports no ReportLab; tests keep them equal.
POSTER_SIZES = ("A3", "A2", "A1", "A0")
NOTICE_SIZES = ("A4", "A3")
TILE_SHEETS = ("A4", "A3")
SIZES_BY_REPORT = {"poster": POSTER_SIZES, "notice": NOTICE_SIZES}


def add_poster_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--size of ``print poster`` and ``print notice``, --tile of the poster (its --team
    is every tree printout's). Each printout refuses the other's sizes in words."""
    parser.add_argument(
        "--size",
        choices=tuple(dict.fromkeys(NOTICE_SIZES + POSTER_SIZES)),
        type=str.upper,
        help=translate(
            "Cli", "paper size: the poster A3|A2|A1|A0 (default A1), the notice A4|A3 (default A4)"
        ),
    )
    parser.add_argument(
        "--tile",
        choices=TILE_SHEETS,
        type=str.upper,
        help=translate("Cli", "split the poster onto sheets of this size for an office printer"),
    )
