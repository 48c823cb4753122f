"""荣誉证书: the honour certificate, A4 landscape, one per page.

A border drawn with ReportLab, no images: a red outer rule and a gold inner rule
with ornaments in the corners (a gold quarter ring and a red diamond), the title in
red, the settings' template filled in (授予 王芳 同志 2026 年度优秀志愿者称号), then
the issuer and the date over the dashed circle where the seal goes, and the number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.certificates.common import (
    block,
    draw_centred,
    draw_signature,
    draw_top_down,
    render_pages,
)
from hearth_desk.reports.kit.fonts import BODY, TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog
from hearth_desk.services.certificates.issuing import IssuedBatch, IssuedCertificate
from hearth_desk.services.progress import Progress

TITLE_TEXT = QT_TRANSLATE_NOOP("Report", "Certificate of Honour")
RED = HexColor("#B3131B")
GOLD = HexColor("#C8A03C")
OUTER = 9 * mm  # from the paper's edge, inside what a cheap printer leaves blank
INNER = 14 * mm
ORNAMENT = 16 * mm


def draw_border(canvas: Canvas, width: float, height: float) -> None:
    """The double rule frame and its four corner ornaments."""
    canvas.saveState()
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3.2)
    canvas.rect(OUTER, OUTER, width - 2 * OUTER, height - 2 * OUTER)
    canvas.setLineWidth(0.8)
    canvas.rect(
        OUTER + 2 * mm, OUTER + 2 * mm, width - 2 * OUTER - 4 * mm, height - 2 * OUTER - 4 * mm
    )
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.6)
    canvas.rect(INNER, INNER, width - 2 * INNER, height - 2 * INNER)
    for x, y, turn in (
        (INNER, INNER, 0),
        (width - INNER, INNER, 90),
        (width - INNER, height - INNER, 180),
        (INNER, height - INNER, 270),
    ):
        _draw_corner(canvas, x, y, turn)
    canvas.restoreState()


def _draw_corner(canvas: Canvas, x: float, y: float, turn: float) -> None:
    """One corner's ornament, drawn for the bottom left and turned into place."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(turn)
    canvas.setStrokeColor(GOLD)
    canvas.setFillColor(GOLD)
    canvas.setLineWidth(1.4)
    for radius in (ORNAMENT, ORNAMENT - 3 * mm):
        path = canvas.beginPath()
        path.arc(-radius, -radius, radius, radius, startAng=0, extent=90)
        canvas.drawPath(path, stroke=1, fill=0)
    # Short rules along the two sides, then a red diamond in the corner.
    for step in (4 * mm, 7 * mm):
        canvas.line(step, ORNAMENT + 2 * mm, step, ORNAMENT + 12 * mm)
        canvas.line(ORNAMENT + 2 * mm, step, ORNAMENT + 12 * mm, step)
    canvas.setFillColor(RED)
    canvas.setStrokeColor(RED)
    size = 4.2 * mm
    centre = 6.5 * mm
    path = canvas.beginPath()
    for angle in (0, 90, 180, 270):
        px = centre + size * math.cos(math.radians(angle))
        py = centre + size * math.sin(math.radians(angle))
        path.lineTo(px, py) if angle else path.moveTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.circle(centre, centre, 1.2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def draw_honour(
    canvas: Canvas,
    certificate: IssuedCertificate,
    batch: IssuedBatch,
    t: Callable[[str], str],
    log: MissingLog,
) -> None:
    page_width, page_height = landscape(A4)
    draw_border(canvas, page_width, page_height)
    title = t(TITLE_TEXT)
    spaced = " ".join(title) if len(title) <= 6 else title  # 荣 誉 证 书
    draw_centred(canvas, spaced, TITLE, 46, page_width / 2, page_height - 58 * mm, RED)
    text_width = page_width - 2 * 48 * mm
    body = block(certificate.content, TITLE, 26, text_width, log, "center", leading=1.6)
    top = page_height - 78 * mm
    below = draw_top_down(canvas, body, 48 * mm, top)
    closing = t(QT_TRANSLATE_NOOP("Report", "Awarded in recognition of this service."))
    draw_top_down(
        canvas, block(closing, BODY, 17, text_width, log, "center"), 48 * mm, below - 8 * mm
    )
    # The issuer and the date, right, under the seal; the number, left.
    draw_signature(canvas, certificate, page_width - 40 * mm, INNER + 45 * mm, 17, t, log)
    number = t(QT_TRANSLATE_NOOP("Report", "No. {number}")).format(number=certificate.number)
    draw_top_down(canvas, block(number, BODY, 12, 120 * mm, log), INNER + 14 * mm, INNER + 16 * mm)


def render_honours(
    out: Path, batch: IssuedBatch, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """Every honour certificate of ``batch``, one A4 landscape page each, to ``out``."""
    return render_pages(
        out,
        batch,
        translate,
        progress,
        pagesize=landscape(A4),
        title=TITLE_TEXT,
        draw_page=draw_honour,
    )
