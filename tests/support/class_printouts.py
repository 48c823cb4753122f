"""A term of the elderly university with everything its printouts show: 13 classes
over the week (one on Saturday), closure days, a big class of many students across
many dates with attendance entered, outsiders, a waiting list, and one session moved
and one cancelled. Used by the tests and by bench/bench_class_printouts.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.models import Gender
from hearth_desk.services.classes.attendance import set_attendance
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import Outsider, enrol
from hearth_desk.services.classes.sessions import cancel_session, move_session
from hearth_desk.services.classes.terms import add_term
from hearth_desk.services.community import set_community
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.residents import ResidentInput

TERM = "2026年秋季学期"
FIRST = dt.date(2026, 9, 7)  # a Monday
NATIONAL_DAY = [FIRST + dt.timedelta(days=24 + n) for n in range(7)]  # 10-01 to 10-07
ENROLLED_AT = dt.datetime(2026, 8, 25, 8, 30)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳单曾"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
# name, slots, room, teacher, capacity
CLASSES = (
    ("舞蹈班", ("周一08:30-10:00", "周三08:30-10:00"), "一楼舞蹈室", "李红梅", 40),
    ("书法班", ("周一14:30-16:00",), "二楼书画室", "王建国", 30),
    ("声乐班", ("周二08:30-10:00",), "多功能厅", "赵丽华", 50),
    ("葫芦丝班", ("周二14:30-16:00",), "二楼活动室", "孙国强", 25),
    ("健身操班", ("周三14:30-16:00",), "一楼舞蹈室", "周敏", 40),
    ("太极拳班", ("周四08:30-10:00",), "社区广场", "吴德明", 60),
    ("国画班", ("周四14:30-16:00",), "二楼书画室", "郑秀云", 25),
    ("智能手机班", ("周五08:30-10:00",), "电脑室", "陈晓", 20),
    ("模特班", ("周五14:30-16:00",), "多功能厅", "林静", 30),
    ("合唱班", ("周一10:15-11:45",), "多功能厅", "赵丽华", 60),
    ("剪纸班", ("周二10:15-11:45",), "二楼活动室", "何美兰", 20),
    ("摄影班", ("周四19:00-20:30",), "电脑室", "马骏", 25),
    ("京剧班", ("周六09:00-10:30",), "多功能厅", "高永年", 30),
)


@dataclass(frozen=True)
class ClassTerm:
    term_id: int
    course_ids: dict[str, int]  # by name
    big_class: int  # the class with many students and dates
    moved_to: dt.date  # the big class's session moved here
    cancelled_on: dt.date  # the big class's session cancelled that day


def student_name(number: int) -> str:
    given = GIVEN[number * 7 % len(GIVEN)] + GIVEN[number % len(GIVEN)]
    return SURNAMES[number % len(SURNAMES)] + given


def class_term(session: Session, *, students: int = 40, dates: int = 20) -> ClassTerm:
    """The term at 和平里社区 with its 13 classes; the first (舞蹈班, twice a week) has
    ``students`` students (every tenth an outsider) and two more waiting, ``dates``
    sessions printed (an even number, ten or more so that the National Day week falls
    in the term) besides one cancelled, attendance entered for the first half of them,
    one session moved a day later."""
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    # Twice a week, two sessions lost to the closure, one more (a Monday) to cancel.
    last = FIRST + dt.timedelta(weeks=dates // 2 + 1)
    closed = [(day, "国庆") for day in NATIONAL_DAY if day <= last]
    term = add_term(session, TERM, FIRST, last, closed=closed)
    ids = {}
    for name, slots, room, teacher, capacity in CLASSES:
        course = add_course(session, term.id, NewCourse(name, [parse_slot(s) for s in slots],
                            room=room, teacher_name=teacher, capacity=capacity))  # fmt: skip
        ids[name] = course.id
    big = session.get(type(course), ids["舞蹈班"])
    assert big is not None
    big.capacity = big.enrolment.capacity = students
    unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    signups = []
    for number in range(students + 2):
        name, phone = student_name(number), f"139{number:08d}"
        now = ENROLLED_AT + dt.timedelta(minutes=number)
        if number % 10 == 9:
            outsider = Outsider(name, phone, "青年湖社区")
            signups.append(enrol(session, big.id, outsider=outsider, now=now).signup_id)
            continue
        typed = ResidentInput(name=name, phone=phone, gender=Gender.FEMALE)
        home = ledger.add_household(session, unit.id, f"{number + 1:04d}", typed)
        signups.append(enrol(session, big.id, resident_id=home.members[0].id, now=now).signup_id)
    sessions = list(big.sessions)
    moved = move_session(session, sessions[3].id, sessions[3].date + dt.timedelta(days=1), "停电")
    cancelled = cancel_session(session, sessions[-1].id, "老师外出")
    for index, lesson in enumerate(sessions[: len(sessions) // 2]):
        if lesson.cancelled:
            continue
        set_attendance(session, lesson.id, [s for n, s in enumerate(signups[:students])
                                            if (n + index) % 7])  # fmt: skip
    return ClassTerm(term.id, ids, big.id, moved.date, cancelled.date)
