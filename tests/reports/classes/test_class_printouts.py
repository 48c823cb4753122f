"""The classes' printouts as read back from the PDF: the timetable's week grid (no empty
weekend column, A3 for the board), the attendance sheet's dates in order with the
ticks so far (twenty dates on one run of pages, more in parts repeating the names),
and the roster's full phones under a footer saying what they are for."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.classes.attendance_sheet import render_attendance_sheet
from hearth_desk.reports.classes.class_roster import render_class_roster
from hearth_desk.reports.classes.timetable import closure_ranges, render_timetable
from hearth_desk.services.classes.printouts import (
    AttendanceSheetData,
    ClassHeader,
    ClassRosterData,
    Closure,
    RosterRow,
    SheetColumn,
    SheetRow,
    TimetableData,
    TimetableEntry,
)
from tests.reports.pdf_reading import page_texts, pdftotext

translate = load_catalogue("zh_CN").translate
MONDAY = dt.date(2026, 9, 7)
TODAY = dt.date(2026, 11, 29)
HEADING = "北京市东城区和平里街道和平里社区"
COURSE = ClassHeader(
    HEADING, 3, "葫芦丝班", "2026年秋季学期", "孙国强", "二楼活动室",
    (parse_slot("周一14:30-16:00"), parse_slot("周四09:00-10:30")), 40, TODAY,
)  # fmt: skip


def t(text: str) -> str:
    return translate("Report", text)


def entry(weekday: int, slot: str, name: str, room: str = "多功能厅") -> TimetableEntry:
    parsed = parse_slot(f"周一{slot}")
    return TimetableEntry(weekday, parsed.start, parsed.end, 1, name, room, "王建国")


def timetable(*entries: TimetableEntry, closures: tuple[Closure, ...] = ()) -> TimetableData:
    return TimetableData(
        HEADING, "和平里社区", "2026年秋季学期", MONDAY, dt.date(2027, 1, 15),
        closures, entries, TODAY,
    )  # fmt: skip


def test_the_timetable_is_a_week_grid_with_the_terms_days_under_it(tmp_path: Path) -> None:
    data = timetable(
        entry(0, "08:30-10:00", "舞蹈班", "一楼舞蹈室"),
        entry(2, "14:30-16:00", "书法班"),
        entry(5, "19:00-20:30", "摄影班"),
        closures=(
            *(Closure(dt.date(2026, 10, day), "国庆") for day in range(1, 8)),
            Closure(dt.date(2027, 1, 1), "元旦"),
        ),
    )
    out = tmp_path / "课程表.pdf"
    result = render_timetable(out, data, translate)
    assert result.pages == 1 and result.missing == []
    text = pdftotext(out)
    title = t("{community} elderly university: {term} timetable")
    assert title.format(community="和平里社区", term="2026年秋季学期") in text.replace("\n", "")
    for word in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Morning", "Afternoon", "Evening"):
        assert t(word) in text
    assert t("Sun") not in text  # no class on Sunday: no empty column for it
    assert "舞蹈班" in text and "一楼舞蹈室" in text and "王建国" in text
    assert "08:30–10:00" in text and "19:00–20:30" in text
    assert "国庆" in text and "元旦" in text
    page = PdfReader(out).pages[0].mediabox
    assert round(float(page.width) / 72 * 25.4) == 297  # A4 landscape
    result = render_timetable(out, data, translate, size="A3")
    page = PdfReader(out).pages[0].mediabox
    assert (round(float(page.width) / 72 * 25.4), round(float(page.height) / 72 * 25.4)) == (
        420,
        297,
    )
    with pytest.raises(ValueError):
        render_timetable(out, data, translate, size="A1")


def test_a_weekday_only_term_has_five_columns_and_a_crowded_one_still_one_page(
    tmp_path: Path,
) -> None:
    out = tmp_path / "课程表.pdf"
    times = [f"{hour:02d}:00-{hour:02d}:50" for hour in range(7, 21)]
    crowded = [entry(day, time, f"第{day}{n}班") for day in range(5) for n, time in
               enumerate(times)]  # fmt: skip
    assert render_timetable(out, timetable(*crowded), translate).pages == 1
    text = pdftotext(out)
    assert t("Fri") in text and t("Sat") not in text and "第413班" in text
    assert render_timetable(out, timetable(), translate).pages == 1
    assert t("The term has no classes yet.") in pdftotext(out)


def test_closure_days_in_a_row_are_one_range() -> None:
    days = [Closure(dt.date(2026, 10, d), "国庆") for d in (1, 2, 3)]
    days += [Closure(dt.date(2026, 10, 5), "国庆"), Closure(dt.date(2026, 10, 6), "")]
    assert [(a.day, b.day, why) for a, b, why in closure_ranges(days)] == [
        (1, 3, "国庆"),
        (5, 5, "国庆"),
        (6, 6, ""),
    ]


def sheet(students: int, dates: int, *, twice_on: int | None = None) -> AttendanceSheetData:
    columns = [SheetColumn(MONDAY + dt.timedelta(weeks=n), dt.time(14, 30)) for n in range(dates)]
    if twice_on is not None:
        columns.insert(twice_on + 1, SheetColumn(columns[twice_on].date, dt.time(16, 30)))
    rows = [
        SheetRow(
            f"学员{n:02d}",
            "青年湖社区" if n % 10 == 9 else None,
            tuple(d < dates // 2 and (n + d) % 3 > 0 for d in range(len(columns))),
        )
        for n in range(1, students + 1)
    ]
    return AttendanceSheetData(COURSE, tuple(columns), tuple(rows))


def header_dates(out: Path) -> list[list[str]]:
    """Each page's dates as its table's header row has them, left to right."""
    pages = pdftotext(out, layout=True).split("\f")
    headers = [
        next(line for line in page.splitlines() if line.strip().startswith(t("No.")))
        for page in pages
        if page.strip()
    ]
    return [re.findall(r"\b\d\d-\d\d\b", line) for line in headers]


def test_forty_students_across_twenty_dates_fit_each_page_with_every_date(
    tmp_path: Path,
) -> None:
    data = sheet(40, 20)
    out = tmp_path / "考勤表.pdf"
    result = render_attendance_sheet(out, data, translate)
    assert result.missing == [] and 2 <= result.pages <= 3
    expected = [f"{column.date:%m-%d}" for column in data.columns]
    assert header_dates(out) == [expected] * result.pages  # all twenty on every page
    text = pdftotext(out)
    assert all(f"学员{n:02d}" in text for n in range(1, 41))
    assert "青年湖社区" in text and "孙国强" in text and "二楼活动室" in text
    assert "14:30–16:00" in text
    recorded = sum(sum(row.present) for row in data.rows)
    assert text.count("✓") == recorded + 1  # and the note's own ✓
    assert round(float(PdfReader(out).pages[0].mediabox.width) / 72 * 25.4) == 297


def test_more_dates_than_fit_continue_in_parts_repeating_the_names(tmp_path: Path) -> None:
    data = sheet(12, 36)
    out = tmp_path / "考勤表.pdf"
    render_attendance_sheet(out, data, translate)
    expected = [f"{column.date:%m-%d}" for column in data.columns]
    assert header_dates(out) == [expected[:18], expected[18:]]  # even parts, not 21 + 15
    pages = page_texts(out)
    assert all("学员01" in page and "学员12" in page for page in pages)


def test_a_day_with_two_sessions_shows_their_times(tmp_path: Path) -> None:
    out = tmp_path / "考勤表.pdf"
    render_attendance_sheet(out, sheet(3, 4, twice_on=1), translate)
    text = pdftotext(out)
    assert "14:30" in text and "16:30" in text


def test_the_roster_has_full_phones_and_says_what_they_are_for(tmp_path: Path) -> None:
    rows = [
        RosterRow(f"学员{n:02d}", f"1390000{n:04d}", None, dt.date(2026, 8, 25), None)
        for n in range(1, 41)
    ]
    rows[9] = RosterRow("王秀兰", "13900002222", "青年湖社区", dt.date(2026, 8, 26), None)
    rows += [RosterRow("候补甲", "13900009998", None, dt.date(2026, 8, 27), 1)]
    rows += [RosterRow("候补乙", "13900009999", None, dt.date(2026, 8, 27), 2)]
    out = tmp_path / "花名册.pdf"
    result = render_class_roster(out, ClassRosterData(COURSE, tuple(rows)), translate)
    assert result.missing == [] and result.pages >= 2
    text = pdftotext(out)
    assert "13900000001" in text and "13900002222" in text and "青年湖社区" in text
    assert "****" not in text
    waiting = t("Waiting {k}")
    assert waiting.format(k=1) in text and waiting.format(k=2) in text
    assert text.index("学员40") < text.index("候补甲") < text.index("候补乙")
    footnote = t("For contacting the class only")
    assert all(footnote in page for page in pdftotext(out).split("\f") if page.strip())
