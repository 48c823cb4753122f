"""What both certificates share: one certificate per page, drawn straight onto the
canvas; text in blocks placed by hand; the dashed circle where the seal goes.

A batch of hundreds is one PDF written beside its target and renamed when whole
(``services/user_files``), so a failed batch leaves no half file under the name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import cannot_write_pdf, report_words
from hearth_desk.reports.kit.fonts import BODY, SANS, register
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import (
    Align,
    MissingLog,
    TextBlock,
    TextStyle,
    draw_line,
    shaper_for,
)
from hearth_desk.services.certificates.issuing import IssuedBatch, IssuedCertificate
from hearth_desk.services.progress import Progress
from hearth_desk.services.user_files import replacing

SEAL_RADIUS = 21 * mm  # a community's round seal is 42 mm across
DrawPage = Callable[
    [Canvas, IssuedCertificate, IssuedBatch, Callable[[str], str], MissingLog], None
]


def block(
    text: str,
    chain: tuple,
    size: float,
    width: float,
    log: MissingLog,
    align: Align = "left",
    leading: float = 1.45,
) -> TextBlock:
    """``text`` wrapped to ``width`` at ``size`` points."""
    text_block = TextBlock(text, TextStyle(chain, size, size * leading, align), log)
    text_block.wrap(width, 0)
    return text_block


def draw_top_down(canvas: Canvas, text_block: TextBlock, x: float, top: float) -> float:
    """Draw ``text_block`` with its top at ``top``; the y under it."""
    text_block.drawOn(canvas, x, top - text_block.height)
    return top - text_block.height


def draw_centred(
    canvas: Canvas,
    text: str,
    chain: tuple,
    size: float,
    centre_x: float,
    y: float,
    colour: Color = black,
) -> None:
    """One line centred on ``centre_x`` in ``colour`` (TextBlock always draws black)."""
    shaper = shaper_for(TextStyle(chain, size, size * 1.2))
    canvas.saveState()
    canvas.setFillColor(colour)
    draw_line(canvas, shaper, centre_x - shaper.width(text) / 2, y, text)
    canvas.restoreState()


def draw_seal_place(
    canvas: Canvas, centre_x: float, centre_y: float, t: Callable[[str], str]
) -> None:
    """A dashed circle labelled 盖章 where the seal is stamped."""
    canvas.saveState()
    canvas.setStrokeColor(Color(0.45, 0.45, 0.45))
    canvas.setLineWidth(0.8)
    canvas.setDash(4, 3)
    canvas.circle(centre_x, centre_y, SEAL_RADIUS, stroke=1, fill=0)
    canvas.restoreState()
    draw_centred(
        canvas,
        t(QT_TRANSLATE_NOOP("Report", "Seal")),
        BODY,
        11,
        centre_x,
        centre_y - SEAL_RADIUS + 4 * mm,
        Color(0.45, 0.45, 0.45),
    )


def draw_signature(
    canvas: Canvas,
    certificate: IssuedCertificate,
    right: float,
    top: float,
    size: float,
    t: Callable[[str], str],
    log: MissingLog,
) -> None:
    """The issuer and the date, centred in a column ending at ``right``, from ``top``
    down, with the seal's circle centred on them as the seal is stamped over both."""
    width = 92 * mm
    x = right - width
    issuer = block(certificate.issuer, BODY, size, width, log, "center")
    date = block(day_text(t, certificate.issued_on), BODY, size, width, log, "center")
    below = draw_top_down(canvas, issuer, x, top)
    below = draw_top_down(canvas, date, x, below - 3 * mm)
    draw_seal_place(canvas, x + width / 2, (top + below) / 2, t)


def render_pages(
    out: Path,
    batch: IssuedBatch,
    translate: Translate,
    progress: Progress | None,
    *,
    pagesize: tuple[float, float],
    title: str,
    draw_page: DrawPage,
) -> RenderResult:
    """One page per certificate of ``batch``, drawn by ``draw_page``, written to ``out``."""
    progress = progress or Progress.silent()
    t = report_words(translate)
    log = MissingLog()
    register(SANS)
    total = len(batch.certificates)
    with replacing(out, partial(cannot_write_pdf, out)) as temporary:
        canvas = Canvas(
            str(temporary), pagesize=pagesize, initialFontName=SANS.name, initialFontSize=12
        )
        canvas.setTitle(f"{t(title)} · {batch.year}")
        canvas.setAuthor(batch.heading or "")
        canvas.setCreator("Hearth Desk")
        for done, certificate in enumerate(batch.certificates):
            draw_page(canvas, certificate, batch, t, log)
            canvas.showPage()
            progress.report(done + 1, total, QT_TRANSLATE_NOOP("Progress", "Laying out pages…"))
        if not batch.certificates:
            draw_centred(
                canvas,
                t(QT_TRANSLATE_NOOP("Report", "No one qualifies.")),
                BODY,
                16,
                pagesize[0] / 2,
                pagesize[1] / 2,
            )
            canvas.showPage()
        canvas.save()
    return RenderResult(path=out, pages=max(total, 1), missing=list(log.items))
