"""公示: the public notice of the certificates issued in a year, A4 landscape.

It hangs on the board for at least seven days, so ID numbers are masked. It says what
is posted and for how long (公示期 from … to …), lists the certificates, and tells
whom to contact with an objection; the issuer signs it with the date at the foot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, long_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.certificates.publicity import PublicityData
from hearth_desk.services.certificates.register import KIND_NAMES, period_text
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress

SIGNATURE_STYLE = TextStyle(size=13, leading=20, align="right")


def publicity_columns(t: Callable[[str], str]) -> list[Column]:
    """The notice's columns; a number, a name, an ID number and a period each stay on
    one line."""
    kinds = tuple(t(source) for source in KIND_NAMES.values())
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.4, "right"),
        Column(
            t(QT_TRANSLATE_NOOP("Report", "Number")), 2.0, "left", ("和平里志证〔2026〕第0007号",)
        ),
        Column(t(QT_TRANSLATE_NOOP("Report", "Kind")), 0.7, "center", kinds),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 0.7, "left", ("欧阳明明",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "ID number")), 1.5, "center", ("110101**********34",)),
        Column(
            t(QT_TRANSLATE_NOOP("Report", "Service period")),
            1.9,
            "center",
            (period_text(dt.date(2026, 10, 10), dt.date(2026, 12, 31)),),
        ),
        Column(t(QT_TRANSLATE_NOOP("Report", "Hours")), 0.5, "right"),
    ]


def notice_text(data: PublicityData, t: Callable[[str], str]) -> str:
    """What is posted, for how long, and whom to tell an objection."""
    text = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "In {year} we issued the {count} certificates below; they are posted for public "
            "notice from {start} to {end}.",
        )
    ).format(
        year=data.year,
        count=len(data.rows),
        start=day_text(t, data.notice_from),
        end=day_text(t, data.notice_to),
    )
    contact = " ".join(part for part in (data.issuer, data.contact_name) if part)
    if contact and data.contact_phone:
        source = QT_TRANSLATE_NOOP(
            "Report",
            "Any objection may be raised within the notice period with {contact}, phone {phone}.",
        )
    elif data.contact_phone:
        source = QT_TRANSLATE_NOOP(
            "Report", "Any objection may be raised within the notice period by phone, {phone}."
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "Report", "Any objection may be raised within the notice period with {contact}."
        )
    return text + t(source).format(contact=contact or data.heading or "", phone=data.contact_phone)


def render_publicity(
    out: Path, data: PublicityData, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """The notice of ``data``'s certificates, with masked ID numbers, to ``out``."""
    t = report_words(translate)
    log = MissingLog()
    meta = report_meta(
        translate,
        t(
            QT_TRANSLATE_NOOP("Report", "Public notice of volunteer certificates issued in {year}")
        ).format(year=data.year),
        data.heading,
        paper=Paper.A4_LANDSCAPE,
    )
    width, height = frame_size(meta.paper)
    story = opening(meta, log, notice_text(data, t))
    rows = (
        [
            str(number),
            row.number,
            t(KIND_NAMES[row.kind]),
            row.person_name,
            row.id_number,
            period_text(row.period_start, row.period_end),
            hours_text(row.hours),
        ]
        for number, row in enumerate(data.rows, start=1)
    )
    story += long_table(
        publicity_columns(t),
        rows,
        width=width,
        page_height=height,
        first_page_height=room_left(story, meta.paper),
        log=log,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No certificates were issued in this year.")),
        total_rows=len(data.rows),
        progress=progress,
    )
    signature = "\n".join(
        part for part in (data.issuer or data.heading or "", day_text(t, data.notice_from)) if part
    )
    story += [Spacer(1, 10 * mm), TextBlock(signature, SIGNATURE_STYLE, log)]
    return build_pdf(out, meta, story, translate, log, progress)
