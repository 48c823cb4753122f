"""The term's timetable (课程表) for the notice board: one landscape sheet, A4 or A3.

A week grid: 周一 to 周五 across (周六 and 周日 only when a class meets then), the
slot times down, each marked morning, afternoon or evening; each cell names the class,
large, with its room and teacher under it. Under the grid, the term's first and last
day and the days without classes. Everything is drawn at A4's sizes times the paper's
scale (A3 is √2 larger, to be read from further away), as large as the sheet allows
up to twice that with no name broken across lines, and shrunk together as far as a
crowded term needs to stay on one sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.classes.wording import weekday_text
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    report_meta,
    report_words,
)
from hearth_desk.reports.kit.fonts import BODY, TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import HEADER_FILL
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.classes.printouts import Closure, TimetableData, TimetableEntry
from hearth_desk.services.progress import Progress

SIZES = {"A4": (Paper.A4_LANDSCAPE, 1.0), "A3": (Paper.A3_LANDSCAPE, 2**0.5)}
WORKDAYS = range(5)  # always shown; the weekend only when a class meets then
PADDING = 2.2 * mm  # inside a cell, at A4
ROW_AT_LEAST = 16 * mm  # a row of the grid, at A4
LABEL_SHARE = 0.12  # of the width, for the times
LARGEST = 2.0  # a small term grows to fill the sheet, up to this times its size
SMALLEST = 0.55  # a crowded term shrinks, names whole, down to this share of its size
HOPELESS = 0.2  # and further, names broken, while it does not fit at all
NOON, EVENING = dt.time(12), dt.time(18)
PERIODS = (
    QT_TRANSLATE_NOOP("Report", "Morning"),
    QT_TRANSLATE_NOOP("Report", "Afternoon"),
    QT_TRANSLATE_NOOP("Report", "Evening"),
)


def _style(chain: tuple, size: float, scale: float, align: str = "center") -> TextStyle:
    return TextStyle(chain, size * scale, size * scale * 1.25, align)  # type: ignore[arg-type]


def period_of(start: dt.time) -> int:
    """0 morning, 1 afternoon, 2 evening."""
    return 0 if start < NOON else 1 if start < EVENING else 2


def days_shown(entries: Sequence[TimetableEntry]) -> list[int]:
    """Monday to Friday, and Saturday or Sunday only if a class meets then."""
    return [*WORKDAYS, *sorted({e.weekday for e in entries if e.weekday not in WORKDAYS})]


def time_rows(entries: Sequence[TimetableEntry]) -> list[tuple[dt.time, dt.time]]:
    """The distinct slot times, earliest first: the grid's rows."""
    return sorted({(entry.start, entry.end) for entry in entries})


def closure_ranges(closures: Sequence[Closure]) -> list[tuple[dt.date, dt.date, str]]:
    """Consecutive closure days with the same reason as one range (国庆 10-01 to 10-07)."""
    ranges: list[tuple[dt.date, dt.date, str]] = []
    for closure in closures:
        if ranges:
            first, last, reason = ranges[-1]
            if closure.reason == reason and closure.date - last == dt.timedelta(days=1):
                ranges[-1] = (first, closure.date, reason)
                continue
        ranges.append((closure.date, closure.date, closure.reason))
    return ranges


def dates_text(t: Callable[[str], str], data: TimetableData) -> str:
    """The term's days, then the days without classes."""
    span = t(QT_TRANSLATE_NOOP("Report", "{first} to {last}"))
    term = t(QT_TRANSLATE_NOOP("Report", "Term: {first} to {last}.")).format(
        first=day_text(t, data.start), last=day_text(t, data.end)
    )
    if not data.closures:
        return term + " " + t(QT_TRANSLATE_NOOP("Report", "No closure days."))
    days = []
    for first, last, reason in closure_ranges(data.closures):
        text = day_text(t, first)
        if last != first:
            text = span.format(first=text, last=day_text(t, last))
        days.append(f"{text}（{reason}）" if reason else text)
    closed = t(QT_TRANSLATE_NOOP("Report", "No classes on: {days}.")).format(days="；".join(days))
    return term + "\n" + closed


@dataclass
class _Layout:
    scale: float
    widths: list[float]  # the times' column, then each day's
    heights: list[float]  # the header row, then each time's row
    cells: list[list[list[TextBlock]]]  # per row, per column: the blocks stacked
    broken: bool  # some text needed more than one line

    def fits(self, room: float, smallest: float) -> bool:
        """Whole on the sheet, and no name broken unless even the smallest breaks some."""
        return sum(self.heights) <= room and (not self.broken or self.scale <= smallest)


