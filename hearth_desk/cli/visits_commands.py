"""``hearth-desk visit …``: record a visit (入户走访) and list the households due one.

A household is named as the office names it: its address as printed, or any member's
ID number or name. ``--by`` names the visitors (staff), the first of whom is taken as
the person at the desk for the change records; on ``visit due`` it names the grid
worker whose area is listed. The office's own words are read and printed: 例行/关爱/回访,
小事/大事/特事, 民生/工程/….
"""

from __future__ import annotations

import argparse
import datetime as dt

from hearth_desk.cli.argparse_zh import Parser
from hearth_desk.cli.base import Subparsers, Translate, iso_date, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_CHINESE,
    REQUEST_TIER_CHINESE,
    VISIT_KIND_CHINESE,
    code_for,
)
from hearth_desk.storage.location import StoreLocation


class VisitCommand:
    name = "visit"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "door-to-door visits: record one, list who is due")
        )
        actions = parser.add_subparsers(
            dest="action",
            metavar=translate("Cli", "ACTION"),
            required=True,
            parser_class=Parser,
            prog=parser.prog,  # argparse would rebuild it from a usage line in Chinese
        )
        staff = translate("Cli", "NAME")
        add = actions.add_parser("add", help=translate("Cli", "record a visit"))
        add.add_argument(
            "--household",
            required=True,
            metavar="Q",
            help=translate(
                "Cli", "the household: its address as printed, or a member's ID number or name"
            ),
        )
        add.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
        add.add_argument(
            "--by",
            dest="by",
            action="append",
            required=True,
            metavar=staff,
            help=translate("Cli", "who made the visit (staff); may be repeated"),
        )
        add.add_argument("--kind", choices=list(VISIT_KIND_CHINESE.values()), default="例行")
        add.add_argument(
            "--found", default="", metavar="T", help=translate("Cli", "what was found")
        )
        add.add_argument("--note", default="", metavar="T")
        add.add_argument(
            "--problem",
            metavar="T",
            help=translate("Cli", "a problem found, registered as a request"),
        )
        add.add_argument("--category", choices=list(REQUEST_CATEGORY_CHINESE.values()))
        add.add_argument("--tier", choices=list(REQUEST_TIER_CHINESE.values()))
        due = actions.add_parser("due", help=translate("Cli", "the households due a visit"))
        area = due.add_mutually_exclusive_group()
        area.add_argument(
            "--grid",
            metavar=translate("Cli", "GRID"),
            help=translate("Cli", "a compound, building or unit, e.g. 和平里一区/3栋"),
        )
        area.add_argument(
            "--by",
            dest="by",
            metavar=staff,
            help=translate("Cli", "the grid worker whose area to list"),
        )
        due.add_argument(
            "--overdue", action="store_true", help=translate("Cli", "only those past due")
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        if args.action == "add":
            return self._add(args, location, out)
        return self._due(args, location, out)

    def _add(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.audit import set_actor
        from hearth_desk.services.visits.staff import staff_named
        from hearth_desk.services.visits.visits import (
            FoundProblem,
            NewVisit,
            find_household,
            record_visit,
        )
        from hearth_desk.storage.store import open_store

        problem = _problem(args)
        set_actor(args.by[0])
        with open_store(location) as store, store.transaction() as session:
            household = find_household(session, args.household)
            visitors = tuple(staff_named(session, name).id for name in args.by)
            recorded = record_visit(
                session,
                NewVisit(
                    household.id,
                    args.date,
                    visitors,
                    kind=code_for(VISIT_KIND_CHINESE, args.kind) or "routine",
                    found=args.found,
                    notes=args.note,
                    problem=FoundProblem(*problem) if problem else None,
                ),
            )
        out.line(
            out.translate("Cli", "Visit recorded: {address} ({date})").format(
                address=recorded.address, date=recorded.date.isoformat()
            )
        )
        if recorded.request_id is not None:
            out.line(
                out.translate("Cli", "Request #{number} registered").format(
                    number=recorded.request_id
                )
            )
        return 0

    def _due(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.ledger.grid import resolve_grid_path
        from hearth_desk.services.visits.due import due_for_staff, due_list
        from hearth_desk.services.visits.staff import staff_named

        with open_for_reading(location) as store, store.session() as session:
            if args.by:
                worker = staff_named(session, args.by)
                listing = due_for_staff(session, worker.id, overdue_only=args.overdue)
                if not listing.node_ids:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError", "{name} looks after no part of the grid yet."
                        ),
                        name=worker.name,
                    )
            else:
                nodes = [resolve_grid_path(session, args.grid).id] if args.grid else None
                listing = due_list(session, nodes, overdue_only=args.overdue)
        if not listing.households:
            out.line(out.translate("Cli", "No household is due a visit."))
        for item in listing.households:
            out.line(
                GAP.join(
                    part
                    for part in (
                        item.address,
                        item.head,
                        "、".join(item.interval_tags),
                        _last_visit(item.due.last_visit, out),
                        _lateness(item.due.days_late, out),
                    )
                    if part
                )
            )
        return 0


def _problem(args: argparse.Namespace) -> tuple[str, str, str] | None:
    """The problem's words, category and tier codes; a category or tier without a
    problem is refused, so nothing given is silently dropped."""
    if args.problem is None:
        if args.category or args.tier:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "--category and --tier go with --problem.")
            )
        return None
    category = code_for(REQUEST_CATEGORY_CHINESE, args.category or "其他")
    tier = code_for(REQUEST_TIER_CHINESE, args.tier or "小事")
    assert category and tier  # argparse's choices are the same words
    return args.problem, category, tier


def _last_visit(day: dt.date | None, out: Output) -> str:
    return day.isoformat() if day else out.translate("Cli", "never visited")


def _lateness(days_late: int | None, out: Output) -> str:
    if days_late is None:
        return ""
    if days_late > 0:
        return out.translate("Cli", "{days} days late").format(days=days_late)
    if days_late == 0:
        return out.translate("Cli", "due today")
    return out.translate("Cli", "due in {days} days").format(days=-days_late)
