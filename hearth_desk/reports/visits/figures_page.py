"""The figures of door-to-door work for a period (入户走访与问题办理统计), A4 portrait.

What the office sends the street each month or quarter: the period in sentences, visits
by month with their chart, the quarters, the problems by category and by tier with
their charts, by status, and satisfaction. The window's 统计 tab shows this same PDF,
so the charts on screen are the ones on paper. Categories, tiers and satisfaction are
printed in the office's words (民生, 小事, 满意), as every sheet of the feature is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_CHINESE,
    REQUEST_STATUS_CHINESE,
    REQUEST_TIER_CHINESE,
    SATISFACTION_CHINESE,
)
from hearth_desk.reports.kit.charts import Bar, BarChart
from hearth_desk.reports.kit.document import (
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.figures import SpanFigures, VisitFigures
from hearth_desk.services.visits.figures_printout import FiguresPageData

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=20)
SUMMARY_STYLE = TextStyle(size=12, leading=20)
CHART_HEIGHT = 58 * mm
NONE = "—"
MONTH = QT_TRANSLATE_NOOP("Report", "Month")
QUARTER = QT_TRANSLATE_NOOP("Report", "Quarter")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")

Words = Callable[[str], str]


def share(part: float | None) -> str:
    return NONE if part is None else f"{part * 100:.1f}%"


def days_text(days: float | None) -> str:
    return NONE if days is None else f"{days:g}"


def summary_text(t: Words, figures: VisitFigures) -> str:
    """The period in the sentences offices write (走访…次，覆盖应访住户…)."""
    total = figures.total
    text = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "From {start} to {end}, {visits} visits were made to {visited} households; "
            "{covered} of the {due} households due were visited ({coverage}).",
        )
    ).format(start=figures.start.isoformat(), end=figures.end.isoformat(),
             visits=f"{total.visits:,}", visited=f"{total.households_visited:,}",
             covered=f"{total.covered:,}", due=f"{total.due:,}",
             coverage=share(total.coverage))  # fmt: skip
    if not total.registered:
        return text + t(QT_TRANSLATE_NOOP("Report", " No problems were registered."))
    text += t(
        QT_TRANSLATE_NOOP(
            "Report",
            " {registered} problems were registered and {done} closed (closure rate {rate}), "
            "in {days} days at the median.",
        )
    ).format(registered=f"{total.registered:,}", done=f"{total.done:,}",
             rate=share(total.closure_rate), days=days_text(total.median_days))  # fmt: skip
    if total.rated:
        text += t(
            QT_TRANSLATE_NOOP(
                "Report", " Of {rated} residents asked at return visits, {share} were satisfied."
            )
        ).format(rated=f"{total.rated:,}", share=share(total.satisfied_share))
    return text


def span_columns(t: Words, first: str) -> list[Column]:
    return [
        Column(first, 1.3),
        Column(t(QT_TRANSLATE_NOOP("Report", "Visits")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Due")), 0.7, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Visited of due")), 0.9, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Coverage")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Problems")), 0.7, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Closed")), 0.7, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Closure rate")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Satisfied")), 0.8, "right"),
    ]


def span_cells(label: str, row: SpanFigures) -> list[str]:
    return [label, f"{row.visits:,}", f"{row.due:,}", f"{row.covered:,}", share(row.coverage),
            f"{row.registered:,}", f"{row.done:,}", share(row.closure_rate),
            share(row.satisfied_share)]  # fmt: skip


def month_label(t: Words, row: SpanFigures) -> str:
    return t(QT_TRANSLATE_NOOP("Report", "{year}, month {month}")).format(
        year=row.start.year, month=row.start.month
    )


def quarter_label(t: Words, row: SpanFigures) -> str:
    return t(QT_TRANSLATE_NOOP("Report", "{year} quarter {quarter}")).format(
        year=row.start.year, quarter=(row.start.month - 1) // 3 + 1
    )


def section(title: str, log: MissingLog) -> list[Flowable]:
    return [CondPageBreak(CHART_HEIGHT), TextBlock(title, SECTION_STYLE, log), Spacer(1, 2 * mm)]


def by_month(t: Words, figures: VisitFigures, width: float, log: MissingLog) -> list[Flowable]:
    # Under the bars the month's number alone, as in the yearbook: long labels do not fit.
    chart = BarChart([Bar(str(row.start.month), row.visits) for row in figures.months],
                     width=width, height=CHART_HEIGHT, log=log)  # fmt: skip
    rows = [span_cells(month_label(t, row), row) for row in figures.months]
    rows.append(span_cells(t(PERIOD), figures.total))
    columns = span_columns(t, t(MONTH))
    return [
        *section(t(QT_TRANSLATE_NOOP("Report", "Visits by month")), log),
        chart,
        Spacer(1, 3 * mm),
        simple_table(columns, rows, width=width, log=log),
        Spacer(1, 6 * mm),
    ]


def by_quarter(t: Words, figures: VisitFigures, width: float, log: MissingLog) -> list[Flowable]:
    columns = span_columns(t, t(QUARTER))
    rows = [span_cells(quarter_label(t, row), row) for row in figures.quarters]
    note = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "A household is due in a month or quarter when it was never visited before, or "
            "its last visit plus its interval by the visiting rules falls within it; a "
            "household due in two months counts in each of them.",
        )
    )
    return [
        *section(t(QT_TRANSLATE_NOOP("Report", "By quarter")), log),
        simple_table(columns, rows, width=width, log=log),
        TextBlock(note, TextStyle(size=10, leading=14), log),
        Spacer(1, 6 * mm),
    ]


def counted(t: Words, title: str, first: str, counts: dict[str, int], words: dict[str, str],
            width: float, log: MissingLog, chart: bool = True) -> list[Flowable]:  # fmt: skip
    """A count by code: its chart (horizontal bars) and a table with each one's share."""
    total = sum(counts.values())
    columns = [
        Column(first, 1.4),
        Column(t(QT_TRANSLATE_NOOP("Report", "Problems")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Share")), 0.8, "right"),
    ]
    rows = [[words[code], f"{n:,}", share(n / total if total else None)]
            for code, n in counts.items()]  # fmt: skip
    everything = share(1 if total else None)
    rows.append([t(QT_TRANSLATE_NOOP("Report", "Total")), f"{total:,}", everything])
    kept: list[Flowable] = [TextBlock(title, SECTION_STYLE, log), Spacer(1, 2 * mm)]
    if chart:
        bars = [Bar(words[code], n) for code, n in counts.items()]
        height = max(24 * mm, 8 * mm * len(bars))
        kept += [BarChart(bars, width=width, height=height, log=log, horizontal=True),
                 Spacer(1, 3 * mm)]  # fmt: skip
    kept.append(simple_table(columns, rows, width=width * 0.6, log=log))
    return [KeepTogether(kept), Spacer(1, 6 * mm)]  # a short count is read on one page


def problems(t: Words, figures: VisitFigures, width: float, log: MissingLog) -> list[Flowable]:
    total = figures.total
    story = counted(t, t(QT_TRANSLATE_NOOP("Report", "Problems by category")),
                    t(QT_TRANSLATE_NOOP("Report", "Category")), total.by_category,
                    REQUEST_CATEGORY_CHINESE, width, log)  # fmt: skip
    story += counted(t, t(QT_TRANSLATE_NOOP("Report", "Problems by tier")),
                     t(QT_TRANSLATE_NOOP("Report", "Tier")), total.by_tier,
                     REQUEST_TIER_CHINESE, width, log)  # fmt: skip
    story += counted(t, t(QT_TRANSLATE_NOOP("Report", "Problems by status")),
                     t(QT_TRANSLATE_NOOP("Report", "Status")), total.by_status,
                     REQUEST_STATUS_CHINESE, width, log, chart=False)  # fmt: skip
    satisfaction = [
        [SATISFACTION_CHINESE[code], f"{n:,}", share(n / total.rated if total.rated else None)]
        for code, n in total.satisfaction.items()
    ]
    satisfaction.append([t(QT_TRANSLATE_NOOP("Report", "Satisfaction rate")), "",
                         share(total.satisfied_share)])  # fmt: skip
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "At the return visit")), 1.4),
        Column(t(QT_TRANSLATE_NOOP("Report", "Residents")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Share")), 0.8, "right"),
    ]
    story += [
        *section(t(QT_TRANSLATE_NOOP("Report", "Satisfaction")), log),
        simple_table(columns, satisfaction, width=width * 0.6, log=log),
    ]
    return story


def render_figures_page(
    out: Path,
    data: FiguresPageData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the figures page and write it to ``out``."""
    t = report_words(translate)
    figures = data.figures
    title = t(QT_TRANSLATE_NOOP("Report", "Door-to-door visits and problems handled"))
    scope = t(QT_TRANSLATE_NOOP("Report", "{start} to {end}")).format(
        start=figures.start.isoformat(), end=figures.end.isoformat()
    )
    meta = report_meta(translate, title, data.heading, scope=scope, printed_on=data.printed_on)
    log = MissingLog()
    width, _height = frame_size(meta.paper)
    story = opening(meta, log)
    story += [TextBlock(summary_text(t, figures), SUMMARY_STYLE, log), Spacer(1, 6 * mm)]
    story += by_month(t, figures, width, log)
    story += by_quarter(t, figures, width, log)
    story += problems(t, figures, width, log)
    return build_pdf(out, meta, story, translate, log, progress)
