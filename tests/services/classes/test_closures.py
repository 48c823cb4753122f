"""Closure days from the office's small sheet (日期, 原因), refused whole on a bad row;
adding or removing a closure day of a running term brings every class's sessions in line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy.orm import Session

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.errors import UserError
from hearth_desk.services.classes.closures import change_closures
from hearth_desk.services.classes.closures_sheet import read_closures
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.terms import add_term

MONDAY = dt.date(2026, 9, 7)


def _sheet(path: Path, *rows: tuple[Any, ...], title: str = "停课") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_a_sheet_of_closure_days(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "停课.xlsx",
        ("日期", "原因"),
        (dt.datetime(2026, 10, 1), "国庆节"),
        ("2026/10/2", "国庆节"),
        (None, None),
        ("2026年10月5日", None),
        ("2026-10-01", "重复的一天"),
    )
    assert read_closures(path) == [
        (dt.date(2026, 10, 1), "国庆节"),
        (dt.date(2026, 10, 2), "国庆节"),
        (dt.date(2026, 10, 5), None),
    ]


def test_a_bad_row_is_named_with_its_sheet_and_field(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "停课.xlsx", ("原因", "日期"), ("国庆", "2026-10-01"),
                  ("中秋", "十月六日"))  # fmt: skip
    with pytest.raises(UserError) as told:
        read_closures(path)
    assert "停课" in str(told.value) and "3" in str(told.value) and "日期" in str(told.value)
    assert "十月六日" in str(told.value)
    no_column = _sheet(tmp_path / "b.xlsx", ("原因",), ("国庆",))
    with pytest.raises(UserError, match="日期"):
        read_closures(no_column)


def test_a_new_closure_day_takes_its_sessions_off_and_a_removed_one_gives_them_back(
    session: Session,
) -> None:
    term = add_term(session, "2026年秋季学期", MONDAY, dt.date(2026, 10, 30))
    courses = [
        add_course(session, term.id, NewCourse(name, [parse_slot(slot)]))
        for name, slot in (("书法班", "周三09:00-11:00"), ("合唱班", "周四14:30-16:00"))
    ]
    before = sum(len(course.sessions) for course in courses)
    holiday = [(dt.date(2026, 10, day), "国庆节") for day in range(1, 8)]
    assert change_closures(session, term.id, add=holiday) == before - 2
    assert dt.date(2026, 10, 1) not in {lesson.date for lesson in courses[1].sessions}
    assert change_closures(session, term.id, remove=[dt.date(2026, 10, 1)]) == before - 1
    assert [c.reason for c in term.closures][:1] == ["国庆节"]
    with pytest.raises(UserError, match="outside the term"):
        change_closures(session, term.id, add=[(dt.date(2027, 1, 1), "元旦")])
