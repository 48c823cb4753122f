"""The notice for the board (活动通知), A4 or A3 portrait, read from a few steps away.

A big title, then 时间 and 地点, places and the sign-up deadline when there are any,
the stalls as "单位 — 服务" lines, the event's own notice text, and whom to ask with
the full number (it is a public contact) beside a QR code of ``tel:`` that a phone
dials. The community signs it at the foot, with the day it was printed, as notices
are signed. Everything is drawn at A4's sizes times the paper's scale, and shrunk
together when a long text would not fit on the sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.events.wording import day_text, place_line, time_line
from hearth_desk.reports.kit.document import cannot_write_pdf, report_words
from hearth_desk.reports.kit.fonts import BODY, SANS, TITLE, register
from hearth_desk.reports.kit.qr import draw_qr
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.events.printouts import NoticeData
from hearth_desk.services.progress import Progress
from hearth_desk.services.user_files import replacing

SIZES = {"A4": A4, "A3": A3}
MARGIN = 20 * mm  # at A4; every length below is scaled with the paper
QR_SIZE = 38 * mm
SMALLEST = 0.5  # a text too long for the sheet shrinks, down to half its size


@dataclass(frozen=True)
class _Line:
    text: str
    chain: tuple
    size: float  # points at A4
    align: str = "left"
    space_before: float = 0.0  # points at A4


def notice_lines(data: NoticeData, t: Callable[[str], str]) -> list[_Line]:
    """What the notice says, top to bottom, at A4's sizes (the contact is drawn apart)."""
    event = data.event
    lines = [
        _Line(t(QT_TRANSLATE_NOOP("Report", "Notice")), TITLE, 30, "center"),
        _Line(event.title, TITLE, 40, "center", 10),
        _Line(time_line(t, event), BODY, 20, space_before=28),
    ]
    if event.place:
        lines.append(_Line(place_line(t, event), BODY, 20, space_before=6))
    places = _places_text(data, t)
    if places:
        lines.append(_Line(places, BODY, 20, space_before=6))
    if data.stalls:
        lines.append(_Line(t(QT_TRANSLATE_NOOP("Report", "Services:")), TITLE, 20, space_before=18))
        lines += [
            _Line(f"{stall.unit} — {stall.service}", BODY, 17, space_before=3)
            for stall in data.stalls
        ]
    if data.notice:
        lines += [
            _Line(paragraph, BODY, 17, space_before=18 if n == 0 else 6)
            for n, paragraph in enumerate(p for p in data.notice.splitlines() if p.strip())
        ]
    return lines


def _places_text(data: NoticeData, t: Callable[[str], str]) -> str:
    """名额 30 人，2026年12月3日前报名。 or either half, or ""."""
    deadline = day_text(t, data.deadline) if data.deadline else ""
    if data.capacity and deadline:
        source = QT_TRANSLATE_NOOP("Report", "{capacity} places; sign up by {date}.")
    elif data.capacity:
        source = QT_TRANSLATE_NOOP("Report", "{capacity} places.")
    elif deadline:
        source = QT_TRANSLATE_NOOP("Report", "Sign up by {date}.")
    else:
        return ""
    return t(source).format(capacity=data.capacity, date=deadline)


def contact_text(data: NoticeData, t: Callable[[str], str]) -> str:
    """联系人：王芳　电话：13812345678, or as much of it as is known."""
    name, phone = data.contact_name, data.contact_phone
    if name and phone:
        source = QT_TRANSLATE_NOOP("Report", "Contact: {name}  Phone: {phone}")
    elif phone:
        source = QT_TRANSLATE_NOOP("Report", "Phone: {phone}")
    elif name:
        source = QT_TRANSLATE_NOOP("Report", "Contact: {name}")
    else:
        return ""
    return t(source).format(name=name, phone=phone)


def _blocks(
    lines: list[_Line], scale: float, log: MissingLog, width: float
) -> list[tuple[TextBlock, float]]:
    """Each line as a wrapped block at ``scale``, with the space above it."""
    blocks = []
    for line in lines:
        style = TextStyle(line.chain, line.size * scale, line.size * scale * 1.4, line.align)  # type: ignore[arg-type]
        block = TextBlock(line.text, style, log)
        block.wrap(width, 0)
        blocks.append((block, line.space_before * scale))
    return blocks


def render_notice(
    out: Path,
    data: NoticeData,
    translate: Translate,
    progress: Progress | None = None,
    *,
    size: str = "A4",
) -> RenderResult:
    """Write the notice on one ``size`` sheet (A4 or A3, portrait) to ``out``."""
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}")
    progress = progress or Progress.silent()
    t = report_words(translate)
    page_width, page_height = SIZES[size]
    paper = page_width / A4[0]
    margin, width = MARGIN * paper, page_width - 2 * MARGIN * paper
    log = MissingLog()
    register(SANS)
    event = data.event
    contact = contact_text(data, t)
    qr = QR_SIZE * paper if data.contact_phone else 0.0
    if qr:
        contact += "\n" + t(QT_TRANSLATE_NOOP("Report", "Scan the code to call."))
    foot = [
        _Line(event.community or event.heading or "", BODY, 17, "right"),
        _Line(day_text(t, event.today), BODY, 17, "right", 4),
    ]
    foot_blocks = _blocks(foot, paper, log, width)
    foot_height = sum(block.height + space for block, space in foot_blocks)
    contact_block = _blocks([_Line(contact, BODY, 20)], paper, log, width - qr - 6 * mm * paper)
    contact_height = max(qr, contact_block[0][0].height) + 12 * mm * paper if contact else 0.0
    room = page_height - 2 * margin - foot_height - contact_height
    scale, lines = paper, notice_lines(data, t)
    body = _blocks(lines, scale, log, width)
    while sum(b.height + s for b, s in body) > room and scale > paper * SMALLEST:
        scale *= 0.92
        body = _blocks(lines, scale, log, width)
    progress.report(0, 1, "")
    with replacing(out, partial(cannot_write_pdf, out)) as temporary:
        canvas = Canvas(
            str(temporary),
            pagesize=(page_width, page_height),
            initialFontName=SANS.name,
            initialFontSize=12,
        )
        canvas.setTitle(f"{t(QT_TRANSLATE_NOOP('Report', 'Notice'))} · {event.title}")
        canvas.setAuthor(event.heading or "")
        canvas.setCreator("Hearth Desk")
        y = page_height - margin
        for block, space in body:
            y -= space + block.height
            block.drawOn(canvas, margin, y)
        if contact:
            bottom = margin + foot_height + 6 * mm * paper
            block = contact_block[0][0]
            block.drawOn(canvas, margin, bottom + (max(qr, block.height) - block.height) / 2)
            if qr:
                draw_qr(canvas, f"tel:{data.contact_phone}", margin + width - qr, bottom, qr)
        y = margin + foot_height
        for block, space in foot_blocks:
            y -= space + block.height
            block.drawOn(canvas, margin, y)
        canvas.showPage()
        canvas.save()
    progress.report(1, 1, "")
    return RenderResult(path=out, pages=1, missing=list(log.items))
