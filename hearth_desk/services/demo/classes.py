"""The elderly university (老年大学) of the demo community: the term running today
(an autumn term from early September to mid January, or a spring term from March to
early July), thirteen classes with rooms, teachers (some from the demo tree, most from
outside), capacities of 20 to 40, weekly slots and their sessions, about a thousand
enrolments, and attendance for the sessions already held.

Fast on purpose (``fill_demo`` runs in many tests): everything is written in bulk
inserts with ids handed out here. The enrolments are written as ``Signup`` rows
directly, in exactly the shape ``services.events.signups`` leaves them after people
sign up one after another: ``queued_at`` increases in the order people came; the
first ``capacity`` of a class hold seats 1..capacity (unique per class, status
signed_up); the rest wait (status waiting, no seat), ordered by ``queued_at``. The
students are mostly living residents of 60 and over (a person may join several
classes) and some outsiders from neighbouring communities. The same seed and the same
``today`` write the same university.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import Slot, parse_slot, term_days
from hearth_desk.domain.models import (
    Attendance,
    Course,
    CourseSession,
    CourseSlot,
    Event,
    EventKind,
    EventStatus,
    Gender,
    Member,
    Resident,
    ResidentStatus,
    Signup,
    SignupStatus,
    Term,
    TermClosure,
)
from hearth_desk.services.demo.people import REFERENCE_DATE, PeopleMaker

ACTOR = "演示数据"
CLASS_TABLES = ("class_term", "course", "course_slot", "course_session")
NEIGHBOURS = ("青年湖社区", "地坛社区", "安贞里社区", "和平里东社区")
PRESENT = 0.85  # of the students, at a session already held
OUTSIDERS = 0.1  # of a class's takers


@dataclass(frozen=True)
class DemoClass:
    name: str
    room: str
    slots: tuple[str, ...]
    capacity: int
    takers: int  # how many come to enrol (more than the capacity: a waiting list)
    teacher: str | None  # an outside teacher; None: a member of the demo tree
    notes: str | None = None


CLASSES = (
    DemoClass("舞蹈班", "三楼舞蹈室", ("周二09:00-10:30",), 40, 140, "周丽萍"),
    DemoClass("书法班", "二楼书画室", ("周三09:00-11:00",), 30, 85, None, "自备笔墨"),
    DemoClass("合唱班", "一楼多功能厅", ("周四14:30-16:00",), 40, 130, None),
    DemoClass("葫芦丝班", "一楼活动室", ("周一14:30-16:00",), 25, 60, "马建国", "自带葫芦丝"),
    DemoClass("太极拳班", "社区广场", ("周二07:30-08:30", "周五07:30-08:30"), 40, 95, None),
    DemoClass("国画班", "二楼书画室", ("周五09:00-11:00",), 25, 70, "孙墨林", "自备笔墨纸砚"),
    DemoClass("智能手机班", "二楼电脑室", ("周三14:30-16:00",), 30, 120, None, "自带智能手机"),
    DemoClass("健身操班", "三楼舞蹈室", ("周四09:00-10:00",), 35, 70, "杨慧"),
    DemoClass("摄影班", "一楼多功能厅", ("周一09:00-11:00",), 25, 45, "郑光明"),
    DemoClass("京剧班", "一楼活动室", ("周三09:00-10:30",), 20, 16, "梅秋云"),
    DemoClass("模特班", "三楼舞蹈室", ("周五14:30-16:00",), 25, 50, "林雅琴"),
    DemoClass("剪纸班", "二楼手工室", ("周二14:30-16:00",), 20, 40, None),
    DemoClass("英语口语班", "四楼会议室", ("周四09:30-11:00",), 25, 18, "高文博"),
)
# (month, day, reason): days without classes when they fall inside the term.
HOLIDAYS = (
    *((10, day, "国庆节") for day in range(1, 8)),
    (1, 1, "元旦"),
    (4, 5, "清明节"),
    *((5, day, "劳动节") for day in range(1, 6)),
)


@dataclass(frozen=True)
class ClassesDemoSummary:
    term: str
    classes: int
    sessions: int
    enrolments: int  # sign-ups, waiting ones included
    waiting: int
    outsiders: int
    attendance: int  # 人次 so far


def demo_term(today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The latest term to have started by ``today``: (name, first day, last day).
    Terms start on the first Monday of September or March and run 19 weeks."""
    starts = []
    for year in (today.year - 1, today.year):
        for month, season in ((3, "春季"), (9, "秋季")):
            first = dt.date(year, month, 1)
            monday = first + dt.timedelta(days=-first.weekday() % 7)
            starts.append((monday, f"{year}年{season}学期"))
    start, name = max(item for item in starts if item[0] <= today)
    return name, start, start + dt.timedelta(weeks=18, days=4)


