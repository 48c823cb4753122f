"""The ledger's subcommands: ``export residents`` and ``print ledger``.

Both only read the store (like ``check`` and ``print overview`` they work beside an
open window) and narrow what they take with ``--grid 洪山小区/3栋`` and
``--tag 独居老人``; an unknown grid path or tag is a one-line problem (exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation

Translate = Callable[[str, str], str]


def add_filter_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--grid, --tag and --full-id, shared by ``export residents`` and ``print ledger``."""
    parser.add_argument(
        "--grid",
        metavar=translate("Cli", "PATH"),
        help=translate(
            "Cli", "only this part of the grid: compound/building/unit, e.g. 和平里一区/3栋"
        ),
    )
    parser.add_argument(
        "--tag",
        metavar=translate("Cli", "TAG"),
        help=translate("Cli", "only residents with this care tag, e.g. 独居老人"),
    )
    parser.add_argument(
        "--full-id",
        action="store_true",
        help=translate("Cli", "full ID numbers and phones instead of partly hidden ones"),
    )


def refuse_filter_options(args: argparse.Namespace) -> None:
    """Reports other than the ledger print everything: say so rather than ignore options."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

    if args.grid or args.tag or args.full_id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "--grid, --tag and --full-id apply to the ledger only.")
        )


def _resolve(session: Any, args: argparse.Namespace) -> tuple[int | None, int | None]:
    """The grid node and care tag ids the options name (None: not narrowed)."""
    from hearth_desk.services.ledger.care_tags import tags_named
    from hearth_desk.services.ledger.grid import resolve_grid_path

    node_id = resolve_grid_path(session, args.grid).id if args.grid else None
    tag_id = tags_named(session, [args.tag.strip()])[0].id if args.tag else None
    return node_id, tag_id


class ExportCommand:
    name = "export"
    WHAT = ("residents",)

    def add_parser(self, subparsers: Any, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "export the ledger to an Excel sheet (.xlsx)")
        )
        parser.add_argument(
            "what",
            choices=self.WHAT,
            metavar=translate("Cli", "WHAT"),
            help=translate("Cli", "what to export: residents (the household ledger)"),
        )
        parser.add_argument(
            "out",
            metavar=translate("Cli", "FILE.xlsx"),
            help=translate("Cli", "where to write the sheet"),
        )
        add_filter_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        import time
        from pathlib import Path

        from hearth_desk.cli.store_commands import open_for_reading
        from hearth_desk.services.ledger.export import export_residents
        from hearth_desk.services.ledger.query import ResidentFilter
        from hearth_desk.services.progress import Progress

        started = time.perf_counter()
        with open_for_reading(location) as store, store.session() as session:
            node_id, tag_id = _resolve(session, args)
            # Every status: the sheet says who moved out or died, and imports back whole.
            wanted = ResidentFilter(node_id=node_id, tag_id=tag_id, status=None)
            count = export_residents(
                session,
                Path(args.out),
                wanted,
                full_numbers=args.full_id,
                progress=Progress(out.progress),
                translate=out.translate,
            )
        out.line(
            out.translate("Cli", "Exported {count} residents to {path} ({seconds:.1f} s).").format(
                count=count, path=args.out, seconds=time.perf_counter() - started
            )
        )
        if args.full_id:
            out.line(
                out.translate("Cli", "The sheet holds full ID numbers and phones; keep it safe.")
            )
        return 0


def run_print_ledger(args: argparse.Namespace, location: StoreLocation, out: Output) -> Any:
    """``print ledger``: the building ledger, or with --tag the care list of that tag."""
    from pathlib import Path

    from hearth_desk.cli.store_commands import open_for_reading
    from hearth_desk.services.progress import Progress

    progress = Progress(out.progress)
    with open_for_reading(location) as store, store.session() as session:
        node_id, tag_id = _resolve(session, args)
        if tag_id is None:
            from hearth_desk.reports.ledger.building_ledger import (
                building_ledger_data,
                render_building_ledger,
            )

            data = building_ledger_data(session, node_id, full_numbers=args.full_id)
            return render_building_ledger(Path(args.out), data, out.translate, progress)
        from hearth_desk.reports.ledger.care_list import care_list_data, render_care_list

        care = care_list_data(session, tag_id, node_id, full_numbers=args.full_id)
        return render_care_list(Path(args.out), care, out.translate, progress)
