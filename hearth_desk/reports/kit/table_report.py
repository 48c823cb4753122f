"""A report that is one long table under the title block: rosters, ledgers, lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import (
    NOTE_STYLE,
    ReportMeta,
    build_pdf,
    frame_size,
    opening,
    room_left,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, long_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock
from hearth_desk.services.progress import Progress

ROWS_PER_PAGE_GUESS = 25  # for the progress bar only


def render_table_report(
    out: Path,
    meta: ReportMeta,
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    translate: Translate,
    *,
    empty_text: str,
    total_rows: int = 0,
    progress: Progress | None = None,
    note: str = "",
    rows_per_page_guess: int = ROWS_PER_PAGE_GUESS,
    closing: str = "",
) -> RenderResult:
    """Lay ``rows`` out under the title block (and ``note``, if any) and write ``out``;
    ``closing`` (totals, say) follows the table.

    ``total_rows`` and ``rows_per_page_guess`` only drive the progress bar.
    """
    log = MissingLog()
    width, height = frame_size(meta.paper)
    story = opening(meta, log, note)
    story += long_table(
        columns,
        rows,
        width=width,
        page_height=height,
        first_page_height=room_left(story, meta.paper),
        log=log,
        empty_text=empty_text,
        total_rows=total_rows,
        progress=progress,
    )
    if closing:
        story += [Spacer(1, 4 * mm), TextBlock(closing, NOTE_STYLE, log)]
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, total_rows // rows_per_page_guess),
    )
