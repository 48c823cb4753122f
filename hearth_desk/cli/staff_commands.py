"""``hearth-desk staff …``: the office's staff list; and who is at the desk.

Who a command's change records and entries name, first that applies:

1. a subcommand's own ``--by NAME`` (``visit add --by``, ``request update --by``),
   which those commands apply themselves;
2. the global ``hearth-desk --by NAME …`` (dest ``desk_person``);
3. the ``HEARTH_DESK_ACTOR`` environment variable;
4. the operating-system account (``services.audit.current_actor``).

A name given by 2 must be a staff member's, else the command stops (exit 1) before it
runs; without a subcommand the window takes it and does not ask who is at the desk.
The variable, set once for a script, must name a staff member too once the store has
a staff list; before there is one (or before there is a store, for ``init``) it is
taken as it is, as it always was.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation


def add_desk_person_option(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """The global ``--by NAME``; ``desk_person`` keeps it apart from subcommands' ``--by``."""
    parser.add_argument(
        "--by",
        dest="desk_person",
        metavar=translate("Cli", "NAME"),
        help=translate(
            "Cli",
            "the staff member at the desk, named in change records "
            "(or HEARTH_DESK_ACTOR; default: the computer's account)",
        ),
    )


@contextmanager
def desk_person(args: argparse.Namespace, location: StoreLocation) -> Iterator[None]:
    """While a command runs: the global ``--by`` (or ``HEARTH_DESK_ACTOR``), checked
    against the staff list, is the person change records name; a ``UserError`` if they
    are not staff. Afterwards no one is (``main`` may run again in the same process)."""
    from hearth_desk.services.audit import set_actor

    try:
        _take_desk_person(args, location)
        yield
    finally:
        set_actor(None)


def _take_desk_person(args: argparse.Namespace, location: StoreLocation) -> None:
    from hearth_desk.services.audit import ACTOR_ENV, set_actor

    name = (getattr(args, "desk_person", None) or "").strip()
    from_env = not name
    if from_env:
        name = os.environ.get(ACTOR_ENV, "").strip()
        if not name:
            return
    from hearth_desk.domain.errors import UserError
    from hearth_desk.services.visits.staff import has_staff, staff_named

    try:
        store = open_for_reading(location)
    except UserError:
        if from_env:  # no store yet (init) or one to upgrade: the variable is kept as is
            return
        raise
    with store, store.session() as session:
        if from_env and not has_staff(session):
            return
        set_actor(staff_named(session, name).name)


class StaffCommand:
    name = "staff"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "the office's staff: add, list")
        )
        actions = parser.add_subparsers(
            dest="action", metavar=translate("Cli", "ACTION"), required=True, prog=parser.prog
        )
        add = actions.add_parser("add", help=translate("Cli", "add a staff member"))
        add.add_argument("staff_name", metavar=translate("Cli", "NAME"))
        add.add_argument(
            "--role",
            required=True,
            metavar=translate("Cli", "ROLE"),
            help=translate("Cli", "书记, 主任, 委员, 网格员 or 社工"),
        )
        add.add_argument("--phone", default="", metavar=translate("Cli", "PHONE"))
        add.add_argument(
            "--grid",
            action="append",
            default=[],
            metavar=translate("Cli", "GRID"),
            help=translate(
                "Cli", "a grid node they look after, e.g. 和平里一区 or 和平里一区/1栋 (repeatable)"
            ),
        )
        actions.add_parser(
            "list", help=translate("Cli", "the staff with their roles, phones and grids")
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return self._add(args, location, out) if args.action == "add" else self._list(location, out)

    def _add(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.staff import StaffEntry, add_staff, grid_ids_named
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            entry = StaffEntry(
                args.staff_name, args.role, args.phone, grid_ids_named(session, args.grid)
            )
            staff = add_staff(session, entry)
            out.line(
                out.translate("Cli", "Staff member added: {name} ({role}).").format(
                    name=staff.name, role=_role_word(staff.role, out)
                )
            )
        return 0

    def _list(self, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.staff import staff_list

        with open_for_reading(location) as store, store.session() as session:
            rows = staff_list(session)
        if not rows:
            out.line(out.translate("Cli", "The staff list is empty."))
        for row in rows:
            parts = [row.name, _role_word(row.role, out), row.phone_masked or "—"]
            out.line(GAP.join([*parts, "、".join(row.grids)]).rstrip(GAP))
        return 0


def _role_word(role: str, out: Output) -> str:
    from hearth_desk.domain.visit_words import STAFF_ROLE_WORDS

    return out.translate("Vocabulary", STAFF_ROLE_WORDS[role])