class TimetableGrid(Flowable):
    """The week grid, laid out at the largest scale (up to the paper's) that fits."""

    def __init__(
        self,
        data: TimetableData,
        t: Callable[[str], str],
        log: MissingLog,
        scale: float,
        reserve: float,
    ) -> None:
        super().__init__()
        self.data, self.t, self.log = data, t, log
        self.paper_scale, self.reserve = scale, reserve
        self.days = days_shown(data.entries)
        self.rows = time_rows(data.entries)
        self.layout: _Layout | None = None

    def _cells(self, scale: float) -> list[list[list[TextBlock]]]:
        t, log = self.t, self.log
        header = _style(TITLE, 16, scale)
        name_style, detail_style = _style(TITLE, 15, scale), _style(BODY, 11.5, scale)
        time_style, period_style = _style(BODY, 12, scale), _style(TITLE, 13, scale)
        cells = [[[]] + [[TextBlock(weekday_text(t, day), header, log)] for day in self.days]]
        by_cell: dict[tuple[int, tuple[dt.time, dt.time]], list[TimetableEntry]] = {}
        for entry in self.data.entries:
            by_cell.setdefault((entry.weekday, (entry.start, entry.end)), []).append(entry)
        for start, end in self.rows:
            label = [
                TextBlock(t(PERIODS[period_of(start)]), period_style, log),
                TextBlock(f"{start:%H:%M}–{end:%H:%M}", time_style, log),
            ]
            row = [label]
            for day in self.days:
                blocks: list[TextBlock] = []
                for entry in by_cell.get((day, (start, end)), []):
                    blocks.append(TextBlock(entry.name, name_style, log))
                    blocks += [TextBlock(part, detail_style, log)
                               for part in (entry.room, entry.teacher) if part]  # fmt: skip
                row.append(blocks)
            cells.append(row)
        return cells

    def _layout(self, width: float, scale: float) -> _Layout:
        label = width * LABEL_SHARE
        widths = [label] + [(width - label) / len(self.days)] * len(self.days)
        cells = self._cells(scale)
        heights, broken = [], False
        for index, row in enumerate(cells):
            tallest = 0.0
            for blocks, column_width in zip(row, widths, strict=True):
                inner = column_width - 2 * PADDING * scale
                sizes = [block.wrap(inner, 0)[1] for block in blocks]
                broken = broken or any(
                    len(block.lines_for(inner)) > block.text.count("\n") + 1 for block in blocks
                )
                tallest = max(tallest, sum(sizes))
            least = ROW_AT_LEAST * scale if index else 0.0
            heights.append(max(least, tallest + 2 * PADDING * scale))
        return _Layout(scale, widths, heights, cells, broken)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The largest layout that fits the sheet with no name broken; below SMALLEST
        names may break, and only a term too crowded for any sheet runs over it."""
        room = available_height - self.reserve
        scale = self.paper_scale * LARGEST
        layout = self._layout(available_width, scale)
        while not layout.fits(room, self.paper_scale * SMALLEST) and scale > HOPELESS:
            scale *= 0.94
            layout = self._layout(available_width, scale)
        self.layout = layout
        self.width, self.height = sum(layout.widths), sum(layout.heights)
        return self.width, self.height

    def draw(self) -> None:
        assert self.layout is not None
        canvas: Any = self.canv
        layout = self.layout
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, self.height - layout.heights[0], self.width, layout.heights[0],
                    stroke=0, fill=1)  # fmt: skip
        canvas.setFillColor(black)
        top = self.height
        for row, row_height in zip(layout.cells, layout.heights, strict=True):
            x = 0.0
            for blocks, column_width in zip(row, layout.widths, strict=True):
                inner = column_width - 2 * PADDING * layout.scale
                heights = [block.wrap(inner, 0)[1] for block in blocks]
                y = top - (row_height - sum(heights)) / 2  # the stack in the middle
                for block, height in zip(blocks, heights, strict=True):
                    y -= height
                    block.drawOn(canvas, x + PADDING * layout.scale, y)
                x += column_width
            top -= row_height
        canvas.setLineWidth(0.8 * layout.scale)
        path = canvas.beginPath()
        y = self.height
        for row_height in [0.0, *layout.heights]:
            y -= row_height
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        x = 0.0
        for column_width in [0.0, *layout.widths]:
            x += column_width
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def timetable_title(t: Callable[[str], str], data: TimetableData) -> str:
    """和平里社区老年大学 2026年秋季学期课程表."""
    title = t(QT_TRANSLATE_NOOP("Report", "{community} elderly university: {term} timetable"))
    return title.format(community=data.community, term=data.term).strip()


def render_timetable(
    out: Path,
    data: TimetableData,
    translate: Translate,
    progress: Progress | None = None,
    *,
    size: str = "A4",
) -> RenderResult:
    """Write the term's timetable on one ``size`` (A4 or A3) landscape sheet to ``out``."""
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}")
    paper, scale = SIZES[size]
    t = report_words(translate)
    title = timetable_title(t, data)
    meta = report_meta(translate, title, data.heading, paper=paper, printed_on=data.today)
    log = MissingLog()
    width, _height = frame_size(paper)
    story: list[Flowable] = [
        TextBlock(meta.heading, _style(BODY, 13, scale), log),
        TextBlock(title, _style(TITLE, 26, scale), log),
        Spacer(1, 5 * mm * scale),
    ]
    dates = TextBlock(dates_text(t, data), _style(BODY, 13, scale, "left"), log)
    reserve = dates.wrap(width, 0)[1] + 5 * mm * scale
    if data.entries:
        story.append(TimetableGrid(data, t, log, scale, reserve))
    else:
        empty = t(QT_TRANSLATE_NOOP("Report", "The term has no classes yet."))
        story.append(TextBlock(empty, _style(BODY, 16, scale), log))
    story += [Spacer(1, 5 * mm * scale), dates]
    return build_pdf(out, meta, story, translate, log, progress, expected_pages=1)
