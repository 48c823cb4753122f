"""``hearth-desk event …``: events and sign-ups from the command line.

Events are numbered and shown as ``#12``; every command takes ``12`` or ``#12``. A
PERSON is a query that must name exactly one resident (a full ID number, an ID tail,
a name, pinyin or a phone tail); a call whose queries do not each name one person
changes nothing and names the candidates. Phones are masked, except the number of
someone who moved up from the waiting list: that one is printed to be called.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from hearth_desk.cli.base import (
    IntermixedParser,
    Subparsers,
    Translate,
    iso_date,
    open_for_reading,
    say_moved_up,
    signup_word,
    whole_number,
)
from hearth_desk.cli.output import GAP, Output
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.storage.location import StoreLocation

EVENT_ACTIONS = ("add", "list", "show", "signup", "cancel", "checkin", "serve", "helpers")


def event_number(text: str) -> int:
    """``12`` or ``#12`` (or ``＃12``, typed with a Chinese keyboard)."""
    digits = text.strip().lstrip("#＃")
    if not digits.isdigit():
        raise ValueError(text)
    return int(digits)


def event_number_type(translate: Translate) -> Any:
    def parse(text: str) -> int:
        try:
            return event_number(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text} is not an event number such as #12").format(text=text)
            ) from None

    return parse


