"""The yearly report of volunteer service (年度志愿服务统计), A4 portrait.

What offices send up: the year in sentences as they write them (全年共开展志愿服务…),
then by month, by team and the top volunteers, each a table with its chart beside the
numbers. The charts are the kit's (``reports/kit/charts.py``); the window shows this
same PDF, so the charts on screen are the ones on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.charts import Bar, BarChart
from hearth_desk.reports.kit.document import (
    NOTE_STYLE,
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
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress
from hearth_desk.services.volunteering.figures import Counts, YearFigures
from hearth_desk.services.volunteering.printouts import YearbookData

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=20)
SUMMARY_STYLE = TextStyle(size=12, leading=20)
CHART_HEIGHT = 62 * mm


def summary_text(t: Callable[[str], str], figures: YearFigures) -> str:
    """The year in the sentences offices write."""
    totals = figures.totals
    if not totals.times:
        return t(
            QT_TRANSLATE_NOOP("Report", "No volunteer service was recorded in {year}.")
        ).format(year=figures.year)
    text = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "In {year}, {people} volunteers served {times} times for {hours} hours in all, "
            "serving residents {served} times; {average} hours per volunteer.",
        )
    ).format(year=figures.year, people=totals.people, times=totals.times,
             hours=hours_text(totals.hours), served=totals.served,
             average=hours_text(totals.average_hours))  # fmt: skip
    busiest = max(figures.months, key=lambda row: (row.times, -row.month))
    text += t(
        QT_TRANSLATE_NOOP("Report", " The busiest month was {month} ({times} times).")
    ).format(
        month=t(QT_TRANSLATE_NOOP("Report", "month {n}")).format(n=busiest.month),
        times=busiest.times,
    )
    served_teams = [row for row in figures.teams if row.times]
    if len(served_teams) > 1:
        first = max(served_teams, key=lambda row: row.hours)
        text += t(QT_TRANSLATE_NOOP("Report", " {team} served the most hours ({hours}).")).format(
            team=first.team, hours=hours_text(first.hours)
        )
    return text


def count_cells(counts: Counts) -> list[str]:
    return [str(counts.times), hours_text(counts.hours), str(counts.served), str(counts.people)]


def count_columns(t: Callable[[str], str]) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "Times")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Hours")), 0.8, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Residents served")), 0.9, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Volunteers")), 0.8, "right"),
    ]


def section(title: str, log: MissingLog) -> list[Flowable]:
    return [CondPageBreak(CHART_HEIGHT), TextBlock(title, SECTION_STYLE, log), Spacer(1, 2 * mm)]


def by_month(t: Callable[[str], str], figures: YearFigures, width: float,
             log: MissingLog) -> list[Flowable]:  # fmt: skip
    month = t(QT_TRANSLATE_NOOP("Report", "month {n}"))
    # Under the bars the month's number alone: "month 10" side by side did not fit.
    chart = BarChart([Bar(str(row.month), float(row.hours)) for row in figures.months],
                     width=width, height=CHART_HEIGHT, log=log)  # fmt: skip
    columns = [Column(t(QT_TRANSLATE_NOOP("Report", "Month")), 0.8), *count_columns(t)]
    rows = [[month.format(n=row.month), *count_cells(row)] for row in figures.months]
    rows.append([t(QT_TRANSLATE_NOOP("Report", "Year")), *count_cells(figures.totals)])
    return [
        *section(t(QT_TRANSLATE_NOOP("Report", "By month: hours served")), log),
        chart,
        Spacer(1, 3 * mm),
        simple_table(columns, rows, width=width, log=log),
        Spacer(1, 6 * mm),
    ]


def by_team(t: Callable[[str], str], figures: YearFigures, width: float,
            log: MissingLog) -> list[Flowable]:  # fmt: skip
    if not figures.teams:
        return []
    height = max(24 * mm, 7 * mm * len(figures.teams))
    chart = BarChart([Bar(row.team, float(row.hours)) for row in figures.teams], width=width,
                     height=height, log=log, horizontal=True)  # fmt: skip
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "Service team")), 1.8),
        Column(t(QT_TRANSLATE_NOOP("Report", "Members")), 0.7, "right"),
        *count_columns(t),
        Column(t(QT_TRANSLATE_NOOP("Report", "Hours each")), 0.8, "right"),
    ]
    rows = [
        [row.team, str(row.members), *count_cells(row), hours_text(row.average_hours)]
        for row in figures.teams
    ]
    note = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "A member of several teams counts in each of them, so the teams add up to more "
            "than the year.",
        )
    )
    return [
        *section(t(QT_TRANSLATE_NOOP("Report", "By service team: hours served")), log),
        KeepTogether([chart]),
        Spacer(1, 3 * mm),
        simple_table(columns, rows, width=width, log=log),
        TextBlock(note, NOTE_STYLE, log),
        Spacer(1, 6 * mm),
    ]


def top_volunteers(t: Callable[[str], str], figures: YearFigures, width: float,
                   log: MissingLog) -> list[Flowable]:  # fmt: skip
    if not figures.top:
        return []
    height = max(24 * mm, 7 * mm * len(figures.top))
    chart = BarChart([Bar(person.name, float(person.hours)) for person in figures.top],
                     width=width, height=height, log=log, horizontal=True)  # fmt: skip
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "Rank")), 0.5, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Service teams")), 2.2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Times")), 0.7, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Hours")), 0.7, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Residents served")), 0.9, "right"),
    ]
    rows = [
        [str(p.rank), p.name, "、".join(p.teams), str(p.times), hours_text(p.hours), str(p.served)]
        for p in figures.top
    ]
    return [
        *section(t(QT_TRANSLATE_NOOP("Report", "Top volunteers by hours")), log),
        KeepTogether([chart]),
        Spacer(1, 3 * mm),
        simple_table(columns, rows, width=width, log=log),
    ]


def render_yearbook(
    out: Path,
    data: YearbookData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the yearly report and write it to ``out``."""
    t = report_words(translate)
    figures = data.figures
    title = t(QT_TRANSLATE_NOOP("Report", "Volunteer service in {year}")).format(year=figures.year)
    meta = report_meta(translate, title, data.heading, scope=figures.team,
                       printed_on=data.printed_on)  # fmt: skip
    log = MissingLog()
    width, _height = frame_size(meta.paper)
    story = opening(meta, log)
    story += [TextBlock(summary_text(t, figures), SUMMARY_STYLE, log), Spacer(1, 6 * mm)]
    story += by_month(t, figures, width, log)
    story += by_team(t, figures, width, log)
    story += top_volunteers(t, figures, width, log)
    return build_pdf(out, meta, story, translate, log, progress)
