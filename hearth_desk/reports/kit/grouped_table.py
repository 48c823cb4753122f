"""Long tables of grouped rows: a household's members, a team's volunteers.

A group stays together on one page when it fits on a page at all. Its first columns
(the unit and door of a household, say) are printed on the group's first row only
and ruled only between groups, with a heavier rule starting each group, so the eye
finds where one group ends. Rows are measured once and pages filled one after the
other, as in ``table.long_table``, so time grows linearly with the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from hearth_desk.reports.kit.table import (
    BODY_STYLE,
    Column,
    PageGrid,
    cell_styles,
    column_widths,
    header_row,
    measure_row,
)
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle

GROUP_RULE = 1.6  # the line between groups, heavier than the grid's 0.6


class GroupedPageGrid(PageGrid):
    """A page of a table whose first columns are ruled only between groups.

    Rows of one group share the grouped cells' space: they are ruled across the other
    columns only, and a heavier rule starts each group.
    """

    def __init__(
        self,
        rows: list[list[TextBlock]],
        heights: list[float],
        widths: list[float],
        group_starts: set[int],
        grouped_columns: int,
    ) -> None:
        super().__init__(rows, heights, widths)
        self.group_starts = group_starts
        self.grouped_columns = grouped_columns

    def draw_rules(self, canvas: Any) -> None:
        grouped_width = sum(self.widths[: self.grouped_columns])
        thin, heavy = canvas.beginPath(), canvas.beginPath()
        y = self.height
        thin.moveTo(0, y)
        thin.lineTo(self.width, y)
        for index, row_height in enumerate(self.heights):
            y -= row_height
            following = index + 1
            if following in self.group_starts or following == len(self.heights) or index == 0:
                path = heavy if following in self.group_starts and index > 0 else thin
                path.moveTo(0, y)
                path.lineTo(self.width, y)
            else:
                thin.moveTo(grouped_width, y)
                thin.lineTo(self.width, y)
        self.add_column_rules(thin)
        canvas.setLineWidth(0.6)
        canvas.drawPath(thin, stroke=1, fill=0)
        canvas.setLineWidth(GROUP_RULE)
        canvas.drawPath(heavy, stroke=1, fill=0)


def grouped_pages(
    columns: Sequence[Column],
    groups: Sequence[Sequence[Sequence[str]]],
    *,
    width: float,
    page_height: float,
    first_page_height: float,
    caption: Callable[[bool], list[Flowable]],
    log: MissingLog,
    grouped_columns: int,
    style: TextStyle = BODY_STYLE,
    on_group: Callable[[], None] | None = None,
) -> list[Flowable]:
    """Pages of a table of ``groups`` of rows, the header and ``caption`` on each page.

    ``caption(continued)`` gives the flowables above the table: ``continued`` is False
    on the first page. The first ``grouped_columns`` columns are ruled between groups
    only; ``on_group`` hears of every group laid out (for a progress bar).
    """
    widths = column_widths(columns, width, style)
    header, header_height = header_row(columns, widths, style, log)
    body_styles = cell_styles(columns, style)
    flowables: list[Flowable] = []

    def start_page(continued: bool, room: float) -> float:
        above = caption(continued)
        flowables.extend(above)
        return room - sum(f.wrap(width, room)[1] for f in above)

    available = start_page(False, first_page_height)
    rows, heights, starts = [header], [header_height], set()
    used = header_height

    def flush() -> None:
        flowables.append(GroupedPageGrid(rows, heights, widths, starts, grouped_columns))

    for group in groups:
        measured = [measure_row(cells, body_styles, widths, log) for cells in group]
        total = sum(height for _blocks, height in measured)
        if used + total > available and len(rows) > 1 and total + header_height <= page_height:
            flush()
            flowables.append(PageBreak())
            available = start_page(True, page_height)
            rows, heights, starts, used = [header], [header_height], set(), header_height
        starts.add(len(rows))
        for blocks, height in measured:
            if used + height > available and len(rows) > 1:  # a group longer than a page
                flush()
                flowables.append(PageBreak())
                available = start_page(True, page_height)
                rows, heights, starts, used = [header], [header_height], {1}, header_height
            rows.append(blocks)
            heights.append(height)
            used += height
        if on_group is not None:
            on_group()
    flush()
    return flowables