def _time(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def _pair(text: str) -> tuple[str, str]:
    """单位:服务 or 姓名:电话, with a half- or full-width colon."""
    first, colon, second = text.replace("：", ":").partition(":")
    if not colon or not first.strip():
        raise argparse.ArgumentTypeError(text)
    return first.strip(), second.strip()


class EventCommand:
    name = "event"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        from hearth_desk.domain.vocabulary import EVENT_KIND_CHINESE

        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "events and sign-ups: add, list, show, sign up…")
        )
        actions = parser.add_subparsers(
            dest="action",
            metavar=translate("Cli", "ACTION"),
            required=True,
            parser_class=IntermixedParser,
            prog=parser.prog,  # argparse would rebuild it from a usage line in Chinese
        )
        number = {"type": event_number_type(translate), "metavar": "N"}
        add = actions.add_parser("add", help=translate("Cli", "add an event"))
        add.add_argument(
            "--title",
            required=True,
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "the event's title"),
        )
        add.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
        add.add_argument("--start", type=_time, metavar="HH:MM")
        add.add_argument("--end", type=_time, metavar="HH:MM")
        add.add_argument(
            "--place",
            default="",
            metavar=translate("Cli", "PLACE"),
            help=translate("Cli", "where it is held"),
        )
        add.add_argument("--kind", choices=list(EVENT_KIND_CHINESE), default="其他")
        add.add_argument(
            "--capacity",
            type=whole_number(translate),
            metavar="N",
            help=translate("Cli", "how many places; later sign-ups wait"),
        )
        add.add_argument(
            "--deadline",
            type=iso_date,
            metavar="YYYY-MM-DD",
            help=translate("Cli", "the last day to sign up"),
        )
        add.add_argument(
            "--team",
            metavar=translate("Cli", "TEAM"),
            help=translate("Cli", "the organising service team"),
        )
        add.add_argument(
            "--stall",
            action="append",
            type=_pair,
            default=[],
            metavar=translate("Cli", "UNIT:SERVICE"),
        )
        listing = actions.add_parser("list", help=translate("Cli", "list events by date"))
        listing.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
        listing.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
        show = actions.add_parser("show", help=translate("Cli", "an event's sign-ups and totals"))
        show.add_argument("event", **number)
        people = translate("Cli", "PERSON")
        walk_in = translate("Cli", "NAME:PHONE")
        signup = actions.add_parser("signup", help=translate("Cli", "sign people up"))
        _event_and_people(signup, people, number["type"])
        signup.add_argument("--walk-in", action="append", type=_pair, default=[], metavar=walk_in)
        signup.add_argument(
            "--late", action="store_true", help=translate("Cli", "sign up after the deadline")
        )
        cancel = actions.add_parser("cancel", help=translate("Cli", "cancel a sign-up"))
        cancel.add_argument("event", **number)
        cancel.add_argument("person", metavar=people)
        checkin = actions.add_parser("checkin", help=translate("Cli", "check people in"))
        _event_and_people(checkin, people, number["type"])
        checkin.add_argument("--walk-in", action="append", type=_pair, default=[], metavar=walk_in)
        checkin.add_argument(
            "--on-site",
            action="store_true",
            help=translate("Cli", "let people in when the event is full (现场)"),
        )
        serve = actions.add_parser("serve", help=translate("Cli", "count services at a stall"))
        _event_and_people(serve, people, number["type"])
        serve.add_argument(
            "--stall",
            required=True,
            metavar=translate("Cli", "SERVICE"),
            help=translate("Cli", "the stall's service"),
        )
        serve.add_argument(
            "--count",
            type=whole_number(translate),
            metavar="K",
            help=translate("Cli", "how many were served (without naming them)"),
        )
        helpers = actions.add_parser(
            "helpers", help=translate("Cli", "record the tree's members who helped, with hours")
        )
        helpers.add_argument("event", **number)
        helpers.add_argument("members", nargs="+", metavar=translate("Cli", "MEMBER"))
        helpers.add_argument(
            "--hours",
            metavar="H",
            help=translate(
                "Cli", "their own hours, such as 1.5 (default: the event's start to end)"
            ),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        action = getattr(self, f"_{args.action}")
        return int(action(args, location, out))

    # --- the actions --------------------------------------------------------------

    def _add(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.models import EventKind
        from hearth_desk.domain.vocabulary import EVENT_KIND_CHINESE
        from hearth_desk.services.events.events import EventInput, StallInput, add_event
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            data = EventInput(
                args.title,
                args.date,
                kind=EventKind(EVENT_KIND_CHINESE[args.kind]),
                start_time=args.start,
                end_time=args.end,
                place=args.place,
                team_id=_team_id(session, args.team),
                capacity=args.capacity,
                signup_deadline=args.deadline,
                stalls=[StallInput(unit, service) for unit, service in args.stall],
            )
            event = add_event(session, data)
            out.line(
                out.translate("Cli", "Event #{number} added: {title}, {when}.").format(
                    number=event.id, title=event.title, when=_when(event.date, args.start, args.end)
                )
            )
        return 0

    def _list(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.vocabulary import Words
        from hearth_desk.services.events.listing import event_lines

        words = Words(out.translate)
        with open_for_reading(location) as store, store.session() as session:
            lines = event_lines(session, args.start, args.end)
        if not lines:
            out.line(out.translate("Cli", "No events in that time."))
        for line in lines:
            places = str(line.signed_up) + (f"/{line.capacity}" if line.capacity else "")
            parts = [
                f"#{line.id}",
                _when(line.date, line.start_time, None),
                line.title,
                words.event_kind(line.kind),
                line.place,
                out.translate("Cli", "signed up {places}").format(places=places),
                out.translate("Cli", "waiting {n}").format(n=line.waiting) if line.waiting else "",
                words.event_status(line.status),
            ]
            out.line(GAP.join(part for part in parts if part))
        return 0

    def _show(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.events import existing_event
        from hearth_desk.services.events.listing import signup_lines
        from hearth_desk.services.events.tallies import event_totals

        with open_for_reading(location) as store, store.session() as session:
            event = existing_event(session, args.event)
            when = _when(event.date, event.start_time, event.end_time)
            title = GAP.join((f"#{event.id}", event.title, when))
            lines = signup_lines(session, event.id)
            totals = event_totals(session, event.id)
        out.line(title)
        for line in lines:
            out.line(
                GAP.join(
                    part
                    for part in (
                        str(line.position),
                        line.name,
                        line.phone_masked,
                        signup_word(out, line.status, line.waiting_position, line.on_site),
                    )
                    if part
                )
            )
        out.line(
            GAP.join(
                (
                    out.translate("Cli", "Signed up: {n}").format(n=totals.signed_up),
                    out.translate("Cli", "Waiting: {n}").format(n=totals.waiting),
                    out.translate("Cli", "Checked in: {n}").format(n=totals.checked_in),
                )
            )
        )
        for stall in totals.stalls:
            served = out.translate("Cli", "times served: {n}").format(n=stall.served)
            out.line(f"{stall.service}（{stall.unit}）{GAP}{served}")
        out.line(out.translate("Cli", "Times served: {n}").format(n=totals.served))
        return 0

    def _signup(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.signups import WalkIn, sign_up
        from hearth_desk.storage.store import open_store

        _need_someone(args)
        with open_store(location) as store, store.transaction() as session:
            chosen = _residents(session, args.people)  # all found, or nobody signed up
            outcomes = [
                sign_up(session, args.event, resident_id=rid, late=args.late) for rid in chosen
            ]
            outcomes += [
                sign_up(session, args.event, walk_in=WalkIn(name, phone), late=args.late)
                for name, phone in args.walk_in
            ]
        for outcome in outcomes:
            word = signup_word(out, outcome.status, outcome.waiting_position, False)
            out.line(f"{outcome.name}：{word}")
        return 0

    def _cancel(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.signups import cancel
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            signup_id, name = _signup_of(session, args.event, args.person)
            moved = cancel(session, args.event, signup_id)
        out.line(out.translate("Cli", "Cancelled: {name}.").format(name=name))
        say_moved_up(out, moved)
        return 0

    def _checkin(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.signin_codes import looks_like_code
        from hearth_desk.services.events.signups import (
            EventFull,
            WalkIn,
            check_in,
            check_in_by_code,
        )
        from hearth_desk.storage.store import open_store

        _need_someone(args)
        # A sign-in sheet's row code stands for its person, as at the door's scanner.
        codes = [text for text in args.people if looks_like_code(text)]
        queries = [text for text in args.people if not looks_like_code(text)]
        try:
            with open_store(location) as store, store.transaction() as session:
                chosen = _residents(session, queries)
                outcomes = [
                    check_in_by_code(session, args.event, code, on_site=args.on_site)
                    for code in codes
                ]
                outcomes += [
                    check_in(session, args.event, resident_id=rid, on_site=args.on_site)
                    for rid in chosen
                ]
                outcomes += [
                    check_in(session, args.event, walk_in=WalkIn(name, phone), on_site=args.on_site)
                    for name, phone in args.walk_in
                ]
        except EventFull as full:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{problem} Add --on-site to let them in."),
                problem=full,
            ) from None
        for outcome in outcomes:
            out.line(out.translate("Cli", "Checked in: {name}.").format(name=outcome.name))
        return 0

    def _serve(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.events import existing_event
        from hearth_desk.services.events.tallies import serve
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            event = existing_event(session, args.event)
            stall = _stall(event, args.stall)
            chosen = tuple(_residents(session, args.people))
            served = serve(session, stall.id, count=args.count or 1, resident_ids=chosen)
        line = out.translate("Cli", "times served: {n}").format(n=served)
        out.line(f"{stall.service}（{stall.unit_name}）{GAP}{line}")
        return 0

    def _helpers(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.events.events import existing_event
        from hearth_desk.services.events.helpers import add_helper, helper_lines, set_helper_hours
        from hearth_desk.services.events.hours import checked_hours
        from hearth_desk.services.events.people import one_member
        from hearth_desk.storage.store import open_store

        hours = None if args.hours is None else checked_hours(args.hours)
        with open_store(location) as store, store.transaction() as session:
            event = existing_event(session, args.event)
            has_span = event.start_time is not None and event.end_time is not None
            chosen = {one_member(session, query).member_id: None for query in args.members}
            added = {m: add_helper(session, event.id, m, hours) for m in chosen}
            for member_id, new in added.items():
                if not new and hours is not None:
                    set_helper_hours(session, event.id, member_id, hours)
            lines = {line.member_id: line for line in helper_lines(session, event.id)}
        for member_id, new in added.items():
            line = lines[member_id]
            if new:
                text = out.translate("Cli", "{name}: {hours} hours")
            elif hours is not None:
                text = out.translate("Cli", "{name}: hours changed to {hours}")
            else:
                text = out.translate(
                    "Cli", "{name} is a helper at #{number} already ({hours} hours)."
                )
            out.line(text.format(name=line.name, hours=line.hours, number=event.id))
        if hours is None and not has_span:
            out.line(
                out.translate(
                    "Cli", "#{number} has no start and end time: give --hours to count hours."
                ).format(number=event.id)
            )
        return 0


# --- shared steps -----------------------------------------------------------------------


def _event_and_people(parser: argparse.ArgumentParser, people: str, number: Any) -> None:
    parser.add_argument("event", type=number, metavar="N")
    parser.add_argument("people", nargs="*", metavar=people)


def _when(date: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    from hearth_desk.services.events.listing import time_span

    return " ".join(part for part in (date.isoformat(), time_span(start, end)) if part)


def _need_someone(args: argparse.Namespace) -> None:
    if not args.people and not args.walk_in:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Name at least one person."))


def _residents(session: Any, queries: list[str]) -> list[int]:
    """Every query's one resident, or a UserError naming the first that is not one."""
    from hearth_desk.services.events.people import one_resident

    return [one_resident(session, query).resident_id for query in queries]


def _signup_of(session: Any, event_id: int, query: str) -> tuple[int, str]:
    """The sign-up a query means: a resident's, or a walk-in's by name."""
    from hearth_desk.services.events.events import signups_of
    from hearth_desk.services.events.people import one_resident

    signups = signups_of(session, event_id)
    walk_ins = [s for s in signups if s.resident_id is None and s.walk_in_name == query.strip()]
    if len(walk_ins) == 1:
        return walk_ins[0].id, walk_ins[0].walk_in_name or ""
    hit = one_resident(session, query)
    for signup in signups:
        if signup.resident_id == hit.resident_id:
            return signup.id, hit.name
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "{name} has not signed up for #{number}."),
        name=hit.name,
        number=event_id,
    )


def _team_id(session: Any, name: str | None) -> int | None:
    if not name:
        return None
    from hearth_desk.services.tree.printouts import team_named

    return int(team_named(session, name).id)


def _stall(event: Any, wanted: str) -> Any:
    for stall in event.stalls:
        if wanted.strip() in (stall.service, stall.unit_name):
            return stall
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "#{number} has no stall for {service}; it has {stalls}."),
        number=event.id,
        service=wanted,
        stalls="、".join(stall.service for stall in event.stalls) or "—",
    )


class EventsExport:
    """``export events OUT.xlsx [--year Y]``: one row per event with its counts."""

    kind = "events"

    def add_options(self, parser: argparse.ArgumentParser, translate: Translate) -> None:
        parser.add_argument(
            "--year",
            type=whole_number(translate),
            metavar="Y",
            help=translate("Cli", "events only: the events of this year"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from pathlib import Path

        from hearth_desk.services.events.export import export_events

        if args.full_id or getattr(args, "team", None):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "--full-id and --team do not apply to events.")
            )
        with open_for_reading(location) as store, store.session() as session:
            count = export_events(session, Path(args.out), year=args.year)
        out.line(
            out.translate("Cli", "Exported {count} events to {path}.").format(
                count=count, path=args.out
            )
        )
        return 0
