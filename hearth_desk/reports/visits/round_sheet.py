"""The visit round sheet (走访登记表) a grid worker carries from door to door.

A4 portrait, one section per building, each starting on a new page and headed on
every page by its grid node (the community heads the page above it), the households
in door order. What is known is printed (door, head, care tags, last visit, overdue
ones marked); the rest is left blank to fill in on the round (the date, what was
found, a signature) and to enter afterwards. Large black text and tall rows, for a
pen on a clipboard; no ID numbers and no phones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, headed_pages, long_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.printouts import RoundSection, RoundSheetData

ROW_HEIGHT = 12 * mm  # room to write a line of what was found, and to sign
BODY = TextStyle(size=12.5, leading=16)
SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=20)
ROWS_PER_PAGE_GUESS = 18  # for the progress bar only


def round_columns(t: Callable[[str], str]) -> list[Column]:
    # Widths by weight of the 180 mm between the margins; the last three are blank.
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "Door")), 22, fit=("2单元0401",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Head of household")), 18),
        Column(t(QT_TRANSLATE_NOOP("Report", "Care tags")), 30),
        Column(t(QT_TRANSLATE_NOOP("Report", "Last visit")), 24, "center", ("2026-11-30",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Date visited")), 20),
        Column(t(QT_TRANSLATE_NOOP("Report", "What was found")), 44),
        Column(t(QT_TRANSLATE_NOOP("Report", "Signature")), 20),
    ]


def _rows(section: RoundSection, t: Callable[[str], str]) -> Iterator[Sequence[str]]:
    never = t(QT_TRANSLATE_NOOP("Report", "Never visited"))
    overdue = t(QT_TRANSLATE_NOOP("Report", "overdue"))
    for row in section.rows:
        last = row.last_visit.isoformat() if row.last_visit else never
        if row.overdue and row.last_visit:
            last += f"\n{overdue}"
        yield [row.door, row.head, row.tags, last, "", "", ""]


def _section_title(data: RoundSheetData, section: RoundSection, t: Callable[[str], str]) -> str:
    count = t(QT_TRANSLATE_NOOP("Report", "{count} households")).format(count=len(section.rows))
    parts = [section.node, count]
    if data.worker:
        parts.insert(
            1, t(QT_TRANSLATE_NOOP("Report", "Grid worker: {name}")).format(name=data.worker)
        )
    return " · ".join(parts)


def _section(
    data: RoundSheetData,
    section: RoundSection,
    t: Callable[[str], str],
    log: MissingLog,
    paper: Paper,
    first_room: float,
    progress: Progress | None,
) -> list[Flowable]:
    """The section's table page by page, each page under the section's heading."""
    width, height = frame_size(paper)
    title = _section_title(data, section, t)
    continued = t(QT_TRANSLATE_NOOP("Report", "{heading} (continued)")).format(heading=title)

    def heading(text: str) -> list[Flowable]:
        return [TextBlock(text, SECTION_STYLE, log), Spacer(1, 1.5 * mm)]

    def table(room: float) -> list[Flowable]:
        return long_table(
            round_columns(t),
            _rows(section, t),
            width=width,
            page_height=height - room,
            first_page_height=first_room - room,
            log=log,
            empty_text="",
            total_rows=len(section.rows),
            progress=progress,
            style=BODY,
            min_row_height=ROW_HEIGHT,
        )

    return headed_pages(heading, title, continued, table, (width, height))


def render_round_sheet(
    out: Path,
    data: RoundSheetData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the visit round sheet on A4 portrait and write it to ``out``."""
    t = report_words(translate)
    scope = data.scope
    if data.worker:
        scope = t(QT_TRANSLATE_NOOP("Report", "Grid worker: {name}")).format(name=data.worker)
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Visit round sheet")),
        data.heading,
        scope=scope,
        printed_on=data.today,
    )
    note = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "{count} households due a visit by {date} or overdue, building by building in "
            "door order. Fill in the blank columns on the round and enter them afterwards.",
        )
    ).format(count=data.households, date=data.due_by.isoformat())
    log = MissingLog()
    story: list[Flowable] = opening(meta, log, note)
    if not data.sections:
        empty = t(QT_TRANSLATE_NOOP("Report", "No household is due a visit here."))
        story.append(TextBlock(empty, BODY, log))
    room = room_left(story, meta.paper)
    _width, height = frame_size(meta.paper)
    for index, section in enumerate(data.sections):
        if index:
            story.append(PageBreak())
            room = height
        story += _section(data, section, t, log, meta.paper, room, progress)
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, data.households // ROWS_PER_PAGE_GUESS),
    )
