"""``hearth-desk tree``: the connected-heart tree as text, organisation first, then its
branches with their member counts, then each service team with its count and leader
(``--members``: each team's members under it, phones masked)."""

from __future__ import annotations

import argparse

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation

# Between the parts of a line: a full-width space, as a printed list lines them up.
GAP = "\u3000"


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
