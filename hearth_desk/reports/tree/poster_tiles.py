"""A large poster split onto office-printer sheets (``--tile A4|A3``).

Each sheet prints a piece of the poster inside a 10 mm margin the printer does not
clip. Neighbouring pieces overlap by 10 mm: the overlap on the right and bottom of a
sheet is shaded, and the next sheet, cut along its corner marks, is glued over it.
Each sheet says in its margin which row and column it is, so the pile can be laid
out in order on the office floor.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.reports.kit.fonts import BODY, TITLE
from hearth_desk.reports.kit.text import TextStyle, draw_line, shaper_for
from hearth_desk.reports.tree.poster_layout import rows_and_columns

TILE_SHEETS = {"A4": A4, "A3": A3}
SHEET_MARGIN = 10 * mm
OVERLAP = 10 * mm
MARK = 6 * mm  # corner marks' length, in the margin
GLUE = HexColor("#D9D9D9")
LABEL = TextStyle(chain=TITLE, size=12, leading=14)
HINT = TextStyle(chain=BODY, size=9, leading=11)


def sheet_grid(width: float, height: float, sheet: str) -> tuple[tuple[float, float], int, int]:
    """The sheet's size in the orientation that needs fewer sheets, rows and columns."""
    short, long = TILE_SHEETS[sheet]
    best: tuple[tuple[float, float], int, int] | None = None
    for page in ((short, long), (long, short)):
        content_w, content_h = page[0] - 2 * SHEET_MARGIN, page[1] - 2 * SHEET_MARGIN
        rows = rows_and_columns(height, content_h, OVERLAP)
        columns = rows_and_columns(width, content_w, OVERLAP)
        if best is None or rows * columns < best[1] * best[2]:
            best = (page, rows, columns)
    assert best is not None
    return best


def _corner_marks(canvas: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    """Cut marks at the four corners of the printed piece, outside it."""
    gap = 1.5 * mm
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.5)
    for x, dx in ((x0, -1), (x1, 1)):
        for y, dy in ((y0, -1), (y1, 1)):
            canvas.line(x + dx * gap, y, x + dx * (gap + MARK), y)
            canvas.line(x, y + dy * gap, x, y + dy * (gap + MARK))


def _glue_strip(canvas: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Shade the overlap the next sheet is glued over, with diagonal lines."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(GLUE)
    canvas.setLineWidth(1.2)
    step = 3 * mm
    offset = -h
    while offset < w:
        canvas.line(x + offset, y, x + offset + h, y + h)
        offset += step
    canvas.restoreState()
    canvas.setStrokeColor(black)
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.setDash()


def draw_tiles(
    canvas: Canvas, form: str, width: float, height: float, sheet: str, t: Callable[[str], str]
) -> int:
    """Place the poster ``form`` (``width`` × ``height``) on sheets; return how many."""
    (sheet_w, sheet_h), rows, columns = sheet_grid(width, height, sheet)
    content_w, content_h = sheet_w - 2 * SHEET_MARGIN, sheet_h - 2 * SHEET_MARGIN
    step_x, step_y = content_w - OVERLAP, content_h - OVERLAP
    label_shaper, hint_shaper = shaper_for(LABEL), shaper_for(HINT)
    hint = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "Cut along the corner marks; glue each sheet over the shaded strip of the "
            "sheet to its left or above.",
        )
    )
    for row in range(rows):
        for column in range(columns):
            canvas.setPageSize((sheet_w, sheet_h))
            left = column * step_x
            bottom = height - row * step_y - content_h
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(SHEET_MARGIN, SHEET_MARGIN, content_w, content_h)
            canvas.clipPath(clip, stroke=0, fill=0)
            canvas.translate(SHEET_MARGIN - left, SHEET_MARGIN - bottom)
            canvas.doForm(form)
            canvas.restoreState()
            x0, y0 = SHEET_MARGIN, SHEET_MARGIN
            x1, y1 = x0 + content_w, y0 + content_h
            if column < columns - 1:
                _glue_strip(canvas, x1 - OVERLAP, y0, OVERLAP, content_h)
            if row < rows - 1:
                _glue_strip(canvas, x0, y0, content_w, OVERLAP)
            _corner_marks(canvas, x0, y0, x1, y1)
            canvas.setFillColor(black)
            label = t(QT_TRANSLATE_NOOP("Report", "Row {row}, column {column}")).format(
                row=row + 1, column=column + 1
            )
            label += f"  ({row + 1}/{rows}, {column + 1}/{columns})"
            draw_line(canvas, label_shaper, x0 + MARK + 3 * mm, y1 + 3 * mm, label)
            draw_line(canvas, hint_shaper, x0 + MARK + 3 * mm, y0 - 6 * mm, hint)
            canvas.showPage()
    return rows * columns
