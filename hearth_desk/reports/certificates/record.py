"""志愿服务记录证明: the service record certificate, A4 portrait, one per page.

It carries what the national guidance asks for, as a ruled form a cheap printer
prints black and large: the number top right; the volunteer's identity (name, ID type,
the full ID number: the certificate exists to prove it); the service (period, total
hours, what was done, with the times in it); the issuer (organisation, person in
charge, handler, phone); then 特此证明, and the issuer and date beside the dashed
circle where the seal goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.certificates.common import (
    block,
    draw_signature,
    draw_top_down,
    render_pages,
)
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.fonts import BODY, TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog, TextBlock
from hearth_desk.services.certificates.issuing import IssuedBatch, IssuedCertificate
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress

TITLE_TEXT = QT_TRANSLATE_NOOP("Report", "Volunteer Service Record Certificate")
MARGIN = 22 * mm
LABEL_WIDTH = 34 * mm
PAD_PER_POINT = 0.55  # a form line's padding, per point of its text
FORM_SIZES = (16, 15, 14, 13, 12)  # points: the largest that fits is used
FOOT_ROOM = 46 * mm  # under the form: 特此证明, the issuer and date under the seal
SECTION_FILL = HexColor("#E6E6E6")


def form_rows(
    certificate: IssuedCertificate, batch: IssuedBatch, t: Callable[[str], str]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The form's sections, each with its (label, value) rows."""
    period = t(QT_TRANSLATE_NOOP("Report", "{start} to {end}")).format(
        start=day_text(t, certificate.period_start), end=day_text(t, certificate.period_end)
    )
    hours = t(QT_TRANSLATE_NOOP("Report", "{hours} hours")).format(
        hours=hours_text(certificate.hours)
    )
    return [
        (
            t(QT_TRANSLATE_NOOP("Report", "Volunteer")),
            [
                (t(QT_TRANSLATE_NOOP("Report", "Name")), certificate.person_name),
                (t(QT_TRANSLATE_NOOP("Report", "ID type")), certificate.id_type),
                (t(QT_TRANSLATE_NOOP("Report", "ID document number")), certificate.id_number),
            ],
        ),
        (
            t(QT_TRANSLATE_NOOP("Report", "Service")),
            [
                (t(QT_TRANSLATE_NOOP("Report", "Service period")), period),
                (t(QT_TRANSLATE_NOOP("Report", "Total hours")), hours),
                (t(QT_TRANSLATE_NOOP("Report", "What was done")), certificate.content),
            ],
        ),
        (
            t(QT_TRANSLATE_NOOP("Report", "Issuer")),
            [
                (t(QT_TRANSLATE_NOOP("Report", "Organisation")), certificate.issuer),
                (t(QT_TRANSLATE_NOOP("Report", "Person in charge")), batch.person_in_charge),
                (t(QT_TRANSLATE_NOOP("Report", "Handler")), batch.handler),
                (t(QT_TRANSLATE_NOOP("Report", "Contact phone")), batch.contact_phone),
            ],
        ),
    ]


def _form_blocks(
    sections: list[tuple[str, list[tuple[str, str]]]], width: float, size: float, log: MissingLog
) -> list[tuple[bool, TextBlock, TextBlock | None, float]]:
    """Each line of the form wrapped at ``size``: (a section heading?, its label or
    heading, its value, its height)."""
    pad = size * PAD_PER_POINT
    lines: list[tuple[bool, TextBlock, TextBlock | None, float]] = []
    for heading, rows in sections:
        heading_block = block(heading, TITLE, size * 0.95, width - 2 * pad, log)
        lines.append((True, heading_block, None, heading_block.height + pad))
        for label, value in rows:
            label_block = block(label, TITLE, size, LABEL_WIDTH - 2 * pad, log)
            value_block = block(value, BODY, size, width - LABEL_WIDTH - 2 * pad, log)
            height = max(label_block.height, value_block.height) + 2 * pad
            lines.append((False, label_block, value_block, height))
    return lines


def _draw_form(
    canvas: Canvas,
    lines: list[tuple[bool, TextBlock, TextBlock | None, float]],
    x: float,
    top: float,
    width: float,
) -> float:
    """The ruled form from ``top`` down; the y under it."""
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.9)
    y = top
    for heading, label, value, height in lines:
        pad = (height - label.height) / 2 if heading else label.style.size * PAD_PER_POINT
        if heading:
            canvas.setFillColor(SECTION_FILL)
            canvas.rect(x, y - height, width, height, stroke=1, fill=1)
            canvas.setFillColor(black)
            label.drawOn(canvas, x + pad * 2, y - height + pad)
        else:
            assert value is not None
            canvas.rect(x, y - height, width, height, stroke=1, fill=0)
            canvas.line(x + LABEL_WIDTH, y, x + LABEL_WIDTH, y - height)
            label.drawOn(canvas, x + pad, y - pad - label.height)
            value.drawOn(canvas, x + LABEL_WIDTH + pad, y - pad - value.height)
        y -= height
    return y


def draw_record(
    canvas: Canvas,
    certificate: IssuedCertificate,
    batch: IssuedBatch,
    t: Callable[[str], str],
    log: MissingLog,
) -> None:
    page_width, page_height = A4
    width = page_width - 2 * MARGIN
    number = t(QT_TRANSLATE_NOOP("Report", "No. {number}")).format(number=certificate.number)
    draw_top_down(
        canvas, block(number, BODY, 13, width, log, "right"), MARGIN, page_height - 14 * mm
    )
    y = draw_top_down(
        canvas, block(t(TITLE_TEXT), TITLE, 30, width, log, "center"), MARGIN, page_height - 26 * mm
    )
    intro = t(
        QT_TRANSLATE_NOOP(
            "Report", "This is to certify that the volunteer below served with us, as recorded:"
        )
    )
    y = draw_top_down(canvas, block(intro, BODY, 15, width, log), MARGIN, y - 7 * mm)
    # The largest text that leaves room under the form for the seal (a long "what was
    # done" takes lines).
    sections = form_rows(certificate, batch, t)
    room = y - 3 * mm - (MARGIN + FOOT_ROOM)
    for size in FORM_SIZES:
        lines = _form_blocks(sections, width, size, log)
        if sum(line[3] for line in lines) <= room:
            break
    y = _draw_form(canvas, lines, MARGIN, y - 3 * mm, width)
    closing = t(QT_TRANSLATE_NOOP("Report", "This is hereby certified."))
    draw_top_down(canvas, block(closing, BODY, 16, width, log), MARGIN + 32, y - 6 * mm)
    # The issuer and the date under the seal, right, under the form.
    foot_top = max(MARGIN + 34 * mm, min(y - 22 * mm, MARGIN + 60 * mm))
    draw_signature(canvas, certificate, page_width - MARGIN, foot_top, 16, t, log)


def render_records(
    out: Path, batch: IssuedBatch, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """Every service record certificate of ``batch``, one A4 page each, to ``out``."""
    return render_pages(
        out, batch, translate, progress, pagesize=A4, title=TITLE_TEXT, draw_page=draw_record
    )
