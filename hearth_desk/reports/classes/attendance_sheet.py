"""A class's attendance sheet (考勤表): the students down, the session dates across,
a box per student and session to tick on paper.

A4 landscape. The students come in enrolment order (an outsider with their community
under the name), the sessions in date order as ``MM-DD`` (a moved one at its new day,
a cancelled one left out; a day holding two sessions shows their times too), and the
attendance already recorded is printed as ✓. When the dates do not fit across one page
with a box wide enough to tick, they are split into parts of even size, each part a
run of pages repeating the names. The box width is measured from the widest date in
the header face, not guessed, so a term of twenty dates stays on one part.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.classes.wording import class_line, class_meta
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    opening,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, headed_pages, long_table, needed_width
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.classes.printouts import AttendanceSheetData, SheetColumn
from hearth_desk.services.progress import Progress

PAPER = Paper.A4_LANDSCAPE
BODY = TextStyle(size=11.5, leading=14)
HEADER = TextStyle(chain=TITLE, size=9, leading=11)  # twenty dates across A4
PART_STYLE = TextStyle(chain=TITLE, size=13, leading=18)
ROW_HEIGHT = 8 * mm  # a box to tick with a pen
NAME_WIDTH = 30 * mm  # 欧阳秀兰, and 青年湖社区 under it
SMALLEST_BOX = 9 * mm  # a box narrower than this is hard to tick, whatever the date
WIDEST_BOX = 16 * mm  # wider boxes leave the rest of the page to the notes
NOTES_AT_LEAST = 20 * mm  # a notes column only when it would be this wide
TICK = "✓"
WIDEST_DATE = "12-28"


def date_label(column: SheetColumn, repeated: bool) -> str:
    """09-07, or 09-07 above 14:30 when the class meets twice that day."""
    label = f"{column.date:%m-%d}"
    return f"{label}\n{column.start:%H:%M}" if repeated else label


def box_width() -> float:
    """The narrowest a date's column may be: the widest date in the header's face with
    the cell's padding, and never under SMALLEST_BOX."""
    return max(SMALLEST_BOX, needed_width(Column(WIDEST_DATE), BODY, HEADER))


def number_width(t: Callable[[str], str]) -> float:
    """The number column: as wide as its title needs (序号, No.)."""
    return needed_width(Column(t(QT_TRANSLATE_NOOP("Report", "No."))), BODY, HEADER)


def dates_per_part(count: int, width: float) -> int:
    """How many dates each part carries: as many as fit, spread evenly over the parts
    (36 dates on 21-wide pages are two parts of 18, not 21 and 15); ``width`` is what
    the number and name columns leave."""
    fits = max(1, int(width // box_width()))
    parts = max(1, math.ceil(count / fits))
    return max(1, math.ceil(count / parts))


def sheet_columns(
    t: Callable[[str], str], labels: Sequence[str], width: float
) -> tuple[list[Column], bool]:
    """The columns of one part, as widths in points (``Column.weight``), and whether
    the last one is a notes column taking the room the dates leave."""
    number = number_width(t)
    box = min(WIDEST_BOX, (width - number - NAME_WIDTH) / max(1, len(labels)))
    notes = width - number - NAME_WIDTH - box * len(labels)
    name_width = NAME_WIDTH + (notes if notes < NOTES_AT_LEAST else 0)
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), number, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), name_width),
        *(Column(label, box, "center") for label in labels),
    ]
    if notes >= NOTES_AT_LEAST:
        columns.append(Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), notes))
    return columns, notes >= NOTES_AT_LEAST


def _rows(data: AttendanceSheetData, first: int, last: int, notes: bool) -> Iterator[Sequence[str]]:
    for number, row in enumerate(data.rows, start=1):
        name = f"{row.name}\n{row.community}" if row.community else row.name
        ticks = [TICK if present else "" for present in row.present[first:last]]
        yield [str(number), name, *ticks, *([""] if notes else [])]


def _part(
    data: AttendanceSheetData,
    labels: Sequence[str],
    span: tuple[int, int],
    heading: str,
    continued: str,
    *,
    log: MissingLog,
    t: Callable[[str], str],
    first_room: float,
    progress: Progress | None,
) -> list[Flowable]:
    """One part's table page by page, each page under the part's heading (if any)."""
    width, height = frame_size(PAPER)
    columns, notes = sheet_columns(t, labels[span[0] : span[1]], width)

    def title(text: str) -> list[Flowable]:
        return [TextBlock(text, PART_STYLE, log), Spacer(1, 1.5 * mm)]

    def table(room: float) -> list[Flowable]:
        return long_table(
            columns,
            _rows(data, span[0], span[1], notes),
            width=width,
            page_height=height - room,
            first_page_height=first_room - room,
            log=log,
            empty_text=t(QT_TRANSLATE_NOOP("Report", "No one has enrolled yet.")),
            total_rows=len(data.rows),
            progress=progress,
            style=BODY,
            min_row_height=ROW_HEIGHT,
            header_style=HEADER,
        )

    return headed_pages(title, heading, continued, table, (width, height))


def render_attendance_sheet(
    out: Path,
    data: AttendanceSheetData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the attendance sheet on A4 landscape and write it to ``out``."""
    t = report_words(translate)
    course = data.course
    meta = class_meta(translate, t(QT_TRANSLATE_NOOP("Report", "Attendance sheet")), course, PAPER)
    counts = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "{students} students, {sessions} sessions. ✓ marks attendance already "
            "recorded; tick the others on paper and enter them afterwards.",
        )
    ).format(students=len(data.rows), sessions=len(data.columns))
    note = f"{class_line(t, course)}\n{counts}"
    log = MissingLog()
    story: list[Flowable] = opening(meta, log, note)
    days = Counter(column.date for column in data.columns)
    labels = [date_label(column, days[column.date] > 1) for column in data.columns]
    width, height = frame_size(PAPER)
    step = dates_per_part(len(labels), width - number_width(t) - NAME_WIDTH)
    spans = [(first, min(first + step, len(labels))) for first in range(0, len(labels), step)]
    part_title = t(
        QT_TRANSLATE_NOOP("Report", "Sessions {first} to {last} (part {part} of {parts})")
    )
    continued = t(QT_TRANSLATE_NOOP("Report", "{heading} (continued)"))
    room = room_left(story, PAPER)
    for part, span in enumerate(spans or [(0, 0)], start=1):
        heading = ""
        if len(spans) > 1:
            heading = part_title.format(
                first=labels[span[0]].split("\n")[0],
                last=labels[span[1] - 1].split("\n")[0],
                part=part,
                parts=len(spans),
            )
        if part > 1:
            story.append(PageBreak())
            room = height
        story += _part(
            data,
            labels,
            span,
            heading,
            continued.format(heading=heading) if heading else "",
            log=log,
            t=t,
            first_room=room,
            progress=progress,
        )
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=len(spans) * max(1, len(data.rows) // 16),
    )
