"""The elderly university's figures (issue 18), on the demo store in SQLite:

- generating a term's sessions: the 13 classes of a term, every session from their
  weekly slots between the term's days, skipping closures (``generate_sessions`` for
  each class, from none; and again after a new closure day, ``change_closures``);
  target < 200 ms;
- enrolling one resident as the enrolment desk does: the resident searched by name
  (the ledger's search), enrolled in a class (a seat or the waiting list, by the
  events' sign-up rules), committed, and the seat counts of every class of the term
  read again; target < 100 ms.

    python bench/bench_classes.py [--households 600 40000]

40,000 households make a store of about 100,000 residents (fill_demo, as the other
benches make theirs); the classes' demo is the same on both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, select

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.models import Course, CourseSession, Resident, Signup
from hearth_desk.services.classes.closures import change_closures
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import enrol, seats
from hearth_desk.services.classes.sessions import generate_sessions
from hearth_desk.services.classes.terms import add_term, current_term
from hearth_desk.services.demo.classes import CLASSES
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.search import search
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store

RUNS = 7


def generating(store: Store) -> tuple[list[float], list[float]]:
    """From no sessions, and after a closure day is added; each run rolled back."""
    fresh, closing = [], []
    for run in range(RUNS):
        with store.session() as session:
            term = add_term(session, f"测试学期{run}", dt.date(2027, 2, 22), dt.date(2027, 7, 2),
                            closed=[(dt.date(2027, 4, 5), "清明节")])  # fmt: skip
            courses = [
                add_course(session, term.id, NewCourse(spec.name,
                           [parse_slot(text) for text in spec.slots], capacity=spec.capacity))
                for spec in CLASSES
            ]  # fmt: skip
            ids = [course.id for course in courses]
            session.execute(delete(CourseSession).where(CourseSession.course_id.in_(ids)))
            session.expire_all()
            started = time.perf_counter()
            for course in session.scalars(select(Course).where(Course.term_id == term.id)):
                generate_sessions(session, course)
            session.flush()
            fresh.append((time.perf_counter() - started) * 1000)
            session.expire_all()
            started = time.perf_counter()
            change_closures(session, term.id, add=[(dt.date(2027, 5, 1), "劳动节")])
            closing.append((time.perf_counter() - started) * 1000)
            session.rollback()
    return fresh, closing


def enrolling(store: Store, people: int = 20) -> list[float]:
    with store.session() as session:
        term = current_term(session)
        assert term is not None
        term_id = term.id
        courses = [row.course_id for row in seats(session, term_id)]
        taken = set(
            session.scalars(select(Signup.resident_id).where(Signup.resident_id.is_not(None)))
        )
        living = list(session.execute(
            select(Resident.id, Resident.name).where(Resident.status == "living")
            .order_by(Resident.id)
        ))  # fmt: skip
    once = Counter(name for _rid, name in living)
    chosen = [name for rid, name in living if once[name] == 1 and rid not in taken][:people]
    times = []
    for number, name in enumerate(chosen):
        started = time.perf_counter()
        with store.transaction() as session:
            [hit] = search(session, name, limit=20).hits[:1]
            enrol(session, courses[number % len(courses)], resident_id=hit.resident_id)
        with store.session() as session:
            seats(session, term_id)
        times.append((time.perf_counter() - started) * 1000)
    return times


def show(label: str, times: list[float], target: float) -> None:
    median = statistics.median(times)
    verdict = "ok" if median < target else "SLOW"
    print(f"  {label}: median {median:.1f} ms, worst {max(times):.1f} ms "
          f"(target < {target:.0f} ms) {verdict}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[600, 40000])
    args = parser.parse_args()
    for households in args.households:
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(resolve_location(Path(folder)))
            started = time.perf_counter()
            with store.transaction() as session:
                summary = fill_demo(session, households=households)
            with store.session() as session:
                residents = session.query(Resident).count()
            print(f"{households} households, {residents} residents; {summary.classes.term}: "
                  f"{summary.classes.classes} classes, {summary.classes.enrolments} enrolments "
                  f"(demo written in {time.perf_counter() - started:.1f} s)")  # fmt: skip
            fresh, closing = generating(store)
            show("generating the 13 classes' sessions", fresh, 200)
            show("a closure day added, sessions regenerated", closing, 200)
            show("enrolment desk: search, enrol, seats refreshed", enrolling(store), 100)
            store.close()


if __name__ == "__main__":
    main()
