"""A class's roster (班级花名册) that the teacher keeps to phone the students.

A4 portrait: the students in enrolment order with their FULL phones (the teacher
calls them when a session is moved or cancelled, so a masked number would be no use),
an outsider's community, and the day they enrolled; then the waiting list, each
marked 候补k, to call when a seat is free. Because the phones are whole, every page's
footer says 仅供班级联系使用 (for contacting the class only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.classes.wording import class_line, class_meta
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import Paper, report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column
from hearth_desk.reports.kit.table_report import render_table_report
from hearth_desk.services.classes.printouts import ClassRosterData, RosterRow
from hearth_desk.services.progress import Progress

WAITING = QT_TRANSLATE_NOOP("Report", "Waiting {k}")  # 候补k: where the number would be


def roster_columns(t: Callable[[str], str]) -> list[Column]:
    # Widths by weight of the 180 mm between the margins.
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 14, "right", (t(WAITING).format(k=12),)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 30),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 34, "center", ("13812345678",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Community")), 34),
        Column(t(QT_TRANSLATE_NOOP("Report", "Enrolled on")), 30, "center", ("2026年12月31日",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), 38),
    ]


def _rows(rows: Sequence[RosterRow], t: Callable[[str], str]) -> Iterator[Sequence[str]]:
    waiting = t(WAITING)
    for number, row in enumerate(rows, start=1):
        label = str(number)
        if row.waiting_position is not None:
            label = waiting.format(k=row.waiting_position)
        yield [label, row.name, row.phone, row.community or "", day_text(t, row.enrolled_on), ""]


def render_class_roster(
    out: Path,
    data: ClassRosterData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the class roster on A4 portrait and write it to ``out``."""
    t = report_words(translate)
    course = data.course
    title = t(QT_TRANSLATE_NOOP("Report", "Class roster"))
    meta = class_meta(translate, title, course, Paper.A4_PORTRAIT)
    meta = replace(meta, footnote=t(QT_TRANSLATE_NOOP("Report", "For contacting the class only")))
    counts = t(QT_TRANSLATE_NOOP("Report", "{count} students, {waiting} on the waiting list."))
    if course.capacity:
        counts = t(
            QT_TRANSLATE_NOOP(
                "Report", "{count} students of {capacity} places, {waiting} on the waiting list."
            )
        )
    note = (
        class_line(t, course)
        + "\n"
        + counts.format(
            count=data.enrolled, capacity=course.capacity, waiting=len(data.rows) - data.enrolled
        )
    )
    note += " " + t(QT_TRANSLATE_NOOP("Report", "Phones are in full, for the teacher to call."))
    return render_table_report(
        out,
        meta,
        roster_columns(t),
        _rows(data.rows, t),
        translate,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No one has enrolled yet.")),
        total_rows=len(data.rows),
        progress=progress,
        note=note,
    )
