"""The enrolment desk's view of one person: the classes of the term they are in, with
their place on a waiting list, and nothing of another term or a dropped class."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.errors import UserError
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.desk import Place, places, term_name
from hearth_desk.services.classes.enrolment import drop, enrol
from hearth_desk.services.classes.terms import add_term
from tests.support.factories import small_ledger

MONDAY = dt.date(2026, 9, 7)


def test_a_residents_classes_of_the_term_with_their_waiting_position(session: Session) -> None:
    people = small_ledger(session)
    zhang, shan, zeng = (people[key].members[0].id for key in ("zhang", "shan", "zeng"))
    term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 12, 28))
    other = add_term(session, "2027年春季学期", dt.date(2027, 3, 1), dt.date(2027, 6, 28))
    dance = add_course(session, term.id, NewCourse("舞蹈班", [parse_slot("周二09:00-10:30")],
                                                   capacity=1))  # fmt: skip
    flute = add_course(session, term.id, NewCourse("葫芦丝班", [parse_slot("周一14:30-16:00")],
                                                   capacity=1))  # fmt: skip
    later = add_course(session, other.id, NewCourse("书法班", [parse_slot("周三09:00-10:30")]))
    for course in (dance, flute):
        enrol(session, course.id, resident_id=shan)
    enrol(session, flute.id, resident_id=zeng)  # waiting, number 1
    enrol(session, flute.id, resident_id=zhang)  # waiting, number 2
    enrol(session, dance.id, resident_id=zhang)  # waiting, number 1
    enrol(session, later.id, resident_id=zhang)  # another term

    assert places(session, term.id, zhang) == [
        Place(dance.id, "舞蹈班", "waiting", 1),
        Place(flute.id, "葫芦丝班", "waiting", 2),
    ]
    assert places(session, term.id, shan) == [
        Place(dance.id, "舞蹈班", "signed_up", None),
        Place(flute.id, "葫芦丝班", "signed_up", None),
    ]
    flute_of_shan = next(s for s in session.get_one(type(flute), flute.id).enrolment.signups
                         if s.resident_id == shan)  # fmt: skip
    drop(session, flute.id, flute_of_shan.id)  # 曾国藩 moves up, 张三 is first now
    assert places(session, term.id, zhang)[1] == Place(flute.id, "葫芦丝班", "waiting", 1)
    assert [p.course_id for p in places(session, term.id, shan)] == [dance.id]
    assert places(session, other.id, shan) == []
    assert term_name(session, term.id) == "2026年秋季学期"
    with pytest.raises(UserError, match="no longer exists"):
        term_name(session, other.id + 100)
