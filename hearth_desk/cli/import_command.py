"""``hearth-desk import residents FILE``: preview on stdout, one line per problem on stderr.

With errors and without ``--skip-invalid`` nothing is written and the command exits 1;
the last line on stderr says so. ``--dry-run`` stops after the preview. The import
opens the store like ``demo``: with the folder lock, in one transaction.

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

from hearth_desk.cli.output import Output
from hearth_desk.cli.store_commands import Subparsers, Translate
from hearth_desk.storage.location import StoreLocation

SLOW_IMPORT_ENV = "HEARTH_DESK_TEST_SLOW_IMPORT"


class ImportCommand:
    name = "import"
    KINDS = ("residents",)

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate("Cli", "import residents from an Excel (.xlsx, .xls) or .csv sheet"),
        )
        parser.add_argument(
            "kind",
            choices=self.KINDS,
            metavar=translate("Cli", "WHAT"),
            help=translate("Cli", "what to import: residents (the household ledger)"),
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
        from hearth_desk.services.ledger.importing import apply_import, plan_import, write_rejects
        from hearth_desk.services.progress import Progress
        from hearth_desk.storage.store import open_store

        started = time.perf_counter()
        with open_store(location) as store, store.transaction() as session:
            plan = plan_import(session, Path(args.file), progress=Progress(out.progress))
            for problem in plan.problems:
                out.error(problem.line(out.translate))
            out.line(
                out.translate("Cli", "Sheet “{sheet}” of {file}: {rows} rows.").format(
                    sheet=plan.sheet, file=plan.source.name, rows=len(plan.rows)
                )
            )
            out.line(
                out.translate(
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
            )
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
            summary = apply_import(
                session, plan, skip_invalid=args.skip_invalid, progress=self._progress(out)
            )
        out.line(
            out.translate(
                "Cli",
                "Imported: {households} new households, {new} new residents, "
                "{updated} updated ({seconds:.1f} s).",
            ).format(
                households=summary.households_created,
                new=summary.residents_created,
                updated=summary.residents_updated,
                seconds=time.perf_counter() - started,
            )
        )
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
