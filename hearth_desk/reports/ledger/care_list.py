"""The care list (重点人群名单): the living residents who carry one care tag.

Staff take it on visits and meal deliveries, so it runs in the order of the grid
(building by building, door by door) on A4 landscape, numbered, with the header on
every page. Phones are masked unless full numbers are asked for. The rows come from
``services.ledger.printouts.care_list_data``; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.vocabulary import Words
from hearth_desk.reports.kit.document import Paper, report_meta, report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column
from hearth_desk.reports.kit.table_report import render_table_report
from hearth_desk.services.ledger.printouts import CareListData
from hearth_desk.services.progress import Progress

ROWS_PER_PAGE_GUESS = 22  # for the progress bar only


def care_list_columns(t: Callable[[str], str], words: Words) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.55, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Gender")), 0.55, "center", words.genders()),
        Column(t(QT_TRANSLATE_NOOP("Report", "Age in years")), 0.6, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Address")), 3.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.45, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Care tags")), 2.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), 2.3),
    ]


def render_care_list(
    out: Path,
    data: CareListData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the care list on A4 landscape and write it to ``out``."""
    t = report_words(translate)
    words = Words(translate)
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Care list: {tag}")).format(tag=data.tag),
        data.heading,
        scope=data.scope,
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    note = t(QT_TRANSLATE_NOOP("Report", "{count} residents.")).format(count=len(data.rows))
    if not data.full_numbers:
        note += " " + t(QT_TRANSLATE_NOOP("Report", "Phones are partly hidden."))
    rows = (
        [
            str(number),
            row.name,
            words.gender(row.gender),
            "" if row.age is None else str(row.age),
            row.address,
            row.phone,
            row.tags,
            row.notes,
        ]
        for number, row in enumerate(data.rows, start=1)
    )
    return render_table_report(
        out,
        meta,
        care_list_columns(t, words),
        rows,
        translate,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No residents to list.")),
        total_rows=len(data.rows),
        progress=progress,
        note=note,
        rows_per_page_guess=ROWS_PER_PAGE_GUESS,
    )
