"""The community overview (社区概况): one or two A4 pages for the wall or a meeting.

The figures come from ``services.overview``, the same place the home page reads,
so paper and screen always agree. Each area adds its section as it is built.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.reports.kit.document import (
    REPORT_CONTEXT,
    Paper,
    ReportMeta,
    Translate,
    build_pdf,
    frame_size,
    title_block,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.overview import age_bands, compound_figures, compute_overview
from hearth_desk.services.progress import Progress

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=22)
PARAGRAPH_STYLE = TextStyle(size=12, leading=19)


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def render_overview(
    session: Session,
    out: Path,
    translate: Translate,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> RenderResult:
    def t(text: str) -> str:
        return translate(REPORT_CONTEXT, text)

    progress = progress or Progress.silent()
    progress.report(0, 3, QT_TRANSLATE_NOOP("Progress", "Counting…"))
    overview = compute_overview(session, today)
    compounds = compound_figures(session)
    bands, unknown_age = age_bands(session, today)
    log = MissingLog()
    community = overview.community
    meta = ReportMeta(
        title=t(QT_TRANSLATE_NOOP("Report", "Community overview")),
        heading=community.heading
        if community
        else t(QT_TRANSLATE_NOOP("Report", "(community name not set)")),
        paper=Paper.A4_PORTRAIT,
        printed_on=today,
    )
    width, _height = frame_size(meta.paper)

    def section(title: str) -> list[Flowable]:
        return [CondPageBreak(40 * mm), Spacer(1, 3 * mm), TextBlock(title, SECTION_STYLE, log)]

    story: list[Flowable] = title_block(meta, log)
    story.append(
        TextBlock(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The community has {compounds} compounds, {buildings} buildings and "
                    "{units} units, with {households} households and {residents} residents; "
                    "{aged_60} are aged 60 or over and {aged_80} aged 80 or over.",
                )
            ).format(
                compounds=overview.compounds,
                buildings=overview.buildings,
                units=overview.units,
                households=overview.households,
                residents=overview.residents,
                aged_60=overview.aged_60_plus,
                aged_80=overview.aged_80_plus,
            ),
            PARAGRAPH_STYLE,
            log,
        )
    )

    story += section(t(QT_TRANSLATE_NOOP("Report", "Households and residents by compound")))
    compound_rows = [
        [c.name, str(c.buildings), str(c.units), str(c.households), str(c.residents), c.leader]
        for c in compounds
    ]
    compound_rows.append(
        [
            t(QT_TRANSLATE_NOOP("Report", "Total")),
            str(overview.buildings),
            str(overview.units),
            str(overview.households),
            str(overview.residents),
            "",
        ]
    )
    story.append(
        simple_table(
            [
                Column(t(QT_TRANSLATE_NOOP("Report", "Compound")), 2.2),
                Column(t(QT_TRANSLATE_NOOP("Report", "Buildings")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Units")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Households")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Residents")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Grid leader")), 1.4),
            ],
            compound_rows,
            width=width,
            log=log,
        )
    )
    progress.report(1, 3, QT_TRANSLATE_NOOP("Progress", "Counting…"))

    story += section(t(QT_TRANSLATE_NOOP("Report", "Residents by age")))
    band_rows = []
    for band in bands:
        label = (
            t(QT_TRANSLATE_NOOP("Report", "{low}–{high}")).format(low=band.low, high=band.high)
            if band.high is not None
            else t(QT_TRANSLATE_NOOP("Report", "{low} and over")).format(low=band.low)
        )
        band_rows.append(
            [
                label,
                str(band.male),
                str(band.female),
                str(band.total),
                _percent(band.total, overview.residents),
            ]
        )
    if unknown_age:
        band_rows.append(
            [
                t(QT_TRANSLATE_NOOP("Report", "Birth date unknown")),
                "",
                "",
                str(unknown_age),
                _percent(unknown_age, overview.residents),
            ]
        )
    story.append(
        simple_table(
            [
                Column(t(QT_TRANSLATE_NOOP("Report", "Age")), 1.6),
                Column(t(QT_TRANSLATE_NOOP("Report", "Men")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Women")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Total")), 1, "right"),
                Column(t(QT_TRANSLATE_NOOP("Report", "Share")), 1, "right"),
            ],
            band_rows,
            width=width,
            log=log,
        )
    )

    story += section(t(QT_TRANSLATE_NOOP("Report", "Needs attention")))
    notices = [notice.translated(translate) for notice in overview.notices] or [
        t(QT_TRANSLATE_NOOP("Report", "Nothing needs attention."))
    ]
    story += [TextBlock(f"· {text}", PARAGRAPH_STYLE, log) for text in notices]
    progress.report(2, 3, QT_TRANSLATE_NOOP("Progress", "Counting…"))
    return build_pdf(out, meta, story, translate, log, progress, expected_pages=2)
