"""Contact cards (党群连心卡): 90×54 mm, ten to an A4 sheet, with crop marks.

Each card is one member: the community's heading, the name large, the teams with
the role in each, the work unit, the phone (in full: residents are meant to call it)
and the team's promise, with a QR code a phone camera turns into a contact. The
cards touch one another in a 2 × 5 grid centred on the sheet, so one guillotine cut
serves two cards; the crop marks sit in the margins, outside every card, so none
is left on a card after cutting. The data comes from
``services.tree.printouts.cards_data``; this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.vocabulary import Words
from hearth_desk.reports.kit.document import cannot_write_pdf, report_words
from hearth_desk.reports.kit.fonts import SANS, TITLE, register
from hearth_desk.reports.kit.linebreak import break_lines
from hearth_desk.reports.kit.qr import draw_qr
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog, TextStyle, draw_line, shaper_for
from hearth_desk.reports.tree.vcard import vcard
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import CardsData, ContactCard
from hearth_desk.services.user_files import replacing

CARD_WIDTH = 90 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = (PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2  # 15 mm
BOTTOM = (PAGE_HEIGHT - ROWS * CARD_HEIGHT) / 2  # 13.5 mm
MARK_GAP = 2 * mm  # crop marks start this far outside the cards
MARK_LENGTH = 7 * mm
INSET = 4.5 * mm  # text keeps this far from the cut
BAND = 9 * mm  # the red band with the heading
QR_SIZE = 27 * mm  # quiet zone included
RED = HexColor("#B71C1C")


def card_origins(count: int) -> list[tuple[float, float]]:
    """The lower-left corners of the first ``count`` cards of a sheet, row by row
    from the top, left card first."""
    return [
        (
            LEFT + (index % COLUMNS) * CARD_WIDTH,
            BOTTOM + (ROWS - 1 - index // COLUMNS) * CARD_HEIGHT,
        )
        for index in range(count)
    ]


def crop_marks(rows: int) -> list[tuple[float, float, float, float]]:
    """The crop marks (x1, y1, x2, y2) of a sheet whose top ``rows`` rows hold cards:
    every cut line extended into the margins, never drawn over a card."""
    top = BOTTOM + ROWS * CARD_HEIGHT
    low = top - rows * CARD_HEIGHT
    right = LEFT + COLUMNS * CARD_WIDTH
    marks: list[tuple[float, float, float, float]] = []
    for column in range(COLUMNS + 1):
        x = LEFT + column * CARD_WIDTH
        marks.append((x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH))
        marks.append((x, low - MARK_GAP, x, low - MARK_GAP - MARK_LENGTH))
    for row in range(rows + 1):
        y = top - row * CARD_HEIGHT
        marks.append((LEFT - MARK_GAP, y, LEFT - MARK_GAP - MARK_LENGTH, y))
        marks.append((right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y))
    return marks


def phone_shown(phone: str) -> str:
    """A mobile number in the groups people read it in: 138 1234 5678."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone


class _Pen:
    """Draws one-line texts on the sheet with the bundled faces, shrinking a text that
    would not fit down to a floor, then cutting it with …; placeholders are logged."""

    def __init__(self, canvas: Canvas, log: MissingLog) -> None:
        self.canvas = canvas
        self.log = log

    def text(
        self,
        x: float,
        y: float,
        text: str,
        style: TextStyle,
        width: float,
        *,
        floor: float = 6.0,
        align: str = "left",
    ) -> None:
        while shaper_for(style).width(text) > width and style.size > floor:
            style = TextStyle(style.chain, max(floor, style.size - 0.5), style.leading)
        shaper = shaper_for(style)
        if shaper.width(text) > width:
            while text and shaper.width(text + "…") > width:
                text = text[:-1]
            text += "…"
        offset = {"left": 0.0, "right": width - shaper.width(text)}[align]
        one_style, face = shaper.one_face(text)
        if face is not None:  # one face draws it all: a name stays one word when copied
            self.canvas.setFont(face.name, one_style.size)
            self.canvas.drawString(x + offset, y, text)
        else:
            draw_line(self.canvas, shaper, x + offset, y, text)
            missing = shaper.missing(text)
            if missing:
                self.log.add(text, missing, self.canvas.getPageNumber())

    def lines(
        self, x: float, y: float, text: str, style: TextStyle, width: float, most: int
    ) -> None:
        """Up to ``most`` wrapped lines from baseline ``y`` down; the last one cut."""
        lines = break_lines(text, shaper_for(style).width, width)
        if len(lines) > most:
            lines = [*lines[: most - 1], "".join(lines[most - 1 :])]
        for line in lines:
            self.text(x, y, line, style, width, floor=style.size)
            y -= style.leading


HEADING = TextStyle(size=7.5, leading=9)
CARD_TITLE = TextStyle(chain=TITLE, size=11, leading=13)
NAME = TextStyle(chain=TITLE, size=21, leading=24)
TEAMS = TextStyle(size=8.5, leading=11)
UNIT = TextStyle(size=8, leading=10)
PHONE = TextStyle(chain=TITLE, size=13, leading=15)
EMPTY = TextStyle(size=14, leading=18)
NO_MEMBERS = QT_TRANSLATE_NOOP("Report", "No members to print.")
PROMISE = TextStyle(chain=TITLE[::-1], size=7.5, leading=9.5)


