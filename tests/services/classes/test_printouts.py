"""What the classes' printouts show: the term's slots for the week grid (the current
term unless one is chosen), a class's sessions as held (moved ones at their new day,
cancelled ones out) against its students with the attendance so far, and its roster
with full phones and the waiting list in order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Attendance
from hearth_desk.services.classes.printouts import (
    Closure,
    attendance_sheet_data,
    attendance_sheet_for,
    class_print_options,
    class_roster_data,
    class_roster_for,
    timetable_data,
    timetable_for,
)
from hearth_desk.services.classes.terms import add_term
from hearth_desk.services.ledger.printouts import LedgerChoice
from tests.support.class_printouts import CLASSES, FIRST, class_term, student_name


def test_the_timetable_lists_every_slot_of_the_term_by_day_and_time(session: Session) -> None:
    made = class_term(session, students=4, dates=6)
    data = timetable_data(session, made.term_id)
    assert (data.community, data.term, data.start) == ("和平里社区", "2026年秋季学期", FIRST)
    assert data.heading == "北京市东城区和平里街道和平里社区"
    assert len(data.entries) == sum(len(slots) for _name, slots, *_rest in CLASSES) == 14
    monday = [(e.start.isoformat("minutes"), e.name) for e in data.entries if e.weekday == 0]
    assert monday == [("08:30", "舞蹈班"), ("10:15", "合唱班"), ("14:30", "书法班")]
    assert {e.weekday for e in data.entries} == {0, 1, 2, 3, 4, 5}  # no Sunday class
    dance = next(e for e in data.entries if e.name == "舞蹈班")
    assert (dance.room, dance.teacher, dance.number) == ("一楼舞蹈室", "李红梅", made.big_class)
    assert data.closures[0] == Closure(dt.date(2026, 10, 1), "国庆")


def class_term_with_closures(session: Session) -> int:
    return add_term(
        session, "2027年春季学期", dt.date(2026, 12, 28), dt.date(2027, 1, 20),
        closed=[(dt.date(2027, 1, 1), "元旦")],
    ).id  # fmt: skip


def test_the_timetable_is_of_the_current_term_unless_one_is_chosen(session: Session) -> None:
    with pytest.raises(UserError, match="no term yet"):
        timetable_for(session, LedgerChoice())
    made = class_term(session, students=2, dates=4)
    spring = class_term_with_closures(session)
    # The autumn term has ended by now (it is 2026), the spring one starts later: the
    # current term is the next to start, then the latest that ended.
    current = timetable_for(session, LedgerChoice()).term
    assert current in {"2026年秋季学期", "2027年春季学期"}
    assert timetable_for(session, LedgerChoice(term_id=made.term_id)).term == "2026年秋季学期"
    assert timetable_for(session, LedgerChoice(term_id=spring)).entries == ()
    with pytest.raises(UserError, match="no longer exists"):
        timetable_for(session, LedgerChoice(term_id=spring + 99))


def test_the_attendance_sheet_has_the_sessions_as_held_and_the_ticks_so_far(
    session: Session,
) -> None:
    made = class_term(session, students=40, dates=20)
    data = attendance_sheet_data(session, made.big_class)
    days = [column.date for column in data.columns]
    assert len(days) == 20 and days == sorted(days)
    assert made.moved_to in days and made.moved_to - dt.timedelta(days=1) not in days
    assert made.cancelled_on not in days
    assert dt.date(2026, 10, 5) not in days  # a closure day
    assert len(data.rows) == 40  # the two waiting are not on the sheet
    assert [row.name for row in data.rows[:3]] == [student_name(n) for n in range(3)]
    assert data.rows[9].community == "青年湖社区" and data.rows[0].community is None
    ticked = sum(sum(row.present) for row in data.rows)
    assert ticked == session.query(Attendance).count() > 0
    assert not any(any(row.present[10:]) for row in data.rows)  # the second half is to come
    assert data.course.teacher == "李红梅" and data.course.slots[0].text() == "周一 08:30–10:00"


def test_the_roster_has_full_phones_then_the_waiting_list_in_order(session: Session) -> None:
    made = class_term(session, students=10, dates=4)
    data = class_roster_data(session, made.big_class)
    assert data.enrolled == 10 and len(data.rows) == 12
    assert [row.waiting_position for row in data.rows[-3:]] == [None, 1, 2]
    assert data.rows[0].phone == "13900000000"  # in full: the teacher calls
    assert data.rows[9].community == "青年湖社区"
    assert data.rows[0].enrolled_on == dt.date(2026, 8, 25)
    assert class_roster_for(session, LedgerChoice(course_id=made.big_class)) == data


def test_a_class_printout_needs_an_existing_class(session: Session) -> None:
    made = class_term(session, students=1, dates=2)
    with pytest.raises(UserError, match="Choose a class"):
        attendance_sheet_for(session, LedgerChoice())
    with pytest.raises(UserError, match="no class #"):
        class_roster_for(session, LedgerChoice(course_id=made.big_class + 100))


def test_the_dialog_offers_the_current_terms_classes_first(session: Session) -> None:
    made = class_term(session, students=1, dates=2)
    spring = class_term_with_closures(session)
    offered = class_print_options(session, today=FIRST)
    assert offered.current_term_id == made.term_id
    assert [name for _id, name in offered.terms] == ["2027年春季学期", "2026年秋季学期"]
    assert [option.name for option in offered.classes[:2]] == ["舞蹈班", "书法班"]
    assert len(offered.classes) == 13 and offered.classes[0].term == "2026年秋季学期"
    assert class_print_options(session, today=dt.date(2027, 1, 5)).current_term_id == spring
