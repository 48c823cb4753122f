"""The ledger's subcommands: ``import residents``, ``export residents``, ``find``, and the
options that narrow ``print ledger``.

Export, find and print only read the store (like ``check`` they work beside an
open window) and narrow what they take with ``--grid 洪山小区/3栋`` and
``--tag 独居老人``; an unknown grid path or tag is a one-line problem (exit 1).

``import residents FILE`` prints its preview on stdout and its problems on stderr: a
line per error, and a line per kind of warning with its count and first rows
(``services/ledger/importing/grouping.py``). With errors and without
``--skip-invalid`` nothing is written and the command exits 1; the last line on stderr
says so. ``--dry-run`` stops after the preview. The import opens the store like
``demo``: with the folder lock, in one transaction.

Test hook: ``HEARTH_DESK_TEST_SLOW_IMPORT=SECONDS`` prints ``import-writing N`` on
stdout and sleeps that long each time a batch of rows has been written (not yet
committed), so that a test can kill the process in the middle of the import.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hearth_desk.cli.base import (
    SheetExport,
    SheetImport,
    Subparsers,
    Translate,
    bounded_int,
    open_for_reading,
)
from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:
    from hearth_desk.services.ledger.printouts import LedgerChoice


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


def _resolve(session: Any, args: argparse.Namespace) -> tuple[int | None, int | None]:
    """The grid node and care tag ids the options name (None: not narrowed)."""
    from hearth_desk.services.ledger.care_tags import tags_named
    from hearth_desk.services.ledger.grid import resolve_grid_path

    node_id = resolve_grid_path(session, args.grid).id if args.grid else None
    tag_id = tags_named(session, [args.tag.strip()])[0].id if args.tag else None
    return node_id, tag_id


class ExportCommand:
    """``export WHAT FILE``: residents here; other features' kinds (members) are given
    by ``main`` with their own options."""

    name = "export"
    WHAT = ("residents",)

    def __init__(self, *others: SheetExport) -> None:
        self.others: dict[str, SheetExport] = {other.kind: other for other in others}

    def add_parser(self, subparsers: Any, translate: Translate) -> None:
        more = bool(self.others)
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli",
                "export the ledger, the tree's members or the events to an Excel sheet (.xlsx)",
            )
            if more
            else translate("Cli", "export the ledger to an Excel sheet (.xlsx) or a .csv file"),
        )
        parser.add_argument(
            "what",
            choices=(*self.WHAT, *self.others),
            metavar=translate("Cli", "WHAT"),
            help=translate(
                "Cli",
                "what to export: residents (the household ledger), members (the tree's "
                "roster, 党员花名册) or events (活动统计, one row per event)",
            )
            if more
            else translate("Cli", "what to export: residents (the household ledger)"),
        )
        parser.add_argument(
            "out",
            metavar=translate("Cli", "FILE.xlsx"),
            help=translate("Cli", "where to write: a name ending in .xlsx (Excel) or .csv (UTF-8)"),
        )
        add_filter_options(parser, translate)
        for other in self.others.values():
            other.add_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

        if args.what in self.others:
            if getattr(args, "year", None) is not None and args.what != "events":
                raise UserError(QT_TRANSLATE_NOOP("UserError", "--year applies to events only."))
            if args.grid or args.tag:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "--grid and --tag apply to residents only.")
                )
            return self.others[args.what].run(args, location, out)
        if getattr(args, "team", None):
            raise UserError(QT_TRANSLATE_NOOP("UserError", "--team applies to members only."))
        if getattr(args, "year", None) is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "--year applies to events only."))
        return self._residents(args, location, out)

    def _residents(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        import time
        from pathlib import Path

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


def print_choice(session: Any, args: argparse.Namespace) -> LedgerChoice:
    """What ``print`` covers, from --grid, --tag and --full-id."""
    from hearth_desk.services.ledger.printouts import LedgerChoice

    node_id, tag_id = _resolve(session, args)
    return LedgerChoice(node_id=node_id, tag_id=tag_id, full_numbers=args.full_id)


# More matches than this are a list to export, not a search result.
MAX_FIND_LIMIT = 10_000


class FindCommand:
    name = "find"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli",
                "find residents by name, pinyin or initials, ID tail, phone digits or address",
            ),
        )
        parser.add_argument(
            "query",
            metavar=translate("Cli", "QUERY"),
            help=translate("Cli", "e.g. 张三, zs, the last 4–6 characters of an ID, 3栋2单元"),
        )
        parser.add_argument(
            "--limit",
            type=bounded_int(1, MAX_FIND_LIMIT, translate),
            default=20,
            metavar="N",
            help=translate("Cli", "at most N matches (default 20)"),
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help=translate("Cli", "include residents who moved out or died"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
        from hearth_desk.domain.text_fields import visible
        from hearth_desk.domain.vocabulary import status_label
        from hearth_desk.services.ledger.search import MAX_QUERY_LENGTH, search

        if len(args.query) > MAX_QUERY_LENGTH:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The search text is {length} characters long; search for 1 to {max} "
                    "characters.",
                ),
                length=len(args.query),
                max=MAX_QUERY_LENGTH,
            )
        with open_for_reading(location) as store, store.session() as session:
            found = search(session, args.query, limit=args.limit, include_inactive=args.all)
        hits = found.hits
        for hit in hits:
            # visible(): a name an older version let in with an ESC never reaches the
            # terminal as a command.
            fields = [visible(hit.name), hit.id_masked or "-", visible(hit.address)]
            if hit.status != "living":
                fields.append(status_label(hit.status, out.translate))
            out.line("\t".join(fields))
        if not hits:
            out.error(
                out.translate("Cli", "No resident matches “{query}”.").format(
                    query=visible(args.query)
                )
            )
            return 1
        if found.cut:  # a script reading stdout must not mistake 20 for all
            out.error(
                out.translate(
                    "Cli",
                    "Only the first {shown} of {total} residents; add --limit {total} for all.",
                ).format(shown=len(hits), total=found.total)
            )
        return 0


SLOW_IMPORT_ENV = "HEARTH_DESK_TEST_SLOW_IMPORT"


class ResidentsImport:
    """``import residents``: the household ledger (``services/ledger/importing``)."""

    kind = "residents"

    def plan(self, session: Any, path: Path, progress: Any) -> Any:
        from hearth_desk.services.ledger.importing import plan_import

        return plan_import(session, path, progress=progress)

    def preview(self, plan: Any, translate: Translate) -> list[str]:
        return [
            translate(
                "Cli",
                "New households: {households}; new residents: {new}; updated: {updated}; "
                "unchanged: {unchanged}; warnings: {warnings}; errors: {errors} "
                "(rows rejected: {rejected}).",
            ).format(
                households=plan.new_households,
                new=plan.new_residents,
                updated=plan.updated_residents,
                unchanged=plan.unchanged_residents,
                warnings=plan.warning_count,
                errors=plan.error_count,
                rejected=plan.rejected_row_count,
            )
        ]

    def apply(self, session: Any, plan: Any, skip_invalid: bool, progress: Any) -> Any:
        from hearth_desk.services.ledger.importing import apply_import

        return apply_import(session, plan, skip_invalid=skip_invalid, progress=progress)

    def done(self, summary: Any, seconds: float, translate: Translate) -> list[str]:
        return [
            translate(
                "Cli",
                "Imported: {households} new households, {new} new residents, "
                "{updated} updated ({seconds:.1f} s).",
            ).format(
                households=summary.households_created,
                new=summary.residents_created,
                updated=summary.residents_updated,
                seconds=seconds,
            )
        ]


class ImportCommand:
    """``import KIND FILE``: residents here; other features' kinds are given by ``main``
    (features do not import each other), and share this command's flow and options."""

    name = "import"

    def __init__(self, *others: SheetImport) -> None:
        self.kinds: dict[str, SheetImport] = {"residents": ResidentsImport()}
        self.kinds.update((other.kind, other) for other in others)

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        more = len(self.kinds) > 1
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli", "import residents or members from an Excel (.xlsx, .xls) or .csv sheet"
            )
            if more
            else translate("Cli", "import residents from an Excel (.xlsx, .xls) or .csv sheet"),
        )
        parser.add_argument(
            "kind",
            choices=tuple(self.kinds),
            metavar=translate("Cli", "WHAT"),
            help=translate(
                "Cli",
                "what to import: residents (the household ledger) or members (the tree's "
                "roster, 党员花名册)",
            )
            if more
            else translate("Cli", "what to import: residents (the household ledger)"),
        )
        parser.add_argument("file", metavar=translate("Cli", "FILE"))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=translate("Cli", "only show what would be imported; write nothing"),
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help=translate("Cli", "import the valid rows and leave out the rows with errors"),
        )
        parser.add_argument(
            "--rejects",
            metavar=translate("Cli", "OUT.xlsx"),
            help=translate(
                "Cli", "write the rows with errors, and why, to this workbook for correction"
            ),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.ledger.importing import group_problems, write_rejects
        from hearth_desk.services.progress import Progress
        from hearth_desk.storage.store import open_store

        kind = self.kinds[args.kind]
        started = time.perf_counter()
        with open_store(location) as store, store.transaction() as session:
            plan = kind.plan(session, Path(args.file), Progress(out.progress))
            for group in group_problems(plan.problems):
                out.error(group.line(out.translate))
            out.line(
                out.translate("Cli", "Sheet “{sheet}” of {file}: {rows} rows.").format(
                    sheet=plan.sheet, file=plan.source.name, rows=len(plan.rows)
                )
            )
            for line in kind.preview(plan, out.translate):
                out.line(line)
            if args.rejects and plan.rejected_row_count:
                count = write_rejects(plan, Path(args.rejects))
                out.line(
                    out.translate("Cli", "Wrote the {count} rejected rows to {path}.").format(
                        count=count, path=args.rejects
                    )
                )
            if plan.error_count and not args.skip_invalid:
                out.error(
                    out.translate(
                        "Cli",
                        "{errors} errors in {rows} rows; nothing was imported. Correct the "
                        "sheet, or add --skip-invalid to import only the valid rows.",
                    ).format(errors=plan.error_count, rows=plan.rejected_row_count)
                )
                return 1
            if args.dry_run:
                out.line(out.translate("Cli", "Dry run: nothing was written."))
                return 0
            summary = kind.apply(session, plan, args.skip_invalid, self._progress(out))
        for line in kind.done(summary, time.perf_counter() - started, out.translate):
            out.line(line)
        return 0

    @staticmethod
    def _progress(out: Output):  # type: ignore[no-untyped-def]
        from hearth_desk.services.progress import Progress

        pause = os.environ.get(SLOW_IMPORT_ENV)
        if not pause:
            return Progress(out.progress)

        def report(done: int, total: int, message: str) -> None:
            out.progress(done, total, message)
            if done:  # a batch is in the open transaction
                print(f"import-writing {done}", file=sys.stdout, flush=True)
                time.sleep(float(pause))

        return Progress(report)
