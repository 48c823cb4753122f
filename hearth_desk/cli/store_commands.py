"""The store's own subcommands: ``init`` (the community's names), ``demo`` and ``check``."""

from __future__ import annotations

import argparse
import time

from hearth_desk.cli.base import (
    Subparsers,
    Translate,
    bounded_int,
    require_store_file,
    whole_number,
)
from hearth_desk.cli.output import Output
from hearth_desk.storage.location import StoreLocation


class InitCommand:
    name = "init"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "set the community's names (first start)")
        )
        parser.add_argument(
            "--community",
            required=True,
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "community name, e.g. 和平里社区"),
        )
        parser.add_argument(
            "--street",
            required=True,
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "street office name, e.g. 和平里街道"),
        )
        parser.add_argument(
            "--district",
            default="",
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "district, e.g. 北京市东城区"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.community import set_community
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            info = set_community(session, args.community, args.street, args.district)
        out.line(out.translate("Cli", "Community set: {heading}").format(heading=info.heading))
        return 0


class DemoCommand:
    name = "demo"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "fill the store with realistic demo data")
        )
        parser.add_argument(
            "--households",
            type=bounded_int(1, 200_000, translate),
            default=600,
            metavar="N",
            help=translate("Cli", "number of households (default 600)"),
        )
        parser.add_argument(
            "--seed",
            type=whole_number(translate),
            default=1,
            metavar="S",
            help=translate("Cli", "random seed; the same seed gives the same data"),
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=translate("Cli", "replace the data already in the store"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.demo.ledger import fill_demo
        from hearth_desk.services.population import population
        from hearth_desk.services.progress import Progress
        from hearth_desk.storage.store import open_store

        started = time.perf_counter()
        with open_store(location) as store, store.transaction() as session:
            summary = fill_demo(
                session,
                households=args.households,
                seed=args.seed,
                replace=args.replace,
                progress=Progress(out.progress),
            )
            people = population(session)
        # Residents are those living here, as on the home page (services/population.py).
        out.line(
            out.translate(
                "Cli",
                "Demo data for {community}: {compounds} compounds, {buildings} buildings, "
                "{units} units, {households} households, {residents} residents living there "
                "({records} resident records, including moved out and deceased) "
                "({seconds:.1f} s).",
            ).format(
                community=summary.community,
                compounds=summary.compounds,
                buildings=summary.buildings,
                units=summary.units,
                households=summary.households,
                residents=people.residents,
                records=summary.residents,
                seconds=time.perf_counter() - started,
            )
        )
        tree = summary.tree
        out.line(
            out.translate(
                "Cli",
                "The connected-heart tree: {teams} service teams, {members} members and "
                "volunteers, {partners} partner units.",
            ).format(teams=tree.teams, members=tree.members, partners=tree.partners)
        )
        events = summary.events
        out.line(
            out.translate(
                "Cli", "A past year of events: {events} events, {signups} sign-ups, {served} 人次."
            ).format(events=events.events, signups=events.signups, served=events.served)
        )
        service = summary.volunteering
        out.line(
            out.translate(
                "Cli",
                "A year of volunteer service: {people} people, {times} times, {hours} hours, "
                "{served} 人次 ({average} hours each).",
            ).format(
                people=service.people,
                times=service.times,
                hours=service.hours,
                served=service.served,
                average=service.average_hours,
            )
        )
        visits = summary.visits
        out.line(
            out.translate(
                "Cli",
                "A year of door-to-door visits: {staff} staff, {visits} visits to {households} "
                "households, {requests} requests ({open} still open), {meetings} joint meetings.",
            ).format(
                staff=visits.staff,
                visits=visits.visits,
                households=visits.households_visited,
                requests=visits.requests,
                open=visits.open_requests,
                meetings=visits.meetings,
            )
        )
        classes = summary.classes
        out.line(
            out.translate(
                "Cli",
                "The elderly university: {term}, {classes} classes, {sessions} sessions, "
                "{enrolments} enrolments ({waiting} waiting, {outsiders} from other "
                "communities), {attendance} 人次 so far.",
            ).format(
                term=classes.term,
                classes=classes.classes,
                sessions=classes.sessions,
                enrolments=classes.enrolments,
                waiting=classes.waiting,
                outsiders=classes.outsiders,
                attendance=classes.attendance,
            )
        )
        return 0


class CheckCommand:
    name = "check"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        subparsers.add_parser(
            self.name, help=translate("Cli", "check the store's health and print its row counts")
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.population import Population, population
        from hearth_desk.storage.health import check_store
        from hearth_desk.storage.store import open_store

        require_store_file(location)
        # No lock and no migration: check must work beside an open window and change nothing.
        people: Population | None = None
        with open_store(location, lock=False, upgrade=False) as store:
            report = check_store(store)
            if report.up_to_date:
                with store.session() as session:
                    people = population(session)
        out.line(out.translate("Cli", "Store: {location}").format(location=report.location))
        out.line(out.translate("Cli", "Data folder: {folder}").format(folder=location.data_dir))
        out.line(
            out.translate("Cli", "Schema revision: {revision} (program: {head})").format(
                revision=report.revision or out.translate("Cli", "empty"), head=report.head
            )
        )
        ok = out.translate("Cli", "ok")  # SQLite's own word for a sound file, in words
        if report.dialect == "sqlite":
            integrity = "; ".join(report.integrity)
            out.line(
                out.translate("Cli", "Integrity check: {result}").format(
                    result=ok if integrity == "ok" else integrity
                )
            )
            out.line(
                out.translate("Cli", "Foreign key check: {result}").format(
                    result="; ".join(report.foreign_key_problems) or ok
                )
            )
        else:
            out.line(
                out.translate("Cli", "Integrity and foreign keys: enforced by the database server")
            )
        from hearth_desk.services.backup.reader import count_parts

        # The same words as a backup's contents (住户 800 户), never a table's name; and
        # of the resident records, how many live here, as the home page counts them.
        for table, part in count_parts(report.row_counts, out.translate):
            out.line(f"  {part}")
            if table == "resident" and people is not None:
                out.line(
                    out.translate("Cli", "  of which residents living here: {living}").format(
                        living=people.residents
                    )
                )
        if report.healthy:
            out.line(out.translate("Cli", "The store is healthy."))
            return 0
        if not report.up_to_date:
            out.error(
                out.translate(
                    "Cli",
                    "The store's schema is not the program's; start Hearth Desk "
                    "once to upgrade it (a copy is kept).",
                )
            )
        else:
            out.error(out.translate("Cli", "The store is damaged; restore it from a backup."))
        return 1
