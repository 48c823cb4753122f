"""The roster (花名册) of the tree's members, as offices keep it in Excel today.

One numbered row per member on A4 landscape (thirteen columns, fourteen with full ID
numbers), the header on every page. ID numbers and phones are masked unless full
numbers are asked for, and the age stands where a birth date would unmask an ID.
The rows come from ``services.tree.printouts.roster_data``; this module lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.models import TeamRole
from hearth_desk.domain.vocabulary import Words
from hearth_desk.reports.kit.document import Paper, report_meta, report_words
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column
from hearth_desk.reports.kit.table_report import render_table_report
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import RosterData, RosterRow

ROWS_PER_PAGE_GUESS = 20  # for the progress bar only

POLITICAL_WORDS = {
    "member": QT_TRANSLATE_NOOP("Report", "CPC member"),
    "probationary": QT_TRANSLATE_NOOP("Report", "Probationary member"),
    "masses": QT_TRANSLATE_NOOP("Report", "Not a party member"),
}

RETIRED = QT_TRANSLATE_NOOP("Report", "Retired")
IN_SERVICE = QT_TRANSLATE_NOOP("Report", "In service")


def _words_of(t: Callable[[str], str], sources: Iterable[str]) -> tuple[str, ...]:
    """Every word of the translated ``sources``: a column's values keep each word whole."""
    return tuple(word for source in sources for word in t(source).split())


def roster_columns(t: Callable[[str], str], words: Words, full_numbers: bool) -> list[Column]:
    columns = [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.5, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 0.95),
        Column(t(QT_TRANSLATE_NOOP("Report", "Gender")), 0.5, "center", words.genders()),
        Column(t(QT_TRANSLATE_NOOP("Report", "Age in years")), 0.5, "right"),
        Column(
            t(QT_TRANSLATE_NOOP("Report", "Political status")),
            0.85,
            "center",
            _words_of(t, POLITICAL_WORDS.values()),
        ),
        Column(t(QT_TRANSLATE_NOOP("Report", "Joined the party")), 0.8, "center", ("1982.07",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Years in the party")), 0.55, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Party branch")), 1.1),
        Column(t(QT_TRANSLATE_NOOP("Report", "Work unit")), 1.5),
        Column(
            t(QT_TRANSLATE_NOOP("Report", "In service or retired")),
            0.7,
            "center",
            _words_of(t, (RETIRED, IN_SERVICE)),
        ),
        Column(t(QT_TRANSLATE_NOOP("Report", "Dual registration")), 0.6, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Service teams")), 1.8),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.15, "center", ("138****5678",)),
    ]
    if full_numbers:
        columns.append(
            Column(
                t(QT_TRANSLATE_NOOP("Report", "Citizen ID number")),
                1.6,
                "center",
                ("11010119580506222X",),
            )
        )
    return columns


def teams_text(places: tuple[tuple[str, str], ...], words: Words) -> str:
    """环境整治服务队（队长）、治安巡逻服务队: a role is named unless it is 队员."""
    return "、".join(
        name if role == TeamRole.MEMBER.value else f"{name}（{words.team_role(role)}）"
        for name, role in places
    )


def _cells(
    number: int, row: RosterRow, t: Callable[[str], str], words: Words, today: dt.date, full: bool
) -> list[str]:
    years = age_on(row.join_date, today)
    cells = [
        str(number),
        row.name,
        words.gender(row.gender),
        "" if row.age is None else str(row.age),
        t(POLITICAL_WORDS.get(row.political_status, POLITICAL_WORDS["member"])),
        f"{row.join_date.year}.{row.join_date.month:02d}" if row.join_date else "",
        "" if years is None else str(years),
        row.branch,
        row.work_unit,
        t(RETIRED) if row.retired else t(IN_SERVICE),
        t(QT_TRANSLATE_NOOP("Report", "Yes")) if row.dual_registered else "",
        teams_text(row.teams, words),
        row.phone,
    ]
    if full:
        cells.append(row.id_number)
    return cells


def render_roster(
    out: Path,
    data: RosterData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the roster on A4 landscape and write it to ``out``."""
    t = report_words(translate)
    words = Words(translate)
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Roster")),
        data.heading,
        scope=data.scope,
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    note = t(QT_TRANSLATE_NOOP("Report", "{count} people.")).format(count=len(data.rows))
    if not data.full_numbers:
        note += " " + t(QT_TRANSLATE_NOOP("Report", "Phones are partly hidden."))
    rows = (
        _cells(number, row, t, words, data.today, data.full_numbers)
        for number, row in enumerate(data.rows, start=1)
    )
    return render_table_report(
        out,
        meta,
        roster_columns(t, words, data.full_numbers),
        rows,
        translate,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No members to list.")),
        total_rows=len(data.rows),
        progress=progress,
        note=note,
        rows_per_page_guess=ROWS_PER_PAGE_GUESS,
    )
