"""Long tables, laid out page by page.

One ReportLab ``Table`` of thousands of rows is split again and again as it flows,
which grows superlinearly (8,000 rows take seconds, 16,000 far longer). We measure
each row once, fill a page's worth, and emit one small table per page with the
header row repeated, so time grows linearly with the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from hearth_desk.reports.kit.fonts import SANS, TITLE
from hearth_desk.reports.kit.line_writer import LineWriter
from hearth_desk.reports.kit.text import Align, MissingLog, TextBlock, TextStyle, shaper_for
from hearth_desk.services.progress import Progress

CELL_PADDING_X = 3.0
CELL_PADDING_Y = 2.5
HEADER_FILL = HexColor("#E6E6E6")  # light enough for a cheap printer, still visible
BODY_STYLE = TextStyle(size=11, leading=14)
ROWS_PER_PROGRESS_REPORT = 200


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the table's width
    align: Align = "left"
    fit: tuple[str, ...] = ()  # values that must stay on one line (Female, a full ID)


def title_style(style: TextStyle, header: TextStyle | None = None) -> TextStyle:
    """The column titles' style: ``header`` if given, else the body's size in the
    title face; centred."""
    if header is not None:
        return TextStyle(header.chain, header.size, header.leading, "center")
    return TextStyle(TITLE, style.size, style.leading, "center")


def needed_width(column: Column, style: TextStyle, header: TextStyle | None = None) -> float:
    """The narrowest the column may be: no word of its title and none of its ``fit``
    values broken across lines (English "Gender" read "Gend / er" in a narrow column)."""
    title = shaper_for(title_style(style, header))
    body = shaper_for(style)
    words = [title.width(word) for word in column.title.split()]
    words += [body.width(value) for value in column.fit]
    return max(words, default=0.0) + 2 * CELL_PADDING_X + 1


def column_widths(
    columns: Sequence[Column],
    total: float,
    style: TextStyle = BODY_STYLE,
    header: TextStyle | None = None,
) -> list[float]:
    """Widths by weight, each raised to what it needs, the rise taken from the columns
    with room to spare in proportion to their weight."""
    needs = [needed_width(column, style, header) for column in columns]
    fixed: set[int] = set()
    while True:
        free = total - sum(needs[i] for i in fixed)
        weights = sum(c.weight for i, c in enumerate(columns) if i not in fixed)
        widths = [
            needs[i] if i in fixed else free * c.weight / weights for i, c in enumerate(columns)
        ]
        short = {i for i, width in enumerate(widths) if i not in fixed and width < needs[i]}
        if not short or len(fixed | short) == len(columns):
            return widths
        fixed |= short


def cell_styles(columns: Sequence[Column], base: TextStyle) -> list[TextStyle]:
    """The body cells' styles: ``base`` aligned as each column says."""
    return [TextStyle(base.chain, base.size, base.leading, column.align) for column in columns]


def measure_row(
    cells: Sequence[str], styles: Sequence[TextStyle], widths: Sequence[float], log: MissingLog
) -> tuple[list[TextBlock], float]:
    """A row's cells as text blocks, and the height the tallest needs."""
    blocks = [TextBlock(str(text), style, log) for text, style in zip(cells, styles, strict=True)]
    height = max(
        block.wrap(width - 2 * CELL_PADDING_X, 0)[1]
        for block, width in zip(blocks, widths, strict=True)
    )
    return blocks, height + 2 * CELL_PADDING_Y


def header_row(
    columns: Sequence[Column],
    widths: Sequence[float],
    style: TextStyle,
    log: MissingLog,
    header: TextStyle | None = None,
) -> tuple[list[TextBlock], float]:
    """The header row (column titles in the title face, centred) and its height."""
    titles = title_style(style, header)
    return measure_row([c.title for c in columns], [titles] * len(columns), widths, log)


