"""Enrolment-day mode's figure (issue 18), offscreen, on the demo community in SQLite
plus a term of 13 classes, most full with waiting lists (about a thousand enrolments,
mostly elderly residents, some outsiders):

- from a typed name to the outcome shown: the search as the search box runs it after
  its pause, Enter (the person held, their classes read), the class's number, Enter
  (the enrolment written, 已报名 or 候补第k位 shown, every class's seats read again);
  target < 100 ms. The write and the seats alone are reported too.

    python bench/bench_enrolment_day.py [--households 600] [--people 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_events import report  # median, p95, slowest against the target
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.models import Resident
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import Outsider, enrol, seats
from hearth_desk.services.classes.terms import add_term
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from hearth_desk.ui.classes.enrolment_day import COURSE, EnrolmentDayMode
from hearth_desk.ui.common.settled_heap import settle_heap
from tests.support.presenters import RecordingPresenter

# name, weekly slot, capacity: the thirteen classes of one community's elderly university
CLASSES = [
    ("舞蹈一班", "周一09:00-10:30", 60), ("舞蹈二班", "周三09:00-10:30", 60),
    ("书法班", "周二09:00-10:30", 40), ("国画班", "周四09:00-10:30", 35),
    ("合唱班", "周一14:30-16:00", 80), ("声乐班", "周三14:30-16:00", 50),
    ("葫芦丝班", "周二14:30-16:00", 45), ("太极拳班", "周五08:30-10:00", 70),
    ("健身操班", "周四14:30-16:00", 60), ("智能手机班", "周五14:30-16:00", 40),
    ("摄影班", "周二10:40-12:00", 30), ("电子琴班", "周四10:40-12:00", 30),
    ("模特班", "周五10:10-11:40", 40),
]  # fmt: skip


def prepare(store: Store, households: int) -> tuple[int, list[str]]:
    """The demo, and a term whose classes fill from the elderly in random order (each
    wanting one to three classes) and some outsiders; the names of residents not in
    any class whose name finds only them, to enrol in the timing."""
    with store.transaction() as session:
        fill_demo(session, households=households)
    rng = random.Random(18)
    with store.transaction() as session:
        today = dt.date.today()
        term = add_term(session, f"{today.year}年报名日测试学期", today - dt.timedelta(days=7),
                        today + dt.timedelta(days=120))  # fmt: skip
        courses = [
            add_course(session, term.id, NewCourse(name, [parse_slot(slot)], capacity=capacity))
            for name, slot, capacity in CLASSES
        ]
        living = list(
            session.execute(
                select(Resident.id, Resident.name, Resident.birth_date).where(
                    Resident.status == "living"
                )
            )
        )
        elderly = [
            row for row in living if row.birth_date and row.birth_date.year <= today.year - 55
        ]
        rng.shuffle(elderly)
        enrolled: set[int] = set()
        for row in elderly:
            for course in rng.sample(courses, rng.choice((1, 1, 2, 3))):
                enrol(session, course.id, resident_id=row.id)
                enrolled.add(row.id)
        for number in range(60):
            course = rng.choice(courses)
            enrol(session, course.id, outsider=Outsider(f"外社区学员{number}",
                  f"139{number:08d}", rng.choice(["青年湖社区", "安华里社区"])))  # fmt: skip
        desk = seats(session, term.id)
    once = Counter(row.name for row in living)
    people = [row.name for row in living if row.id not in enrolled and once[row.name] == 1]
    full = sum(1 for row in desk if row.left == 0)
    enrolled_in, waiting = sum(r.enrolled for r in desk), sum(r.waiting for r in desk)
    print(f"Term of {len(desk)} classes ({full} full): {enrolled_in} enrolled, {waiting} waiting;"
          f" {len(living)} residents living here")  # fmt: skip
    return term.id, people


def enrolling(
    app: QApplication, dialog: EnrolmentDayMode, people: list[str]
) -> tuple[list[float], list[float]]:
    numbers = [dialog.classes.item(i).data(COURSE)
               for i in range(dialog.classes.count())]  # fmt: skip
    whole, write = [], []
    for index, name in enumerate(people):
        dialog.search_edit.setText(name)  # typed; the search waits for the pause
        started = time.perf_counter()
        dialog.search.run()  # the pause is over: the hits are shown
        QTest.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        number = numbers[index % len(numbers)]
        for digit in str(number):
            QTest.keyClick(dialog.classes, digit)
        QTest.keyClick(dialog.classes, Qt.Key.Key_Return)
        app.processEvents()
        whole.append((time.perf_counter() - started) * 1000)
        write.append(dialog.last_enrol_ms)
        said = dialog.outcome_label.text()
        assert name in said and f"#{number} " in said, (name, number, said)
    return whole, write


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=600)
    parser.add_argument("--people", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        with open_store(resolve_location(Path(folder) / "store")) as store:
            term_id, people = prepare(store, args.households)
            dialog = EnrolmentDayMode(store, RecordingPresenter(Path(folder) / "log.txt"), term_id)
            dialog.show()
            dialog.activateWindow()
            app.processEvents()
            settle_heap()  # as the window does once it is up
            enrolling(app, dialog, people[:3])  # warm: fonts, the first queries
            whole, write = enrolling(app, dialog, people[3 : 3 + args.people])
            report("Enrolment day: name searched, Enter, class, Enter, seats shown", whole, 100)
            report("  of which the enrolment written and the seats read again", write, 100)
            dialog.close()


if __name__ == "__main__":
    main()
