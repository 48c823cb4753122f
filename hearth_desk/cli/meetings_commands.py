"""``hearth-desk meeting …``: joint meetings (联席会议) from the command line.

Meetings and requests are numbered and shown as ``#N``; every command takes ``N`` or
``#N``. A matter is named by its place on the meeting's agenda (``--matter 2``), as
``meeting show`` lists them. Holding a meeting carries the last meeting's open
matters over by itself, and says how many.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from hearth_desk.cli.base import Subparsers, Translate, iso_date, open_for_reading, whole_number
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation

MEETING_ACTIONS = ("add", "list", "show", "decide", "settle")


def shown_number(text: str) -> int:
    """``3``, ``#3`` or ``＃3`` (typed with a Chinese keyboard)."""
    digits = text.strip().lstrip("#＃")
    if not digits.isdigit():
        raise ValueError(text)
    return int(digits)


def number_type(message: str) -> Any:
    """An argparse type for ``N`` or ``#N``; ``message`` (translated, with ``{text}``)
    says what it should have been."""

    def parse(text: str) -> int:
        try:
            return shown_number(text)
        except ValueError:
            raise argparse.ArgumentTypeError(message.format(text=text)) from None

    return parse


def meeting_number_type(translate: Translate) -> Any:
    return number_type(translate("Cli", "{text} is not a meeting number such as #3"))


def attendee(text: str) -> tuple[str, str]:
    """居委会:张三 → (residents_committee, 张三): the party in the office's word."""
    from hearth_desk.domain.visit_words import MEETING_PARTY_CHINESE, code_for

    party, colon, name = text.replace("：", ":").partition(":")
    code = code_for(MEETING_PARTY_CHINESE, party)
    if not colon or code is None or not name.strip():
        raise argparse.ArgumentTypeError(text)
    return code, name.strip()


