"""``hearth-desk tree``: the connected-heart tree as text, organisation first, then its
branches with their member counts, then each service team with its count and leader
(``--members``: each team's members under it, phones masked).

``import members`` and ``export members``: the tree's kinds of sheet for the ledger's
``import`` and ``export`` commands, which ``main`` hands them to (features do not
import each other); the shared flow (problems, preview, rejects, all or nothing) is
theirs, the roster's words and counts are here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation

# Between the parts of a line: a full-width space, as a printed list lines them up.


class TreeCommand:
    name = "tree"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli", "print the connected-heart tree: organisation, branches and service teams"
            ),
        )
        parser.add_argument(
            "--members",
            action="store_true",
            help=translate("Cli", "list each team's members under it (phones masked)"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.tree.summary import tree_summary

        with open_for_reading(location) as store, store.session() as session:
            summary = tree_summary(session, with_people=args.members)

        if not summary.organisation and not summary.teams:
            out.line(
                out.translate(
                    "Cli", "The tree is empty: no party organisation or service team yet."
                )
            )
            return 0
        secretary = (
            out.translate("Cli", "secretary: {name}").format(name=summary.secretary)
            if summary.secretary
            else ""
        )
        out.line(GAP.join(part for part in (summary.organisation, secretary) if part))
        people = out.translate("Cli", "{count} people")
        for branch in summary.branches:
            out.line("  " + GAP.join([branch.name, people.format(count=branch.members)]))
        roles = {
            "leader": out.translate("Cli", "leader"),
            "deputy": out.translate("Cli", "deputy leader"),
            "member": out.translate("Cli", "member"),
        }
        for team in summary.teams:
            parts = [team.name, people.format(count=team.members)]
            if team.leader:
                parts.append(out.translate("Cli", "leader: {name}").format(name=team.leader))
            out.line(GAP.join(parts))
            for person in team.people:
                role = roles.get(person.role, person.role)
                out.line(f"    {person.name}（{role}）{GAP}{person.phone}".rstrip())
        return 0


class MembersImport:
    """``import members FILE``: a 党员花名册 into the tree (``services/tree/importing``)."""

    kind = "members"

    def plan(self, session: Any, path: Path, progress: Any) -> Any:
        from hearth_desk.services.tree.importing import plan_member_import

        return plan_member_import(session, path, progress=progress)

    def preview(self, plan: Any, translate: Translate) -> list[str]:
        lines = []
        if plan.new_teams:
            lines.append(
                translate("Cli", "New service teams: {names}").format(
                    names="、".join(plan.new_teams)
                )
            )
        lines.append(
            translate(
                "Cli",
                "New members: {new}; updated: {updated}; unchanged: {unchanged}; "
                "warnings: {warnings}; errors: {errors} (rows rejected: {rejected}).",
            ).format(
                new=plan.new_members,
                updated=plan.updated_members,
                unchanged=plan.unchanged_members,
                warnings=plan.warning_count,
                errors=plan.error_count,
                rejected=plan.rejected_row_count,
            )
        )
        return lines

    def apply(self, session: Any, plan: Any, skip_invalid: bool, progress: Any) -> Any:
        from hearth_desk.services.tree.importing import apply_member_import

        return apply_member_import(session, plan, skip_invalid=skip_invalid, progress=progress)

    def done(self, summary: Any, seconds: float, translate: Translate) -> list[str]:
        return [
            translate(
                "Cli",
                "Imported: {teams} new service teams, {new} new members, {updated} updated, "
                "{unchanged} unchanged ({seconds:.1f} s).",
            ).format(
                teams=len(summary.teams_created),
                new=summary.members_created,
                updated=summary.members_updated,
                unchanged=summary.members_unchanged,
                seconds=seconds,
            )
        ]


class MembersExport:
    """``export members OUT.xlsx [--team T] [--full-id]``: the roster in the import's
    own header words."""

    kind = "members"

    def add_options(self, parser: argparse.ArgumentParser, translate: Translate) -> None:
        parser.add_argument(
            "--team",
            metavar=translate("Cli", "TEAM"),
            help=translate("Cli", "members only: the members of this service team"),
        )
        parser.epilog = translate(
            "Cli",
            "members: ID numbers are masked unless --full-id is given, and a masked file "
            "cannot update ID numbers when it is imported back; phones are written in full.",
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.tree.export import export_members

        with open_for_reading(location) as store, store.session() as session:
            count = export_members(
                session, Path(args.out), team=args.team, full_numbers=args.full_id
            )
        out.line(
            out.translate("Cli", "Exported {count} members to {path}.").format(
                count=count, path=args.out
            )
        )
        if args.full_id:
            out.line(out.translate("Cli", "The sheet holds full ID numbers; keep it safe."))
        else:
            out.line(
                out.translate(
                    "Cli",
                    "ID numbers are masked: importing this file back cannot update them "
                    "(export with --full-id for that).",
                )
            )
        return 0