def _draw_card(
    pen: _Pen,
    x: float,
    y: float,
    card: ContactCard,
    data: CardsData,
    t: Callable[[str], str],
    words: Words,
    heading: str,
) -> None:
    canvas = pen.canvas
    top = y + CARD_HEIGHT
    canvas.setFillColor(RED)
    canvas.rect(x, top - BAND, CARD_WIDTH, BAND, stroke=0, fill=1)
    canvas.setFillColor(white)
    title = t(QT_TRANSLATE_NOOP("Report", "Contact card"))
    title_width = shaper_for(CARD_TITLE).width(title)
    pen.text(x + INSET, top - BAND + 3 * mm, heading, HEADING, CARD_WIDTH - 3 * INSET - title_width)
    pen.text(
        x + CARD_WIDTH - INSET - title_width, top - BAND + 2.9 * mm, title, CARD_TITLE, title_width
    )
    canvas.setFillColor(black)
    qr_x = x + CARD_WIDTH - QR_SIZE - 1.5 * mm
    qr_y = top - BAND - 1 * mm - QR_SIZE
    teams = "、".join(place.team for place in card.places)
    draw_qr(
        canvas,
        vcard(card.name, card.phone, data.organisation or heading, teams),
        qr_x,
        qr_y,
        QR_SIZE,
    )
    text_width = qr_x - x - INSET
    pen.text(x + INSET, top - BAND - 9.5 * mm, card.name, NAME, text_width, floor=12)
    places = "、".join(
        t(QT_TRANSLATE_NOOP("Report", "{team} ({role})")).format(
            team=place.team, role=words.team_role(place.role)
        )
        for place in card.places
    )
    pen.lines(x + INSET, top - BAND - 14.5 * mm, places, TEAMS, text_width, 2)
    if card.work_unit:
        pen.text(
            x + INSET,
            top - BAND - 22.5 * mm,
            t(QT_TRANSLATE_NOOP("Report", "Work unit: {unit}")).format(unit=card.work_unit),
            UNIT,
            text_width,
        )
    if card.phone:
        pen.text(
            x + INSET,
            top - BAND - 28.5 * mm,
            t(QT_TRANSLATE_NOOP("Report", "Phone: {phone}")).format(phone=phone_shown(card.phone)),
            PHONE,
            text_width,
            floor=10,
        )
    promises = " ".join(dict.fromkeys(place.promise for place in card.places if place.promise))
    if promises:
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(0.4)
        canvas.line(x + INSET, y + 12.5 * mm, x + CARD_WIDTH - INSET, y + 12.5 * mm)
        pen.lines(
            x + INSET,
            y + 9 * mm,
            t(QT_TRANSLATE_NOOP("Report", "Our promise: {promise}")).format(promise=promises),
            PROMISE,
            CARD_WIDTH - 2 * INSET,
            2,
        )


def render_cards(
    out: Path,
    data: CardsData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as contact cards on A4 and write the PDF to ``out``."""
    progress = progress or Progress.silent()
    t = report_words(translate)
    words = Words(translate)
    log = MissingLog()
    heading = data.heading or t(QT_TRANSLATE_NOOP("Report", "(community name not set)"))
    register(SANS)
    sheets = [data.cards[at : at + PER_PAGE] for at in range(0, len(data.cards), PER_PAGE)]
    with replacing(out, partial(cannot_write_pdf, out)) as temporary:
        canvas = Canvas(
            str(temporary), pagesize=A4, initialFontName=SANS.name, initialFontSize=10.5
        )
        canvas.setTitle(t(QT_TRANSLATE_NOOP("Report", "Contact cards")))
        canvas.setAuthor(heading)
        canvas.setCreator("Hearth Desk")
        pen = _Pen(canvas, log)
        if not sheets:  # the community and what is missing, rather than a blank sheet
            for line, y in ((heading, 0.55), (t(NO_MEMBERS), 0.5)):
                pen.text(LEFT, PAGE_HEIGHT * y, line, EMPTY, PAGE_WIDTH - 2 * LEFT)
            canvas.showPage()
        for number, sheet in enumerate(sheets, start=1):
            for (x, y), card in zip(card_origins(len(sheet)), sheet, strict=True):
                _draw_card(pen, x, y, card, data, t, words, heading)
            canvas.setStrokeColor(black)
            canvas.setLineWidth(0.3)
            rows = -(-len(sheet) // COLUMNS)
            for x1, y1, x2, y2 in crop_marks(rows):
                canvas.line(x1, y1, x2, y2)
            canvas.showPage()
            progress.report(number, len(sheets), QT_TRANSLATE_NOOP("Progress", "Laying out pages…"))
        canvas.save()
    return RenderResult(path=out, pages=max(1, len(sheets)), missing=list(log.items))