def fill_classes_demo(
    session: Session, *, seed: int = 1, today: dt.date | None = None
) -> ClassesDemoSummary:
    rng = random.Random(seed + 41)
    today = today or dt.date.today()
    name, start, end = demo_term(today)
    term_id = _next_id(session, Term)
    closures = _closures(start, end)
    term = {"id": term_id, "name": name, "start_date": start, "end_date": end}
    session.execute(insert(Term.__table__), [term])
    if closures:
        session.execute(insert(TermClosure.__table__),
                        [{"term_id": term_id, "date": day, "reason": reason}
                         for day, reason in closures.items()])  # fmt: skip
    rows = _Rows(session)
    teachers = _tree_teachers(session, rng)
    elderly = _elderly(session)
    maker = PeopleMaker(random.Random(seed + 42))
    takers: list[tuple[int, int | None, tuple[str, str, str] | None]] = []
    for order, spec in enumerate(CLASSES):
        course_id = rows.course(term_id, order, spec, start, teachers)
        for slot_text in spec.slots:
            slot = parse_slot(slot_text)
            rows.slots.append({"id": rows.ids("course_slot"), "course_id": course_id,
                               "weekday": slot.weekday, "start_time": slot.start,
                               "end_time": slot.end})  # fmt: skip
        slots = [parse_slot(text) for text in spec.slots]
        rows.add_sessions(course_id, term_days(start, end, slots, closures))
        wanted = min(int(spec.takers * rng.uniform(1.0, 1.2)), len(elderly) + spec.takers // 8)
        outsiders = round(wanted * OUTSIDERS)
        for resident_id in rng.sample(elderly, min(wanted - outsiders, len(elderly))):
            takers.append((course_id, resident_id, None))
        for _ in range(outsiders):
            takers.append((course_id, None, _outsider(rng, maker)))
    rng.shuffle(takers)  # enrolment day: everyone in one queue, for any class
    rows.enrol(rng, takers, start - dt.timedelta(days=7))
    rows.unsettle()
    rows.attend(rng, today)
    for model, batch in ((Event, rows.events), (Course, rows.courses), (CourseSlot, rows.slots),
                         (CourseSession, rows.sessions), (Signup, rows.signups),
                         (Attendance, rows.attendance)):  # fmt: skip
        if batch:
            session.execute(insert(model.__table__), batch)
    waiting = sum(1 for row in rows.signups if row["status"] == SignupStatus.WAITING.value)
    return ClassesDemoSummary(
        term=name,
        classes=len(rows.courses),
        sessions=sum(1 for row in rows.sessions if not row["cancelled"]),
        enrolments=len(rows.signups),
        waiting=waiting,
        outsiders=sum(1 for row in rows.signups if row["resident_id"] is None),
        attendance=len(rows.attendance),
    )


def _next_id(session: Session, model: type) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1  # type: ignore[attr-defined]


def _closures(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    found: dict[dt.date, str] = {}
    for year in {start.year, end.year}:
        for month, day, reason in HOLIDAYS:
            date = dt.date(year, month, day)
            if start <= date <= end:
                found[date] = reason
    return dict(sorted(found.items()))


def _tree_teachers(session: Session, rng: random.Random) -> list[tuple[int, str]]:
    """A few members of the demo tree who teach (retired party members who write, sing…)."""
    members = session.execute(select(Member.id, Member.name).order_by(Member.id).limit(60)).all()
    picked = rng.sample(list(members), min(len(members), 5))
    return [(member_id, name) for member_id, name in picked]


def _elderly(session: Session) -> list[int]:
    cutoff = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 60)
    return list(
        session.scalars(
            select(Resident.id)
            .where(Resident.status == ResidentStatus.LIVING.value, Resident.birth_date <= cutoff)
            .order_by(Resident.id)
        )
    )


def _outsider(rng: random.Random, maker: PeopleMaker) -> tuple[str, str, str]:
    gender = Gender.FEMALE if rng.random() < 0.7 else Gender.MALE  # the classes are mostly women
    name = maker.surname() + maker.given_name(gender, rng.randint(1950, 1965), forced=False)
    phone = rng.choice(("139", "138", "136", "135", "158")) + f"{rng.randrange(10**8):08d}"
    return name, phone, rng.choice(NEIGHBOURS)


class _Rows:
    """The rows to insert, with the ids they refer to each other by."""

    def __init__(self, session: Session) -> None:
        self.next = {
            "event": _next_id(session, Event),
            "course": _next_id(session, Course),
            "course_slot": _next_id(session, CourseSlot),
            "course_session": _next_id(session, CourseSession),
            "event_signup": _next_id(session, Signup),
        }
        self.events: list[dict[str, object]] = []
        self.courses: list[dict[str, object]] = []
        self.slots: list[dict[str, object]] = []
        self.sessions: list[dict[str, object]] = []
        self.signups: list[dict[str, object]] = []
        self.attendance: list[dict[str, object]] = []
        self.capacity: dict[int, int] = {}
        self.event_of: dict[int, int] = {}

    def ids(self, table: str) -> int:
        self.next[table] += 1
        return self.next[table] - 1

    def course(self, term_id: int, order: int, spec: DemoClass, start: dt.date,
               teachers: list[tuple[int, str]]) -> int:  # fmt: skip
        """The class and its enrolment list (an event, as ``add_course`` makes it)."""
        event_id, course_id = self.ids("event"), self.ids("course")
        self.events.append({"id": event_id, "title": spec.name, "kind": EventKind.OTHER.value,
                            "date": start, "start_time": None, "end_time": None, "place": None,
                            "team_id": None, "capacity": spec.capacity, "signup_deadline": None,
                            "notice": None, "contact_name": None, "contact_phone": None,
                            "status": EventStatus.PLANNED.value})  # fmt: skip
        member_id, teacher = (None, spec.teacher)
        if spec.teacher is None:
            member_id, teacher = teachers.pop() if teachers else (None, "王淑珍")
        self.courses.append({"id": course_id, "term_id": term_id, "name": spec.name,
                             "teacher_member_id": member_id, "teacher_name": teacher,
                             "room": spec.room, "capacity": spec.capacity, "notes": spec.notes,
                             "event_id": event_id, "sort_order": order})  # fmt: skip
        self.capacity[course_id] = spec.capacity
        self.event_of[course_id] = event_id
        return course_id

    def add_sessions(self, course_id: int, days: Iterable[tuple[dt.date, Slot]]) -> None:
        for day, slot in days:
            self.sessions.append({"id": self.ids("course_session"), "course_id": course_id,
                                  "date": day, "start_time": slot.start, "end_time": slot.end,
                                  "cancelled": False, "moved_from": None,
                                  "reason": None})  # fmt: skip

    def enrol(self, rng: random.Random, takers: list[tuple[int, int | None,
              tuple[str, str, str] | None]], day: dt.date) -> None:  # fmt: skip
        """In queue order: a seat while the class has one, then the waiting list."""
        clock = dt.datetime.combine(day, dt.time(8, 30))
        seated: dict[int, int] = {}
        for course_id, resident_id, outsider in takers:
            clock += dt.timedelta(seconds=rng.randint(8, 40))
            seat = seated.get(course_id, 0) + 1
            holds = seat <= self.capacity[course_id]
            if holds:
                seated[course_id] = seat
            name, phone, community = outsider or (None, None, None)
            self.signups.append({
                "id": self.ids("event_signup"), "event_id": self.event_of[course_id],
                "resident_id": resident_id, "walk_in_name": name, "walk_in_phone": phone,
                "walk_in_community": community,
                "status": (SignupStatus.SIGNED_UP if holds else SignupStatus.WAITING).value,
                "seat": seat if holds else None, "queued_at": clock, "entered_by": ACTOR,
                "on_site": False, "checked_in_at": None, "moved_up_at": None,
            })  # fmt: skip

    def unsettle(self) -> None:
        """One session cancelled and one moved, with their reasons, as terms go."""
        by_course: dict[int, list[dict[str, object]]] = {}
        for row in self.sessions:
            by_course.setdefault(int(row["course_id"]), []).append(row)  # type: ignore[call-overload]
        courses = sorted(by_course)
        if len(courses) > 8:
            cancelled = by_course[courses[8]][3]
            cancelled.update(cancelled=True, reason="老师外出采风，停课一次")
            moved = by_course[courses[2]][5]
            day = moved["date"]
            assert isinstance(day, dt.date)
            moved.update(moved_from=day, date=day + dt.timedelta(days=1),
                         reason="演出彩排，调课一天")  # fmt: skip

    def attend(self, rng: random.Random, today: dt.date) -> None:
        """The sessions held before today, each student there most times."""
        students: dict[int, list[tuple[int, float]]] = {}
        course_of_event = {event: course for course, event in self.event_of.items()}
        for row in self.signups:
            if row["status"] == SignupStatus.SIGNED_UP.value:
                keen = min(1.0, rng.gauss(PRESENT, 0.08))
                course_id = course_of_event[int(row["event_id"])]  # type: ignore[call-overload]
                students.setdefault(course_id, []).append((int(row["id"]), keen))  # type: ignore[call-overload]
        for lesson in self.sessions:
            day = lesson["date"]
            assert isinstance(day, dt.date)
            if lesson["cancelled"] or day >= today:
                continue
            for signup_id, keen in students.get(int(lesson["course_id"]), []):  # type: ignore[call-overload]
                if rng.random() < keen:
                    self.attendance.append({"session_id": lesson["id"], "signup_id": signup_id})
