"""``hearth-desk find QUERY``: the window's search box for scripts and the terminal."""

from __future__ import annotations

import argparse

from hearth_desk.cli.output import Output
from hearth_desk.cli.store_commands import Subparsers, Translate, open_for_reading
from hearth_desk.storage.location import StoreLocation


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
            type=int,
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
        from hearth_desk.services.ledger.query import STATUS_LABELS
        from hearth_desk.services.ledger.search import search_residents

        if args.limit < 1:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "--limit must be at least 1."))
        with open_for_reading(location) as store, store.session() as session:
            hits = search_residents(
                session, args.query, limit=args.limit, include_inactive=args.all
            )
        for hit in hits:
            fields = [hit.name, hit.id_masked or "-", hit.address]
            if hit.status != "living":
                fields.append(STATUS_LABELS[hit.status])
            out.line("\t".join(fields))
        if not hits:
            out.error(
                out.translate("Cli", "No resident matches “{query}”.").format(query=args.query)
            )
            return 1
        return 0
