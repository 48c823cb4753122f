"""The community overview (社区概况): one or two A4 pages for the wall or a meeting.

The figures come from ``services.overview.overview_report_data``, the same place the
home page reads, so paper and screen always agree; this module only lays them out.
Each area adds its section as it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    report_meta,
    report_words,
    title_block,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.overview import AgeBand, Overview, OverviewReportData
from hearth_desk.services.progress import Progress

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=22)
PARAGRAPH_STYLE = TextStyle(size=12, leading=19)


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def summary(t: Callable[[str], str], figures: Overview) -> str:
    return t(
        QT_TRANSLATE_NOOP(
            "Report",
            "The community has {compounds} compounds, {buildings} buildings and "
            "{units} units, with {households} households and {residents} residents; "
            "{aged_60} are aged 60 or over and {aged_80} aged 80 or over.",
        )
    ).format(
        compounds=figures.compounds,
        buildings=figures.buildings,
        units=figures.units,
        households=figures.households,
        residents=figures.residents,
        aged_60=figures.aged_60_plus,
        aged_80=figures.aged_80_plus,
    ) + t(
        # Said once, as the home page's 在册居民 says it (services/population.py).
        QT_TRANSLATE_NOOP(
            "Report",
            " Residents are those living there now; those who moved out or died are not counted.",
        )
    )


Table = tuple[list[Column], list[list[str]]]


def compound_table(t: Callable[[str], str], data: OverviewReportData) -> Table:
    """One row a compound, then the total."""
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "Compound")), 2.2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Buildings")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Units")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Households")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Residents")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Grid leader")), 1.4),
    ]
    figures = data.figures
    rows = [
        [c.name, str(c.buildings), str(c.units), str(c.households), str(c.residents), c.leader]
        for c in data.compounds
    ]
    rows.append(
        [
            t(QT_TRANSLATE_NOOP("Report", "Total")),
            str(figures.buildings),
            str(figures.units),
            str(figures.households),
            str(figures.residents),
            "",
        ]
    )
    return columns, rows


def band_label(t: Callable[[str], str], band: AgeBand) -> str:
    if band.high is None:
        return t(QT_TRANSLATE_NOOP("Report", "{low} and over")).format(low=band.low)
    return t(QT_TRANSLATE_NOOP("Report", "{low}–{high}")).format(low=band.low, high=band.high)


def age_table(t: Callable[[str], str], data: OverviewReportData) -> Table:
    """One row an age band, men and women apart, then those of unknown age if any."""
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "Age")), 1.6),
        Column(t(QT_TRANSLATE_NOOP("Report", "Men")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Women")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Total")), 1, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Share")), 1, "right"),
    ]

    def row(label: str, male: str, female: str, total: int) -> list[str]:
        return [label, male, female, str(total), _percent(total, data.figures.residents)]

    rows = [
        row(band_label(t, band), str(band.male), str(band.female), band.total)
        for band in data.age_bands
    ]
    if data.unknown_age:
        unknown = t(QT_TRANSLATE_NOOP("Report", "Birth date unknown"))
        rows.append(row(unknown, "", "", data.unknown_age))
    return columns, rows


def render_overview(
    out: Path,
    data: OverviewReportData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the community overview on A4 and write it to ``out``."""
    t = report_words(translate)
    log = MissingLog()
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Community overview")),
        data.heading,
        paper=Paper.A4_PORTRAIT,
        printed_on=data.today,
    )
    width, _height = frame_size(meta.paper)

    def section(title: str) -> list[Flowable]:
        return [CondPageBreak(40 * mm), Spacer(1, 3 * mm), TextBlock(title, SECTION_STYLE, log)]

    story: list[Flowable] = title_block(meta, log)
    story.append(TextBlock(summary(t, data.figures), PARAGRAPH_STYLE, log))

    for title, (columns, rows) in (
        (
            t(QT_TRANSLATE_NOOP("Report", "Households and residents by compound")),
            compound_table(t, data),
        ),
        (t(QT_TRANSLATE_NOOP("Report", "Residents by age")), age_table(t, data)),
    ):
        story += section(title)
        story.append(simple_table(columns, rows, width=width, log=log))

    story += section(t(QT_TRANSLATE_NOOP("Report", "Needs attention")))
    notices = [notice.translated(translate) for notice in data.figures.notices] or [
        t(QT_TRANSLATE_NOOP("Report", "Nothing needs attention."))
    ]
    story += [TextBlock(f"· {text}", PARAGRAPH_STYLE, log) for text in notices]
    return build_pdf(out, meta, story, translate, log, progress, expected_pages=2)
