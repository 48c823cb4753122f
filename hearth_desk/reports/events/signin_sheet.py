"""The sign-in sheet (签到表) that lies on the table at the door.

A4 portrait, the header row on every page. One numbered row per person holding a
place, in sign-up order, then the waiting list (marked; they may come and be let in
when a place is free), then blank rows for those who come without signing up: at
least ``BLANK_ROWS``, and as many more as fill the last page. Phones are masked.

Each named row carries its code (``domain.signin_codes``) as a Code128 barcode with
the digits small under it: a USB scanner at the door types it back into check-in.
Bars are ``BAR_WIDTH`` wide (ordinary office printers keep 0.25 mm and up sharp) with
ten modules of white either side, and rows are tall enough to sign in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.events.wording import event_meta, where_and_when
from hearth_desk.reports.kit.document import (
    build_pdf,
    frame_size,
    opening,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.fonts import SANS
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, PageGrid, long_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock
from hearth_desk.services.events.printouts import SigninSheetData
from hearth_desk.services.progress import Progress

BLANK_ROWS = 10  # for walk-ins, at the least
ROW_HEIGHT = 14 * mm  # room for a signature, and for the barcode with its digits
BAR_WIDTH = 0.3 * mm  # the narrowest bar (one module)
BAR_HEIGHT = 8 * mm
QUIET_MODULES = 10  # white either side of the bars, as Code128 asks
DIGITS_SIZE = 6.5
CODE_COLUMN = 4  # the column the codes are drawn in
ROWS_PER_PAGE_GUESS = 16  # for the progress bar only


def signin_columns(t: Callable[[str], str]) -> list[Column]:
    # Widths in millimetres of the 180 mm between the margins.
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 11, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 36),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 27, "center", ("138****5678",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Signature")), 60),
        Column(t(QT_TRANSLATE_NOOP("Report", "Sign-in code")), 46, "center"),
    ]


def barcode(code: str) -> Code128:
    """The row's code in Code128 (set C: two digits a symbol), without its human-readable
    line: the digits are drawn under it in the sheet's own face."""
    return Code128(code, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, humanReadable=False, quiet=False)


class SigninGrid(PageGrid):
    """A page of the sheet: the kit's grid, with each code drawn as a barcode."""

    def __init__(
        self, rows: list[list[TextBlock]], heights: list[float], widths: list[float]
    ) -> None:
        self.codes = [row[CODE_COLUMN].text for row in rows]
        self.codes[0] = ""  # the header row
        rows = [
            row if not code else [*row[:CODE_COLUMN], TextBlock("", row[CODE_COLUMN].style)]
            for row, code in zip(rows, self.codes, strict=True)
        ]
        super().__init__(rows, heights, widths)

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(black)
        left = sum(self.widths[:CODE_COLUMN])
        width = self.widths[CODE_COLUMN]
        top = self.height
        for code, row_height in zip(self.codes, self.heights, strict=True):
            top -= row_height
            if not code:
                continue
            bars = barcode(code)
            middle = top + row_height / 2
            digits_y = middle - (BAR_HEIGHT + DIGITS_SIZE + 1) / 2
            bars.drawOn(canvas, left + (width - bars.width) / 2, digits_y + DIGITS_SIZE + 1)
            canvas.setFont(SANS.name, DIGITS_SIZE)
            text_width = stringWidth(code, SANS.name, DIGITS_SIZE)
            canvas.drawString(left + (width - text_width) / 2, digits_y, code)
        canvas.restoreState()


def _rows(data: SigninSheetData, t: Callable[[str], str], blanks: int) -> Iterator[Sequence[str]]:
    waiting = t(QT_TRANSLATE_NOOP("Report", "{name} (waiting list no. {position})"))
    number = 0
    for number, row in enumerate(data.rows, start=1):
        name = row.name
        if row.waiting_position is not None:
            name = waiting.format(name=row.name, position=row.waiting_position)
        yield [str(number), name, row.phone, "", row.code]
    for extra in range(number + 1, number + blanks + 1):
        yield [str(extra), "", "", "", ""]


def render_signin_sheet(
    out: Path,
    data: SigninSheetData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the sign-in sheet on A4 portrait and write it to ``out``."""
    t = report_words(translate)
    event = data.event
    meta = event_meta(translate, t(QT_TRANSLATE_NOOP("Report", "Sign-in sheet")), event)
    waiting = len(data.rows) - data.holding
    note = where_and_when(t, event)
    note += "\n" + t(
        QT_TRANSLATE_NOOP(
            "Report",
            "{count} signed up, {waiting} on the waiting list; the blank rows are for "
            "those who come without signing up.",
        )
    ).format(count=data.holding, waiting=waiting)
    note += " " + t(QT_TRANSLATE_NOOP("Report", "Phones are partly hidden."))
    log = MissingLog()
    width, height = frame_size(meta.paper)
    story: list[Flowable] = opening(meta, log, note)
    first_page = room_left(story, meta.paper)
    columns = signin_columns(t)

    def table(blanks: int, progress: Progress | None = None) -> list[Flowable]:
        return long_table(
            columns,
            _rows(data, t, blanks),
            width=width,
            page_height=height,
            first_page_height=first_page,
            log=log,
            empty_text="",
            total_rows=len(data.rows) + blanks,
            progress=progress,
            min_row_height=ROW_HEIGHT,
            page_grid=SigninGrid,
        )

    # Laid out once to see the room left on the last page, then with it filled.
    pages = [flowable for flowable in table(BLANK_ROWS) if isinstance(flowable, SigninGrid)]
    room = (first_page if len(pages) == 1 else height) - pages[-1].height
    blanks = BLANK_ROWS + max(0, int(room // ROW_HEIGHT))
    story += table(blanks, progress)
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, (len(data.rows) + blanks) // ROWS_PER_PAGE_GUESS),
    )
