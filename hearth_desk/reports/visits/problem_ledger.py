"""The problem ledger (问题台账) on A4 landscape: one row per request, in the order they
were registered, with the filters it was made with at the top and the totals after
the last row. The office files it monthly and brings it to the joint meetings, so it
prints the office's own words (小事, 办结, 满意) as the .xlsx does; the rows and the
totals come from ``services.visits.problem_ledger``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import Paper, report_meta, report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column
from hearth_desk.reports.kit.table_report import render_table_report
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.problem_ledger import (
    ProblemLedgerData,
    filter_text,
    sheet_row,
    totals_lines,
)

ROWS_PER_PAGE_GUESS = 12  # for the progress bar only


def problem_columns(t: Callable[[str], str]) -> list[Column]:
    """The short columns are as wide as their words need; the problem and the result
    share the rest of the page."""
    date = ("2026-12-31",)
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "Number")), 0.2, "right", ("#9999",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Registered on")), 0.2, "center", date),
        Column(t(QT_TRANSLATE_NOOP("Report", "Source")), 0.2, "center", ("来访",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Household or place")), 2.2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Category")), 0.2, "center", ("矛盾纠纷",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Tier")), 0.2, "center", ("特事",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Problem")), 2.4),
        Column(t(QT_TRANSLATE_NOOP("Report", "Handler")), 0.6),
        Column(t(QT_TRANSLATE_NOOP("Report", "Due")), 0.2, "center", date),
        Column(t(QT_TRANSLATE_NOOP("Report", "Status")), 0.2, "center", ("上报街道",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Closed on")), 0.2, "center", date),
        Column(t(QT_TRANSLATE_NOOP("Report", "Result")), 2.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Satisfaction")), 0.2, "center", ("基本满意",)),
    ]


def _cells(values: list[object]) -> list[str]:
    return [
        value.isoformat() if hasattr(value, "isoformat") else str(value or "") for value in values
    ]


def render_problem_ledger(
    out: Path,
    data: ProblemLedgerData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the problem ledger on A4 landscape and write it to ``out``."""
    t = report_words(translate)
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Problem ledger")),
        data.heading,
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    rows = (_cells(sheet_row(row)) for row in data.rows)
    return render_table_report(
        out,
        meta,
        problem_columns(t),
        rows,
        translate,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No requests to list.")),
        total_rows=len(data.rows),
        progress=progress,
        note=filter_text(data.wanted),
        rows_per_page_guess=ROWS_PER_PAGE_GUESS,
        closing="\n".join(totals_lines(data)),
    )
