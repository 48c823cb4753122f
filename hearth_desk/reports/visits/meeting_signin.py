"""The sign-in sheet (签到表) of a joint meeting.

A4 portrait, one block per party in the five parties' order: whoever is recorded as
having come is printed by name, then blank rows to fill in (name, unit or role,
phone, signature), so the sheet works laid out on the table before the meeting too.
No phone is printed: those are written on the sheet by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.visit_words import MEETING_PARTY_CHINESE
from hearth_desk.reports.kit.document import (
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextStyle
from hearth_desk.reports.visits.meeting_words import meeting_lines, section
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.meeting_printouts import MeetingPaper

ROWS_PER_PARTY = 4  # at the least; more when more were recorded
ROW_STYLE = TextStyle(size=11, leading=13)
BLANK = "\n\n"  # a row tall enough (about 12 mm) to sign in


def signin_columns(t: Callable[[str], str]) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.5, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Unit / role")), 2.6),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Signature")), 2.4),
    ]


def _rows(names: Sequence[str]) -> Iterator[Sequence[str]]:
    count = max(ROWS_PER_PARTY, len(names) + 1)  # one blank row for someone unexpected
    for number in range(1, count + 1):
        name = names[number - 1] if number <= len(names) else ""
        yield [str(number), name + BLANK if name else BLANK, "", "", ""]


def render_meeting_signin(
    out: Path, data: MeetingPaper, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """Lay the meeting's sign-in sheet out on A4 portrait and write it to ``out``."""
    t = report_words(translate)
    meeting = data.meeting
    title = t(QT_TRANSLATE_NOOP("Report", "Joint meeting sign-in sheet"))
    meta = report_meta(translate, title, data.heading, printed_on=data.today)
    log = MissingLog()
    width, _height = frame_size(meta.paper)
    story: list[Flowable] = opening(meta, log, meeting_lines(t, meeting))
    columns = signin_columns(t)
    for party, names in meeting.attendees.items():
        table = simple_table(columns, _rows(names), width=width, log=log, style=ROW_STYLE)
        story.append(KeepTogether([*section(MEETING_PARTY_CHINESE[party], log), table]))
    return build_pdf(out, meta, story, translate, log, progress, expected_pages=2)
