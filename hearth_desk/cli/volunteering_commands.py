"""``hearth-desk serve add`` and ``hearth-desk stats``: volunteer service recorded
outside events, and a year's figures as text.

A MEMBER is a query that must name exactly one member of the tree (name, pinyin,
initials or a phone tail); a household is named through one of its residents, as the
ledger finds them. Either query naming nobody or several changes nothing and names the
candidates. The figures name no phones: they are about hours, not contacts.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Protocol

from hearth_desk.cli.base import (
    Subparsers,
    Translate,
    bounded_int,
    iso_date,
    open_for_reading,
    whole_number,
)
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:  # the command line loads services only when a command runs
    from hearth_desk.services.volunteering.figures import Counts, YearFigures

SERVE_ACTIONS = ("add",)


class ServeCommand:
    name = "serve"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "record volunteer service done outside events")
        )
        actions = parser.add_subparsers(
            dest="action",
            metavar=translate("Cli", "ACTION"),
            required=True,
            prog=parser.prog,  # argparse would rebuild it from a usage line in Chinese
        )
        add = actions.add_parser(
            "add", help=translate("Cli", "record one service: who, when, how long, what")
        )
        add.add_argument(
            "--member",
            required=True,
            metavar="Q",
            help=translate("Cli", "the member who served: name, pinyin or phone tail"),
        )
        add.add_argument(
            "--date",
            required=True,
            type=iso_date,
            metavar="YYYY-MM-DD",
            help=translate("Cli", "the day of the service"),
        )
        add.add_argument(
            "--hours", required=True, metavar="H", help=translate("Cli", "hours, such as 1.5")
        )
        add.add_argument(
            "--what",
            required=True,
            metavar=translate("Cli", "TEXT"),
            help=translate("Cli", "what was done, such as 疏通下水道"),
        )
        add.add_argument(
            "--household",
            metavar="Q",
            help=translate("Cli", "the household served, named by one of its residents"),
        )
        add.add_argument(
            "--served",
            type=whole_number(translate),
            default=1,
            metavar="N",
            help=translate("Cli", "times served (人次), default 1"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.people import one_member, one_resident
        from hearth_desk.services.volunteering.records import RecordInput, add_record
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            member = one_member(session, args.member)
            home = one_resident(session, args.household) if args.household else None
            record = add_record(
                session,
                RecordInput(
                    member.member_id,
                    args.date,
                    args.hours,
                    args.what,
                    household_id=home.household_id if home else None,
                    served=args.served,
                ),
            )
            line = out.translate("Cli", "Recorded: {name} {date} {hours} hours {what}").format(
                name=member.name, date=record.date.isoformat(), hours=record.hours, what=record.what
            )
        out.line(line + (f"（{home.address}）" if home else ""))
        return 0


class StatsSubject(Protocol):
    """Figures of another feature under ``stats SUBJECT`` (``stats visits``): main hands
    them in, so that this module needs no other feature's commands."""

    name: str

    def add_options(self, parser: argparse.ArgumentParser, translate: Translate) -> None: ...

    def options_given(self, args: argparse.Namespace) -> list[str]:
        """Its own options that were given, to refuse them without the subject."""
        ...

    def options_missing(self, args: argparse.Namespace) -> list[str]:
        """The options it needs that were not given (a usage error, as argparse's)."""
        ...

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int: ...


class StatsCommand:
    name = "stats"

    def __init__(self, subjects: tuple[StatsSubject, ...] = ()) -> None:
        self.subjects = {subject.name: subject for subject in subjects}
        self._parser: argparse.ArgumentParser | None = None

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli",
                "a year's volunteer figures: the totals, by month, by team, the top volunteers",
            ),
        )
        self._parser = parser
        if self.subjects:
            parser.add_argument(
                "subject",
                nargs="?",
                choices=tuple(self.subjects),
                metavar=translate("Cli", "SUBJECT"),
                help=translate(
                    "Cli",
                    "visits: the door-to-door visits and problems of a period (--from, --to) "
                    "instead of a year's volunteer service",
                ),
            )
        parser.add_argument(
            "--year",
            type=bounded_int(1900, 9999, translate),
            metavar="Y",
            help=translate("Cli", "the year to count"),
        )
        parser.add_argument(
            "--team",
            metavar="T",
            help=translate("Cli", "only this service team's members, e.g. 环境整治服务队"),
        )
        for subject in self.subjects.values():
            subject.add_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        assert self._parser is not None, "run after add_parser"
        subject = self.subjects.get(getattr(args, "subject", None) or "")
        if subject is not None:
            for option, given in (("--year", args.year is not None), ("--team", args.team)):
                if given:
                    self._parser.error(
                        out.translate("argparse", "argument %(argument_name)s: %(message)s")
                        % {"argument_name": option, "message": out.translate(
                            "argparse", "not allowed with argument %s") % subject.name}
                    )  # fmt: skip
            missing = subject.options_missing(args)
            if missing:
                self._parser.error(
                    out.translate("argparse", "the following arguments are required: %s")
                    % ", ".join(missing)
                )
            return subject.run(args, location, out)
        if args.year is None:
            self._parser.error(
                out.translate("argparse", "the following arguments are required: %s") % "--year"
            )
        for other in self.subjects.values():
            for option in other.options_given(args):
                self._parser.error(
                    out.translate("argparse", "argument %(argument_name)s: %(message)s")
                    % {"argument_name": option, "message": out.translate(
                        "argparse", "not allowed with argument %s") % "--year"}
                )  # fmt: skip
        return self._year(args, location, out)

    def _year(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.tree.printouts import team_named
        from hearth_desk.services.volunteering.figures import year_figures

        with open_for_reading(location) as store, store.session() as session:
            team_id = team_named(session, args.team).id if args.team else None
            figures = year_figures(session, args.year, team_id)
        for line in stats_lines(figures, out.translate):
            out.line(line)
        return 0


def stats_lines(figures: YearFigures, translate: Translate) -> list[str]:
    """The figures as lines of text: the totals, by month, by team, the top volunteers."""

    def counts(row: Counts) -> str:
        return translate(
            "Cli", "{times} times, {hours} hours, {served} 人次, {people} people"
        ).format(times=row.times, hours=row.hours, served=row.served, people=row.people)

    t = figures.totals
    heading = translate(
        "Cli",
        "{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; "
        "{people} people served, {average} hours each on average.",
    ).format(year=figures.year, times=t.times, hours=t.hours, served=t.served,
             people=t.people, average=t.average_hours)  # fmt: skip
    lines = [(figures.team + GAP if figures.team else "") + heading, ""]
    lines.append(translate("Cli", "By month:"))
    for month in figures.months:
        label = translate("Cli", "Month {month}").format(month=month.month)
        lines.append(label + GAP + counts(month))
    lines += ["", translate("Cli", "By team:")]
    for team in figures.teams:
        members = translate("Cli", "{n} members").format(n=team.members)
        lines.append(f"{team.team}（{members}）{GAP}{counts(team)}")
    if len(figures.teams) > 1:
        lines.append(
            translate(
                "Cli",
                "Someone in several teams counts in each, so the teams add up to more than "
                "the totals.",
            )
        )
    lines += ["", translate("Cli", "Top volunteers:")]
    for person in figures.top:
        serving = translate("Cli", "{hours} hours, {times} times, {served} 人次").format(
            hours=person.hours, times=person.times, served=person.served
        )
        teams = "、".join(person.teams) or "—"
        lines.append(GAP.join((f"{person.rank:>2}", person.name, teams, serving)))
    if not figures.top:
        lines.append(translate("Cli", "Nobody served in that year."))
    return lines