def long_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    *,
    width: float,
    page_height: float,
    first_page_height: float,
    log: MissingLog,
    empty_text: str,
    total_rows: int = 0,
    progress: Progress | None = None,
    style: TextStyle = BODY_STYLE,
    min_row_height: float = 0.0,
    page_grid: Callable[[list[list[TextBlock]], list[float], list[float]], Flowable] | None = None,
    header_style: TextStyle | None = None,
) -> list[Flowable]:
    """Flowables for a table of ``rows``: one table per page, the header on each.

    ``first_page_height`` is the space left under whatever precedes the table. Body
    rows are at least ``min_row_height`` tall (room to sign in); ``page_grid`` draws a
    page (``PageGrid`` unless a printout draws more in its cells, such as barcodes).
    The column titles are in the title face at the body's size unless ``header_style``
    says otherwise (smaller, for many narrow columns such as dates).
    """
    make_grid = page_grid or PageGrid
    progress = progress or Progress.silent()
    widths = column_widths(columns, width, style, header_style)
    header, header_height = header_row(columns, widths, style, log, header_style)
    body_styles = cell_styles(columns, style)
    flowables: list[Flowable] = []
    page_rows: list[list[TextBlock]] = [header]
    page_heights: list[float] = [header_height]
    available = first_page_height
    used = header_height
    count = 0

    def flush() -> None:
        flowables.append(make_grid(page_rows, page_heights, widths))

    for cells in rows:
        blocks, height = measure_row(cells, body_styles, widths, log)
        height = max(height, min_row_height)
        if used + height > available and len(page_rows) > 1:
            flush()
            flowables.append(PageBreak())
            page_rows, page_heights = [header], [header_height]
            available, used = page_height, header_height
        page_rows.append(blocks)
        page_heights.append(height)
        used += height
        count += 1
        if count % ROWS_PER_PROGRESS_REPORT == 0:
            progress.report(count, max(total_rows, count), "")
    if count == 0:
        empty = TextBlock(
            empty_text, TextStyle(style.chain, style.size, style.leading, "center"), log
        )
        page_rows.append([empty] + [TextBlock("", style)] * (len(columns) - 1))
        page_heights.append(style.leading + 2 * CELL_PADDING_Y)
        table = _page_table(page_rows, page_heights, widths)
        table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
        return [table]
    flush()
    return flowables


def headed_pages(
    heading: Callable[[str], list[Flowable]],
    title: str,
    continued: str,
    table: Callable[[float], list[Flowable]],
    frame: tuple[float, float],
) -> list[Flowable]:
    """A long table under a heading on each of its pages: ``heading(title)`` on the
    first, ``heading(continued)`` on the others (no heading when ``title`` is "").
    ``table(room)`` lays the table out leaving ``room`` on every page for the heading."""
    width, height = frame
    story = heading(title) if title else []
    room = sum(flowable.wrap(width, height)[1] for flowable in story)
    for flowable in table(room):
        story.append(flowable)
        if isinstance(flowable, PageBreak) and title:
            story += heading(continued)
    return story


class PageGrid(Flowable):
    """One page of a long table, drawn directly: a ruled grid of text cells.

    ReportLab's ``Table`` measures, styles and splits every cell again; rows here are
    measured once in ``long_table`` and a page's worth never splits, so drawing the
    lines and cells ourselves saves a good part of a long roster's time.
    """

    def __init__(
        self, rows: list[list[TextBlock]], heights: list[float], widths: list[float]
    ) -> None:
        super().__init__()
        self.rows, self.heights, self.widths = rows, heights, widths
        self.width, self.height = sum(widths), sum(heights)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, self.height - self.heights[0], self.width, self.heights[0], stroke=0, fill=1)
        canvas.setFillColor(black)
        self.draw_cells(canvas)
        canvas.setStrokeColor(black)
        self.draw_rules(canvas)
        canvas.restoreState()

    def draw_cells(self, canvas: Any) -> None:
        text = canvas.beginText()
        writer = LineWriter(text)
        top = self.height
        for cells, row_height in zip(self.rows, self.heights, strict=True):
            x = 0.0
            for block, column_width in zip(cells, self.widths, strict=True):
                _w, block_height = block.wrap(column_width - 2 * CELL_PADDING_X, row_height)
                y = top - row_height + (row_height - block_height) / 2  # middle
                if not block.draw_lines_into(writer, x + CELL_PADDING_X, y):
                    block.drawOn(canvas, x + CELL_PADDING_X, y)
                x += column_width
            top -= row_height
        writer.done()
        canvas.drawText(text)

    def draw_rules(self, canvas: Any) -> None:
        """A full grid; subclasses rule differently (households in the ledger)."""
        canvas.setLineWidth(0.6)
        path = canvas.beginPath()
        y = self.height
        for row_height in [0.0, *self.heights]:
            y -= row_height
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        self.add_column_rules(path)
        canvas.drawPath(path, stroke=1, fill=0)

    def add_column_rules(self, path: Any) -> None:
        x = 0.0
        for column_width in [0.0, *self.widths]:
            x += column_width
            path.moveTo(x, 0)
            path.lineTo(x, self.height)


def _page_table(rows: list[list[TextBlock]], heights: list[float], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # Table sets each cell's font even for flowable cells; Helvetica would be
                # named in the PDF without being embedded.
                ("FONTNAME", (0, 0), (-1, -1), SANS.name),
                ("GRID", (0, 0), (-1, -1), 0.6, black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
            ]
        )
    )
    return table


def simple_table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    *,
    width: float,
    log: MissingLog,
    style: TextStyle = BODY_STYLE,
) -> Table:
    """A short table (tens of rows) that may still cross a page, repeating its header."""
    widths = column_widths(columns, width, style)
    header, header_height = header_row(columns, widths, style, log)
    body_styles = cell_styles(columns, style)
    table_rows, heights = [header], [header_height]
    for cells in rows:
        blocks, height = measure_row(cells, body_styles, widths, log)
        table_rows.append(blocks)
        heights.append(height)
    return _page_table(table_rows, heights, widths)