class MeetingCommand:
    name = "meeting"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        from hearth_desk.domain.visit_words import MEETING_PARTY_CHINESE

        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "joint meetings of the five parties and their matters")
        )
        actions = parser.add_subparsers(
            dest="action", metavar=translate("Cli", "ACTION"), required=True, prog=parser.prog
        )
        number = {"type": meeting_number_type(translate), "metavar": "N"}
        request = number_type(translate("Cli", "{text} is not a request number such as #12"))
        add = actions.add_parser("add", help=translate("Cli", "record a joint meeting"))
        add.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
        add.add_argument("--place", metavar=translate("Cli", "PLACE"))
        add.add_argument("--convenor", default="", metavar=translate("Cli", "NAME"))
        add.add_argument("--recorder", metavar=translate("Cli", "NAME"))
        add.add_argument(
            "--attendee",
            action="append",
            type=attendee,
            default=[],
            metavar=translate("Cli", "PARTY:NAME"),
            help=translate("Cli", "who came, e.g. 居委会:张三; the parties: {parties}").format(
                parties="、".join(MEETING_PARTY_CHINESE.values())
            ),
        )
        add.add_argument(
            "--matter",
            action="append",
            type=request,
            default=[],
            metavar="N",
            help=translate("Cli", "bring request #N to the table; may be repeated"),
        )
        add.add_argument(
            "--new-matter",
            action="append",
            default=[],
            metavar=translate("Cli", "TITLE"),
            help=translate("Cli", "a new matter that is not a request; may be repeated"),
        )
        actions.add_parser("list", help=translate("Cli", "every joint meeting, newest first"))
        show = actions.add_parser(
            "show", help=translate("Cli", "a meeting's parties, matters and decisions")
        )
        show.add_argument("meeting", **number)
        position = {
            "type": whole_number(translate),
            "required": True,
            "metavar": "K",
            "help": translate("Cli", "the matter's number on the agenda, as “meeting show” lists"),
        }
        decide = actions.add_parser(
            "decide", help=translate("Cli", "record a matter's decision, owner and due date")
        )
        decide.add_argument("meeting", **number)
        decide.add_argument("--matter", **position)
        decide.add_argument("--decision", required=True, metavar=translate("Cli", "TEXT"))
        decide.add_argument("--owner", metavar=translate("Cli", "NAME"))
        decide.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD")
        settle = actions.add_parser("settle", help=translate("Cli", "mark a matter settled"))
        settle.add_argument("meeting", **number)
        settle.add_argument("--matter", **position)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return int(getattr(self, f"_{args.action}")(args, location, out))

    def _add(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.meetings import NewMeeting, hold_meeting, meeting_detail
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            meeting = hold_meeting(
                session,
                NewMeeting(
                    args.date,
                    place=args.place,
                    convenor=args.convenor,
                    recorder=args.recorder,
                    attendees=args.attendee,
                    request_ids=args.matter,
                    new_matters=args.new_matter,
                ),
            )
            detail = meeting_detail(session, meeting.id)
        when = "，".join(part for part in (detail.date.isoformat(), detail.place) if part)
        out.line(
            out.translate("Cli", "Joint meeting #{number} added: {when}.").format(
                number=detail.id, when=when
            )
        )
        carried = [m.carried_from_meeting for m in detail.matters if m.carried_from_meeting]
        if carried:
            out.line(
                out.translate(
                    "Cli", "{count} matters not settled were carried over from meeting #{number}."
                ).format(count=len(carried), number=carried[0])
            )
        else:
            out.line(out.translate("Cli", "No matters were carried over."))
        out.line(
            out.translate("Cli", "Matters on the agenda: {count}.").format(
                count=len(detail.matters)
            )
        )
        return 0

    def _list(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.meetings import meeting_lines

        with open_for_reading(location) as store, store.session() as session:
            lines = meeting_lines(session)
        if not lines:
            out.line(out.translate("Cli", "No joint meetings yet."))
        for line in lines:
            parts = [
                f"#{line.id}",
                line.date.isoformat(),
                line.place,
                out.translate("Cli", "Convenor: {name}").format(name=line.convenor)
                if line.convenor
                else "",
                out.translate("Cli", "{count} matters, {open} not settled").format(
                    count=line.matters, open=line.open_matters
                ),
            ]
            out.line(GAP.join(part for part in parts if part))
        return 0

    def _show(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.meetings import meeting_detail

        with open_for_reading(location) as store, store.session() as session:
            detail = meeting_detail(session, args.meeting)
        for line in show_lines(detail, out.translate):
            out.line(line)
        return 0

    def _decide(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.meetings import decide_matter, matter_at
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            matter = matter_at(session, args.meeting, args.matter)
            decide_matter(
                session,
                matter.id,
                args.decision,
                matter.owner if args.owner is None else args.owner,
                matter.due_date if args.due is None else args.due,
            )
        out.line(
            out.translate("Cli", "Meeting #{number}, matter {position}: decision recorded.").format(
                number=args.meeting, position=args.matter
            )
        )
        return 0

    def _settle(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.meetings import matter_at, settle_matter
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            settle_matter(session, matter_at(session, args.meeting, args.matter).id)
        out.line(
            out.translate("Cli", "Meeting #{number}, matter {position}: settled.").format(
                number=args.meeting, position=args.matter
            )
        )
        return 0


def show_lines(detail: Any, translate: Translate) -> list[str]:
    """``meeting show``: the heading, who came for each party, then every matter."""
    from hearth_desk.domain.visit_words import MEETING_PARTY_WORDS, REQUEST_STATUS_WORDS

    lines = [GAP.join(p for p in (f"#{detail.id}", detail.date.isoformat(), detail.place) if p)]
    people = [
        translate("Cli", "Convenor: {name}").format(name=detail.convenor or "—"),
        translate("Cli", "Recorder: {name}").format(name=detail.recorder or "—"),
    ]
    lines.append(GAP.join(people))
    for party, names in detail.attendees.items():
        party_word = translate("Vocabulary", MEETING_PARTY_WORDS[party])
        lines.append(f"{party_word}：{'、'.join(names) or '—'}")
    if not detail.matters:
        lines.append(translate("Cli", "No matters on the agenda."))
    for matter in detail.matters:
        head = [f"{matter.position}. {matter.title}"]
        if matter.carried_from_meeting is not None:
            head.append(
                translate("Cli", "carried over from #{number}").format(
                    number=matter.carried_from_meeting
                )
            )
        if matter.request_id is not None:
            status = translate("Vocabulary", REQUEST_STATUS_WORDS[matter.request_status])
            head.append(
                translate("Cli", "request #{number} ({status})").format(
                    number=matter.request_id, status=status
                )
            )
        lines.append(GAP.join(head))
        due: dt.date | None = matter.due_date
        lines.append(
            "   "
            + GAP.join(
                (
                    translate("Cli", "Decision: {text}").format(text=matter.decision or "—"),
                    translate("Cli", "Owner: {name}").format(name=matter.owner or "—"),
                    translate("Cli", "Due: {date}").format(date=due.isoformat() if due else "—"),
                    translate("Cli", "Settled")
                    if matter.settled
                    else translate("Cli", "Not settled"),
                )
            )
        )
    return lines
