"""The call list (电话通知名单): whom to phone about an event, with full numbers.

Staff notify the residents' group a day ahead and phone the elderly; someone who
moved up from the waiting list has to be told too. So the list has two sections, each
in sign-up order: those who moved up and still hold the place, and those 60 or over
on the day who hold one. The numbers are full on purpose, since the list exists for
calling; a box per row is ticked once the call is made. When the event is called off,
one section lists everyone who held a place or waited, to be told so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.vocabulary import Words
from hearth_desk.reports.events.wording import event_meta, where_and_when
from hearth_desk.reports.kit.document import (
    NOTE_STYLE,
    build_pdf,
    frame_size,
    opening,
    report_words,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.events.printouts import ELDERLY_AGE, CallListData, CallRow
from hearth_desk.services.progress import Progress

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=20)
BOX = "□"  # ticked by hand once the call is made (the faces have no ☐)


def call_columns(t: Callable[[str], str], words: Words) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.5, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.4),
        Column(t(QT_TRANSLATE_NOOP("Report", "Age in years")), 0.5, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.4, "center", ("010-62345678",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Status")), 0.9, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notified")), 0.6, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), 1.5),
    ]


def _cells(number: int, row: CallRow, t: Callable[[str], str], words: Words) -> list[str]:
    status = words.signup_status(row.status)
    if row.on_site:
        status += t(QT_TRANSLATE_NOOP("Report", " (came without a place)"))
    age = "" if row.age is None else str(row.age)
    return [str(number), row.name, age, row.phone, status, BOX, ""]


def _section(
    title: str,
    rows: Sequence[CallRow],
    t: Callable[[str], str],
    words: Words,
    width: float,
    log: MissingLog,
) -> list[Flowable]:
    story: list[Flowable] = [
        TextBlock(f"{title}（{len(rows)}）", SECTION_STYLE, log),
        Spacer(1, 1.5 * mm),
    ]
    if rows:
        cells = (_cells(n, row, t, words) for n, row in enumerate(rows, start=1))
        story.append(simple_table(call_columns(t, words), cells, width=width, log=log))
    else:
        story.append(TextBlock(t(QT_TRANSLATE_NOOP("Report", "Nobody.")), NOTE_STYLE, log))
    return [*story, Spacer(1, 6 * mm)]


def render_call_list(
    out: Path,
    data: CallListData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the call list on A4 portrait and write it to ``out``."""
    t = report_words(translate)
    words = Words(translate)
    event = data.event
    meta = event_meta(translate, t(QT_TRANSLATE_NOOP("Report", "Call list")), event)
    note = where_and_when(t, event)
    note += "\n" + t(
        QT_TRANSLATE_NOOP(
            "Report", "Full phone numbers, for calling: keep this list in the office."
        )
    )
    log = MissingLog()
    width, _height = frame_size(meta.paper)
    story = opening(meta, log, note)
    if data.everyone:
        sections = [
            (t(QT_TRANSLATE_NOOP("Report", "The event is cancelled: tell everyone")), data.everyone)
        ]
    else:
        sections = [
            (t(QT_TRANSLATE_NOOP("Report", "Moved up from the waiting list")), data.moved_up),
            (
                t(QT_TRANSLATE_NOOP("Report", "Aged {age} or over")).format(age=ELDERLY_AGE),
                data.elderly,
            ),
        ]
    for title, rows in sections:
        story += _section(title, rows, t, words, width, log)
    return build_pdf(out, meta, story, translate, log, progress)
