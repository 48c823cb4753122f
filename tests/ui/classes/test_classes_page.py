"""The 老年大学 area: the timetable as a week grid, a class filling up and then its
waiting list, dropping with Delete naming who moved up, attendance ticked with the
keyboard, and the new term and class forms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.services.classes.attendance import attendance_of
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.terms import add_term, term_named
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.classes_page import ClassesPage
from tests.support.factories import small_ledger
from tests.support.presenters import RecordingPresenter

MONDAY = dt.date(2026, 9, 7)


def _term(store: Store, capacity: int | None = 2) -> int:
    with store.transaction() as session:
        small_ledger(session)
        term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 10, 12),
                        closed=[(dt.date(2026, 10, 5), "国庆")])  # fmt: skip
        add_course(session, term.id, NewCourse(
            "葫芦丝班", [parse_slot("周一14:30-16:00")], room="活动室", teacher_name="李老师",
            capacity=capacity))  # fmt: skip
        course = add_course(session, term.id, NewCourse(
            "书法班", [parse_slot("周三09:00-10:30"), parse_slot("周一14:30-16:00")],
            room="二楼", capacity=20))  # fmt: skip
        return course.id


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> ClassesPage:
    page = ClassesPage(store, errors)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def open_class(qtbot: QtBot, page: ClassesPage, name: str) -> None:
    [course_id] = [line.course_id for line in page.view.lines if line.name == name]  # type: ignore[union-attr]
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        page.timetable.buttons[course_id][0].click()


def enrol_by_typing(qtbot: QtBot, page: ClassesPage, text: str) -> None:
    panel = page.panel
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.search_edit.setFocus()
        panel.search_edit.setText(text)  # keyClicks cannot type Chinese
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)


def statuses(page: ClassesPage) -> list[tuple[str, str]]:
    table = page.panel.students
    return [(table.item(r, 0).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_the_timetable_is_a_week_grid_of_the_terms_classes(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _term(store)
    page = open_page(qtbot, store, errors)
    grid = page.timetable
    assert page.term_box.currentText().startswith("2026年秋季学期")
    assert [grid.horizontalHeaderItem(c).text() for c in range(7)][:3] == ["周一", "周二", "周三"]
    assert [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())] == [
        "09:00–10:30", "14:30–16:00"]  # fmt: skip
    monday = grid.cellWidget(1, 0)
    texts = [b.text() for b in monday.findChildren(type(grid.buttons[1][0]))]
    assert len(texts) == 2  # two classes meet on Monday afternoon
    assert texts[0].splitlines()[1:] == ["活动室", "李老师", "Enrolled 0/places 2", "waiting 0"]
    assert grid.cellWidget(0, 2) is not None and grid.cellWidget(0, 0) is None
    assert errors.shown == []


def test_a_class_fills_then_waits_and_a_drop_names_who_moved_up(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _term(store, capacity=2)
    page = open_page(qtbot, store, errors)
    open_class(qtbot, page, "葫芦丝班")
    assert page.tabs.currentIndex() == 1
    for name in ("张三", "单丽", "曾国藩"):
        enrol_by_typing(qtbot, page, name)
    assert statuses(page) == [("张三", "enrolled"), ("单丽", "enrolled"),
                              ("曾国藩", "waiting, no. 1")]  # fmt: skip
    assert page.panel.status.text() == "曾国藩: the class is full; waiting, no. 1."
    assert page.panel.students.item(0, 1).text() == "138****5678"  # masked on screen
    qtbot.waitUntil(lambda: page.class_list.item(0, 2).text() == "1", timeout=10_000)
    assert page.class_list.item(0, 1).text() == "Enrolled 2/places 2, waiting 1"

    page.panel.students.selectRow(1)
    page.panel.students.setFocus()
    page.panel.confirm_drop = lambda question: question == "Drop 单丽 from the class?"
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        qtbot.keyClick(page.panel.students, Qt.Key.Key_Delete)
    assert statuses(page) == [("张三", "enrolled"), ("曾国藩", "enrolled")]
    assert "曾国藩 moved up from the waiting list; please phone 13900001111." in (
        page.panel.status.text()
    )


def test_an_outsider_is_enrolled_with_their_community(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.classes.enrolment import Outsider

    _term(store)
    page = open_page(qtbot, store, errors)
    open_class(qtbot, page, "书法班")
    page.panel.ask_outsider = lambda: Outsider("王秀兰", "13900002222", "青年湖社区")
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        page.panel.outsider_button.click()
    table = page.panel.students
    assert [table.item(0, c).text() for c in range(4)] == [
        "王秀兰", "139****2222", "青年湖社区", "enrolled"]  # fmt: skip


def test_attendance_is_ticked_with_the_keyboard_and_saved_at_once(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    course_id = _term(store)
    page = open_page(qtbot, store, errors)
    open_class(qtbot, page, "书法班")
    for name in ("张三", "单丽"):
        enrol_by_typing(qtbot, page, name)
    grid = page.panel.attendance
    assert grid.rowCount() == 2 and grid.horizontalHeaderItem(0).text() == "09-07"
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # and off again
    with store.session() as session:
        present = attendance_of(session, course_id)
    first, second = grid.session_ids[:2]
    assert present == {first: set(grid.signup_ids)}
    assert second not in present
    qtbot.waitUntil(lambda: not page.panel.reader.running, timeout=10_000)
    assert grid.item(1, 0).text() == "✓" and grid.item(1, 1).text() == ""
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)  # stays where it was


def test_a_cancelled_session_is_greyed_and_cannot_be_ticked(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _term(store)
    page = open_page(qtbot, store, errors)
    open_class(qtbot, page, "葫芦丝班")
    enrol_by_typing(qtbot, page, "张三")
    grid = page.panel.attendance
    grid.setCurrentCell(0, 1)
    dialog = page.panel.change_session(cancelling=True)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("老师生病")
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        dialog.accept()
    assert page.panel.sheet is not None and page.panel.sheet.sessions[1].cancelled
    assert grid.item(0, 1).background().color().name() == "#d0d0d0"
    grid.setCurrentCell(0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert grid.item(0, 1).text() == ""


def test_new_term_and_new_class_from_the_forms(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, store, errors)
    assert page.term_box.count() == 0 and not page.new_class_button.isEnabled()
    dialog = page.new_term()
    dialog.name_edit.setText("2027年春季学期")
    dialog.start_edit.setDate(dt.date(2027, 3, 1))
    dialog.end_edit.setDate(dt.date(2027, 6, 30))
    dialog.closures_edit.setPlainText("2027-05-01 劳动节\n2027-05-03")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.accept()
    assert page.term_box.currentText().startswith("2027年春季学期")
    with store.session() as session:
        term = term_named(session, "2027年春季学期")
        assert [c.date.isoformat() for c in term.closures] == ["2027-05-01", "2027-05-03"]

    form = page.new_class()
    assert form is not None
    form.name_edit.setText("合唱班")
    form.slots_edit.setText("周二9:00-10:30，周五14:30-16:00")
    form.room_edit.setText("多功能厅")
    form.teacher_box.setEditText("周老师")
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        form.accept()
    assert errors.shown == []
    assert page.panel.heading.text().startswith("合唱班 #")
    qtbot.waitUntil(lambda: page.timetable.rowCount() == 2, timeout=10_000)
    assert [line.slots_text for line in page.view.lines] == [  # type: ignore[union-attr]
        "周二 09:00–10:30、周五 14:30–16:00"]  # fmt: skip


def test_a_badly_written_slot_keeps_the_form_open(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    _term(store)
    page = open_page(qtbot, store, errors)
    form = page.new_class()
    assert form is not None
    form.name_edit.setText("太极班")
    form.slots_edit.setText("周八14:30")
    form.accept()
    assert form.isVisible() and len(errors.shown) == 1


def test_print_buttons_preset_the_term_and_class(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    course_id = _term(store)
    page = open_page(qtbot, store, errors)
    asked: list[tuple[str, object]] = []
    page.print_requested.connect(lambda key, choice: asked.append((key, choice)))
    page.print_timetable.click()
    open_class(qtbot, page, "书法班")
    page.panel.print_attendance.click()
    page.panel.print_roster.click()
    assert [key for key, _c in asked] == ["timetable", "attendance", "class-roster"]
    assert asked[0][1].term_id == page.term_id and asked[0][1].course_id is None  # type: ignore[attr-defined]
    assert asked[2][1].course_id == course_id  # type: ignore[attr-defined]
