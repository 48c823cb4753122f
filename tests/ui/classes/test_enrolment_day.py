"""Enrolment-day mode at the elderly university's desk: a typed name, the class picked
by keys, Enter; a full class puts the next person on its waiting list and says
候补第k位 at once; the seats of every class follow, also after writes elsewhere;
someone from another community through F2; a second enrolment refused in red, never
in a box; and the whole round from the keyboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.desk import places
from hearth_desk.services.classes.enrolment import enrol, students
from hearth_desk.services.classes.terms import add_term
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.enrolment_day import AMBER, GREEN, RED, EnrolmentDayMode, OutsiderDialog
from hearth_desk.ui.common import operations
from tests.support.factories import small_ledger
from tests.support.presenters import RecordingPresenter


@dataclass
class Desk:
    term_id: int
    flute: int  # 葫芦丝班, one seat
    writing: int  # 书法班, three seats
    zhang: int
    shan: int
    zeng: int


def a_term(store: Store) -> Desk:
    with store.transaction() as session:
        homes = small_ledger(session)
        ids = {key: homes[key].members[0].id for key in ("zhang", "shan", "zeng")}
        term = add_term(session, "2026年秋季学期", dt.date(2026, 9, 7), dt.date(2026, 12, 28))
        flute = add_course(session, term.id, NewCourse("葫芦丝班", [parse_slot("周一14:30-16:00")],
                                                       capacity=1))  # fmt: skip
        writing = add_course(session, term.id, NewCourse("书法班", [parse_slot("周三09:00-10:30")],
                                                         capacity=3))  # fmt: skip
        enrol(session, writing.id, resident_id=ids["zhang"])
    return Desk(term.id, flute.id, writing.id, ids["zhang"], ids["shan"], ids["zeng"])


def open_desk(
    qtbot: QtBot, store: Store, errors: RecordingPresenter, desk: Desk
) -> EnrolmentDayMode:
    dialog = EnrolmentDayMode(store, errors, desk.term_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys go to the active window, as at the desk
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_name(qtbot: QtBot, dialog: EnrolmentDayMode, name: str) -> None:
    with qtbot.waitSignal(dialog.search.searched, timeout=5_000):
        dialog.search_edit.setText(name)  # keyClicks cannot type Chinese


def pick_number(qtbot: QtBot, dialog: EnrolmentDayMode, course_id: int) -> None:
    for digit in str(course_id):
        qtbot.keyClick(dialog.classes, digit)
    assert dialog.chosen_course() == course_id


def enter(qtbot: QtBot, dialog: EnrolmentDayMode) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_full_class_puts_the_next_on_its_waiting_list_and_the_seats_follow(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    desk = a_term(store)
    dialog = open_desk(qtbot, store, errors, desk)
    assert dialog.title.text() == "Enrolment day: 2026年秋季学期"
    assert dialog.tile(desk.flute) == (f"#{desk.flute} 葫芦丝班", "1 seat(s) left")
    assert dialog.tile(desk.writing) == (f"#{desk.writing} 书法班", "2 seat(s) left")
    assert dialog.figure.text() == "Enrolled 1 · waiting 0"

    type_name(qtbot, dialog, "单丽")
    assert (dialog.name_label.text(), dialog.places_label.text()) == (
        "单丽",
        "Not in any class of the term yet",
    )
    enter(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.classes
    pick_number(qtbot, dialog, desk.flute)
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        enter(qtbot, dialog)
    assert enrolled.args[0].status == "signed_up"
    assert dialog.outcome_label.text() == f"✓ 单丽 enrolled in #{desk.flute} 葫芦丝班"
    assert GREEN in dialog.outcome_label.styleSheet()
    assert dialog.tile(desk.flute)[1] == "Full, 0 waiting"
    assert dialog.search_edit.text() == "" and dialog.name_label.text() == ""
    assert QApplication.focusWidget() is dialog.search_edit

    type_name(qtbot, dialog, "曾国藩")
    enter(qtbot, dialog)
    assert dialog.chosen_course() == desk.flute  # the class stays chosen for the queue
    enter(qtbot, dialog)
    assert dialog.outcome_label.text() == f"曾国藩: #{desk.flute} 葫芦丝班, waiting list, number 1"
    assert AMBER in dialog.outcome_label.styleSheet()
    assert dialog.tile(desk.flute)[1] == "Full, 1 waiting"
    assert dialog.figure.text() == "Enrolled 2 · waiting 1"
    assert dialog.last_enrol_ms < 100  # the write and the seats read again
    with store.session() as session:
        assert [(s.name, s.status, s.waiting_position) for s in students(session, desk.flute)] == [
            ("单丽", "signed_up", None),
            ("曾国藩", "waiting", 1),
        ]

    type_name(qtbot, dialog, "曾国藩")  # now shown with where they wait
    assert dialog.places_label.text() == (
        f"Already in: #{desk.flute} 葫芦丝班 (waiting list, number 1)"
    )
    assert errors.shown == []


def test_enrolling_twice_in_a_class_says_so_in_red_and_the_person_stays(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    desk = a_term(store)
    dialog = open_desk(qtbot, store, errors, desk)
    type_name(qtbot, dialog, "张三")
    assert dialog.places_label.text() == f"Already in: #{desk.writing} 书法班"
    enter(qtbot, dialog)
    pick_number(qtbot, dialog, desk.writing)
    with qtbot.waitSignal(dialog.refused) as refused:
        enter(qtbot, dialog)
    said = f"张三 is already signed up in class #{desk.writing}."
    assert refused.args == [said]
    assert dialog.outcome_label.text() == said and RED in dialog.outcome_label.styleSheet()
    assert errors.shown == []  # no box: the queue keeps moving
    assert dialog.tile(desk.writing)[1] == "2 seat(s) left"

    qtbot.keyClick(dialog.classes, Qt.Key.Key_Left)  # another class for the same person
    pick_number(qtbot, dialog, desk.flute)
    with qtbot.waitSignal(dialog.enrolled):
        enter(qtbot, dialog)
    assert dialog.outcome_label.text() == f"✓ 张三 enrolled in #{desk.flute} 葫芦丝班"


def test_someone_from_another_community_through_f2(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    desk = a_term(store)
    dialog = open_desk(qtbot, store, errors, desk)

    def fill() -> None:  # Enter goes on from field to field, and accepts at the last
        form = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, OutsiderDialog) and w.isVisible())  # fmt: skip
        form.name_edit.setText("王秀兰")
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        assert form.isVisible() and QApplication.focusWidget() is form.phone_edit
        qtbot.keyClicks(form.phone_edit, "13900002222")
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
        assert form.isVisible() and QApplication.focusWidget() is form.community_edit
        form.community_edit.setText("青年湖社区")
        qtbot.keyClick(form.community_edit, Qt.Key.Key_Return)

    type_name(qtbot, dialog, "单丽")  # still typed when the outsider steps up
    QTimer.singleShot(100, fill)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: dialog.name_label.text() == "王秀兰（青年湖社区）")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.classes)
    assert (
        dialog.search_edit.text() == "" and dialog.places_label.text() == "From another community"
    )
    pick_number(qtbot, dialog, desk.writing)
    with qtbot.waitSignal(dialog.enrolled):
        enter(qtbot, dialog)
    assert dialog.outcome_label.text() == f"✓ 王秀兰 enrolled in #{desk.writing} 书法班"
    assert dialog.tile(desk.writing)[1] == "1 seat(s) left"
    with store.session() as session:
        outsider = students(session, desk.writing)[-1]
    assert (outsider.name, outsider.phone, outsider.community) == (
        "王秀兰",
        "13900002222",
        "青年湖社区",
    )

    dialog.classes.setFocus()  # a click on a tile, nobody typed: nobody enrolled, said in red
    qtbot.keyClick(dialog.classes, Qt.Key.Key_Return)
    assert dialog.outcome_label.text().startswith("Type a name first")


def test_the_whole_round_by_keyboard_and_writes_elsewhere_show(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    desk = a_term(store)
    dialog = open_desk(qtbot, store, errors, desk)
    type_name(qtbot, dialog, "曾国藩")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Tab)  # Tab holds the person, as Enter does
    assert QApplication.focusWidget() is dialog.classes
    assert dialog.chosen_course() == desk.flute  # the first tile
    qtbot.keyClick(dialog.classes, Qt.Key.Key_Right)
    assert dialog.chosen_course() == desk.writing
    pick_number(qtbot, dialog, desk.flute)  # right after: no class of both numbers typed
    pick_number(qtbot, dialog, desk.writing)
    qtbot.keyClick(dialog.classes, Qt.Key.Key_Escape)  # back to the line, nobody enrolled
    assert QApplication.focusWidget() is dialog.search_edit and dialog.isVisible()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.classes, Qt.Key.Key_Return)
    assert dialog.outcome_label.text() == f"✓ 曾国藩 enrolled in #{desk.writing} 书法班"
    with store.session() as session:
        assert [p.course_id for p in places(session, desk.term_id, desk.zeng)] == [desk.writing]

    # Another window enrols: the tiles follow through the change hub.
    operations.write(store, lambda s: enrol(s, desk.flute, resident_id=desk.shan), initiator=None)
    assert dialog.tile(desk.flute)[1] == "Full, 0 waiting"

    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)  # an empty line: Esc closes
