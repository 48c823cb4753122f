"""``hearth-desk print REPORT --out F.pdf``: every printout in reports/catalogue.

Printing sits above the features, like the window's Print area: the catalogue
says which printouts exist, the ledger's options say what a printout covers.
"""

from __future__ import annotations

import argparse
from typing import Any

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.ledger_commands import (
    add_filter_options,
    print_choice,
    refuse_filter_options,
)
from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation


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
                "which report: overview (the community overview) or ledger (the building "
                "ledger; with --tag the care list of that tag)",
            ),
        )
        parser.add_argument(
            "--out",
            required=True,
            metavar=translate("Cli", "FILE.pdf"),
            help=translate("Cli", "where to write the PDF"),
        )
        add_filter_options(parser, translate)
        add_poster_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from pathlib import Path

        from hearth_desk.reports import catalogue
        from hearth_desk.services.progress import Progress

        printout = catalogue.for_command(args.report, tag=bool(args.tag))
        if not printout.takes_choice:
            refuse_filter_options(args)
        options = poster_options(printout, args)
        progress = Progress(out.progress)
        # Printing only reads: like check, it works beside an open window.
        with open_for_reading(location) as store, store.session() as session:
            choice = print_choice(session, args)
            data = printout.gather(session, choice, progress, **options)
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


POSTER_SIZES = ("A3", "A2", "A1", "A0")
TILE_SHEETS = ("A4", "A3")


def add_poster_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--size, --team and --tile of ``print poster``."""
    parser.add_argument(
        "--size",
        choices=POSTER_SIZES,
        type=str.upper,
        help=translate("Cli", "the poster's paper size (default A1)"),
    )
    parser.add_argument(
        "--team",
        metavar=translate("Cli", "TEAM"),
        help=translate("Cli", "poster: only this service team, e.g. 环境整治服务队"),
    )
    parser.add_argument(
        "--tile",
        choices=TILE_SHEETS,
        type=str.upper,
        help=translate("Cli", "split the poster onto sheets of this size for an office printer"),
    )


def poster_options(printout: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The poster's options as the catalogue passes them; refused for other printouts."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

    options = {"team": args.team, "size": args.size, "tile": args.tile}
    takes = set(printout.gather_options) | set(printout.render_options)
    for name, value in options.items():
        if value is not None and name not in takes:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{option} does not apply to “print {report}”."),
                option=f"--{name}",
                report=printout.command,
            )
    return options
