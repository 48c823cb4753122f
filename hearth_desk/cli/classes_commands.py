"""``hearth-desk term …`` and ``hearth-desk class …``: the elderly university (老年大学).

Classes are numbered and shown as ``#3``; every class command takes ``3``, ``#3`` or the
class's name. A PERSON is a query naming exactly one resident, as ``event signup``
reads it (services/events/people.py); outsiders from other communities come with
``--outsider 姓名:电话:社区``. A call whose queries do not each name one person changes
nothing. Phones are masked, except the number of someone who moved up from the waiting
list: that one is printed to be called.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
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

TERM_ACTIONS = ("add",)
CLASS_ACTIONS = ("add", "list", "show", "enrol", "drop", "sessions", "attend")


def _outsider(text: str) -> tuple[str, str, str]:
    """姓名:电话:社区 (the phone and community may be left out), either colon."""
    parts = [part.strip() for part in text.replace("：", ":").split(":")]
    if not parts[0] or len(parts) > 3:
        raise argparse.ArgumentTypeError(text)
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _slot(text: str) -> Any:
    from hearth_desk.domain.class_slots import parse_slot

    return parse_slot(text)  # a UserError, which main prints as one line


class TermCommand:
    name = "term"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "terms of the elderly university")
        )
        actions = parser.add_subparsers(
            dest="action", metavar=translate("Cli", "ACTION"), required=True, prog=parser.prog
        )
        add = actions.add_parser("add", help=translate("Cli", "add a term with its closure days"))
        add.add_argument("--name", required=True, metavar=translate("Cli", "NAME"))
        add.add_argument("--from", dest="start", required=True, type=iso_date,
                         metavar="YYYY-MM-DD")  # fmt: skip
        add.add_argument("--to", dest="end", required=True, type=iso_date, metavar="YYYY-MM-DD")
        add.add_argument(
            "--closed",
            action="append",
            type=iso_date,
            default=[],
            metavar="YYYY-MM-DD",
            help=translate("Cli", "a day without classes (may be given several times)"),
        )
        add.add_argument(
            "--closed-from",
            type=Path,
            metavar=translate("Cli", "FILE.xlsx"),
            help=translate("Cli", "closure days from a sheet with the columns 日期 and 原因"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.closures_sheet import read_closures
        from hearth_desk.services.classes.terms import add_term
        from hearth_desk.storage.store import open_store

        closed: list[tuple[dt.date, str | None]] = [(day, None) for day in args.closed]
        if args.closed_from is not None:
            closed += read_closures(args.closed_from)  # read whole before the store opens
        with open_store(location) as store, store.transaction() as session:
            term = add_term(session, args.name, args.start, args.end, closed)
            line = out.translate(
                "Cli", "Term added: {name} ({start} to {end}, {days} days without classes)."
            ).format(
                name=term.name,
                start=term.start_date.isoformat(),
                end=term.end_date.isoformat(),
                days=len(term.closures),
            )
        out.line(line)
        return 0


class ClassCommand:
    name = "class"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate("Cli", "classes of the elderly university: add, enrol, attendance…"),
        )
        actions = parser.add_subparsers(
            dest="action",
            metavar=translate("Cli", "ACTION"),
            required=True,
            parser_class=IntermixedParser,
            prog=parser.prog,
        )
        course = {"metavar": translate("Cli", "CLASS")}
        people = translate("Cli", "PERSON")
        add = actions.add_parser("add", help=translate("Cli", "add a class and its sessions"))
        add.add_argument("--term", required=True, metavar=translate("Cli", "TERM"))
        add.add_argument("--name", required=True, metavar=translate("Cli", "NAME"))
        add.add_argument(
            "--slot",
            action="append",
            required=True,
            metavar=translate("Cli", "WEEKDAY_TIME"),
            help=translate("Cli", "a weekly time such as 周一14:30-16:00 (may be given again)"),
        )
        add.add_argument("--room", default="", metavar=translate("Cli", "PLACE"))
        add.add_argument(
            "--teacher",
            default="",
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "a member of the tree by name, or an outside teacher"),
        )
        add.add_argument("--capacity", type=whole_number(translate), metavar="K")
        add.add_argument("--notes", default="", metavar=translate("Cli", "TEXT"))
        listing = actions.add_parser("list", help=translate("Cli", "the classes of a term"))
        listing.add_argument("--term", metavar=translate("Cli", "TERM"))
        show = actions.add_parser(
            "show", help=translate("Cli", "a class's students, waiting list and figures")
        )
        show.add_argument("course", **course)
        enrol = actions.add_parser("enrol", help=translate("Cli", "enrol people in a class"))
        enrol.add_argument("course", **course)
        enrol.add_argument("people", nargs="*", metavar=people)
        enrol.add_argument(
            "--outsider",
            action="append",
            type=_outsider,
            default=[],
            metavar=translate("Cli", "NAME:PHONE:COMMUNITY"),
        )
        drop = actions.add_parser("drop", help=translate("Cli", "take someone off a class"))
        drop.add_argument("course", **course)
        drop.add_argument("person", metavar=people)
        sessions = actions.add_parser("sessions", help=translate("Cli", "a class's sessions"))
        sessions.add_argument("course", **course)
        attend = actions.add_parser("attend", help=translate("Cli", "tick who came to a session"))
        attend.add_argument("course", **course)
        attend.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
        attend.add_argument("people", nargs="+", metavar=people)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        action = getattr(self, f"_{args.action}")
        return int(action(args, location, out))

    # --- the actions --------------------------------------------------------------

    def _add(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.courses import NewCourse, add_course
        from hearth_desk.services.classes.people import teacher_for
        from hearth_desk.services.classes.terms import term_named
        from hearth_desk.storage.store import open_store

        slots = [_slot(text) for text in args.slot]
        with open_store(location) as store, store.transaction() as session:
            term = term_named(session, args.term)
            member_id, teacher = (
                teacher_for(session, args.teacher) if args.teacher.strip() else (None, "")
            )
            course = add_course(
                session,
                term.id,
                NewCourse(args.name, slots, room=args.room, teacher_member_id=member_id,
                          teacher_name=teacher, capacity=args.capacity, notes=args.notes),
            )  # fmt: skip
            dates = [lesson.date for lesson in course.sessions]
            first = out.translate("Cli", "Class #{number} added: {name} ({details}).").format(
                number=course.id, name=course.name, details=_details(out, course)
            )
        out.line(first)
        if dates:
            out.line(
                out.translate("Cli", "{count} sessions from {first} to {last}.").format(
                    count=len(dates), first=min(dates).isoformat(), last=max(dates).isoformat()
                )
            )
        else:
            out.line(out.translate("Cli", "No sessions: no slot falls between the term's days."))
        return 0

    def _list(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.enrolment import seats
        from hearth_desk.services.classes.terms import current_term, term_named

        with open_for_reading(location) as store, store.session() as session:
            term = term_named(session, args.term) if args.term else current_term(session)
            if term is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "There are no terms yet."))
            out.line(term.name)
            places = {row.course_id: row for row in seats(session, term.id)}
            for course in term.courses:
                row = places[course.id]
                taken = str(row.enrolled) + (f"/{row.capacity}" if row.capacity else "")
                parts = [
                    f"#{course.id}",
                    course.name,
                    _slots_text(course),
                    course.room or "",
                    course.teacher_name or "",
                    out.translate("Cli", "signed up {places}").format(places=taken),
                    out.translate("Cli", "waiting {n}").format(n=row.waiting)
                    if row.waiting
                    else "",
                ]
                out.line(GAP.join(part for part in parts if part))
            if not term.courses:
                out.line(out.translate("Cli", "No classes in this term yet."))
        return 0

    def _show(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.masking import mask_phone
        from hearth_desk.services.classes.courses import course_ref
        from hearth_desk.services.classes.enrolment import students
        from hearth_desk.services.classes.figures import term_figures

        with open_for_reading(location) as store, store.session() as session:
            course = course_ref(session, args.course)
            head = [f"#{course.id}", course.name, course.term.name, _slots_text(course),
                    course.room or "", course.teacher_name or ""]  # fmt: skip
            out.line(GAP.join(part for part in head if part))
            if course.notes:
                out.line(course.notes)
            seated = 0
            for student in students(session, course.id):
                if student.waiting_position is None:
                    seated += 1
                    place = str(seated)
                else:
                    place = out.translate("Cli", "waiting, number {k}").format(
                        k=student.waiting_position
                    )
                parts = [place, student.name, mask_phone(student.phone), student.community or ""]
                out.line(GAP.join(part for part in parts if part))
            figures = next(
                row
                for row in term_figures(session, course.term_id).classes
                if row.course_id == course.id
            )
        left = (
            out.translate("Cli", "seats left: {n}").format(n=figures.left)
            if figures.left is not None
            else out.translate("Cli", "no limit on places")
        )
        out.line(
            GAP.join(
                (
                    out.translate("Cli", "Signed up: {n}").format(n=figures.students),
                    out.translate("Cli", "Waiting: {n}").format(n=figures.waiting),
                    left,
                )
            )
        )
        out.line(
            out.translate("Cli", "Sessions held: {held}; attendance: {times} 人次.").format(
                held=figures.held, times=figures.attendance
            )
        )
        return 0

    def _enrol(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.courses import course_ref
        from hearth_desk.services.classes.enrolment import Outsider, enrol
        from hearth_desk.services.events.people import one_resident
        from hearth_desk.storage.store import open_store

        if not args.people and not args.outsider:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Name at least one person."))
        with open_store(location) as store, store.transaction() as session:
            course = course_ref(session, args.course)
            chosen = [one_resident(session, query).resident_id for query in args.people]
            outcomes = [enrol(session, course.id, resident_id=rid) for rid in chosen]
            outcomes += [
                enrol(session, course.id, outsider=Outsider(name, phone, community))
                for name, phone, community in args.outsider
            ]
        for outcome in outcomes:
            out.line(
                f"{outcome.name}：{signup_word(out, outcome.status, outcome.waiting_position)}"
            )
        return 0

    def _drop(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.courses import course_ref
        from hearth_desk.services.classes.enrolment import drop
        from hearth_desk.services.classes.people import student_of
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            course = course_ref(session, args.course)
            student = student_of(session, course.id, args.person)
            moved = drop(session, course.id, student.signup_id)
        out.line(out.translate("Cli", "Cancelled: {name}.").format(name=student.name))
        say_moved_up(out, moved)
        return 0

    def _sessions(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.class_slots import WEEKDAY_NAMES
        from hearth_desk.services.classes.courses import course_ref

        with open_for_reading(location) as store, store.session() as session:
            course = course_ref(session, args.course)
            out.line(f"#{course.id}{GAP}{course.name}")
            for lesson in course.sessions:
                parts = [
                    lesson.date.isoformat(),
                    WEEKDAY_NAMES[lesson.date.weekday()],
                    f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}",
                ]
                if lesson.cancelled:
                    parts.append(
                        out.translate("Cli", "cancelled ({reason})").format(reason=lesson.reason)
                    )
                elif lesson.moved_from is not None:
                    parts.append(
                        out.translate("Cli", "moved here from {date} ({reason})").format(
                            date=lesson.moved_from.isoformat(), reason=lesson.reason
                        )
                    )
                out.line(GAP.join(parts))
            if not course.sessions:
                out.line(
                    out.translate("Cli", "No sessions: no slot falls between the term's days.")
                )
        return 0

    def _attend(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.classes.attendance import (
            attendance_of,
            session_on,
            set_attendance,
        )
        from hearth_desk.services.classes.courses import course_ref
        from hearth_desk.services.classes.people import student_of
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            course = course_ref(session, args.course)
            lesson = session_on(session, course.id, args.date)
            named = [student_of(session, course.id, query) for query in args.people]
            for student in named:
                if student.waiting_position is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "{name} is on the waiting list of class #{number}, not in it.",
                        ),
                        name=student.name,
                        number=course.id,
                    )
            had = attendance_of(session, course.id).get(lesson.id, set())
            present = had | {student.signup_id for student in named}
            set_attendance(session, lesson.id, present)
            day = lesson.date.isoformat()
        out.line(
            out.translate("Cli", "Present on {date}: {names} ({total} in all).").format(
                date=day, names="、".join(s.name for s in named), total=len(present)
            )
        )
        return 0


def _slots_text(course: Any) -> str:
    from hearth_desk.services.classes.courses import slots_of

    return "，".join(slot.text() for slot in slots_of(course))


def _details(out: Output, course: Any) -> str:
    places = (
        out.translate("Cli", "{n} places").format(n=course.capacity)
        if course.capacity is not None
        else out.translate("Cli", "no limit on places")
    )
    return "，".join((_slots_text(course), places))
