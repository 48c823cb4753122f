"""A term's figures per class: sessions held (past, not cancelled), attendance 人次,
students and the waiting list, and their totals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.services.classes.attendance import session_on, set_attendance
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import enrol
from hearth_desk.services.classes.figures import term_figures
from hearth_desk.services.classes.sessions import cancel_session
from hearth_desk.services.classes.terms import add_term
from tests.support.factories import small_ledger

MONDAY = dt.date(2026, 9, 7)


def test_figures_of_a_term(session: Session) -> None:
    people = small_ledger(session)
    term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 10, 30))
    flute = add_course(session, term.id, NewCourse("葫芦丝班", [parse_slot("周一14:30-16:00")],
                                                   capacity=2))  # fmt: skip
    add_course(session, term.id, NewCourse("书法班", [parse_slot("周三09:00-11:00")]))
    signups = [
        enrol(session, flute.id, resident_id=people[key].members[0].id).signup_id
        for key in ("zhang", "shan", "zeng")
    ]
    set_attendance(session, session_on(session, flute.id, MONDAY).id, signups[:2])
    set_attendance(session, session_on(session, flute.id, MONDAY + dt.timedelta(7)).id,
                   signups[:1])  # fmt: skip
    cancel_session(session, session_on(session, flute.id, MONDAY + dt.timedelta(14)).id, "停电")
    figures = term_figures(session, term.id, today=MONDAY + dt.timedelta(days=22))
    first, second = figures.classes
    assert (first.name, first.held, first.attendance, first.students, first.waiting) == (
        "葫芦丝班", 3, 3, 2, 1,
    )  # fmt: skip
    assert first.left == 0 and second.left is None
    assert (second.held, second.attendance, second.students) == (3, 0, 0)
    assert (figures.held, figures.attendance, figures.students, figures.waiting) == (6, 3, 2, 1)
