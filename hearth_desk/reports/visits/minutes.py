"""The minutes (会议纪要) of a joint meeting, for the office's file and the street.

A4 portrait: 〔community〕联席会议纪要, the day, place, convenor and recorder; who
came for each of the five parties; then every matter with its decision, owner and
due date, the ones carried over from an earlier meeting marked (延续自 #M) so a
reader sees what has waited; and room for the signatures at the foot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.visit_words import MEETING_PARTY_CHINESE, REQUEST_STATUS_CHINESE
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import (
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, simple_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.reports.visits.meeting_words import meeting_lines, section
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.meeting_printouts import MeetingPaper
from hearth_desk.services.visits.meetings import MatterLine

SIGNATURE_STYLE = TextStyle(size=12, leading=30)
SIGNATURE_LINE = "＿" * 10


def minutes_title(t: Callable[[str], str], data: MeetingPaper) -> str:
    """和平里社区联席会议纪要."""
    return (
        t(QT_TRANSLATE_NOOP("Report", "{community} joint meeting minutes"))
        .format(community=data.community)
        .strip()
    )


def matter_text(t: Callable[[str], str], matter: MatterLine) -> str:
    """The matter's title, with a second line saying where it came from."""
    marks = []
    if matter.carried_from_meeting is not None:
        marks.append(
            t(QT_TRANSLATE_NOOP("Report", "carried over from #{number}")).format(
                number=matter.carried_from_meeting
            )
        )
    if matter.request_id is not None:
        marks.append(
            t(QT_TRANSLATE_NOOP("Report", "request #{number} ({status})")).format(
                number=matter.request_id,
                status=REQUEST_STATUS_CHINESE.get(matter.request_status or "", ""),
            )
        )
    return matter.title + ("\n〔" + "；".join(marks) + "〕" if marks else "")


def _matter_rows(t: Callable[[str], str], data: MeetingPaper) -> Iterator[Sequence[str]]:
    settled = t(QT_TRANSLATE_NOOP("Report", "Settled"))
    open_ = t(QT_TRANSLATE_NOOP("Report", "Not settled"))
    for matter in data.meeting.matters:
        yield [
            str(matter.position),
            matter_text(t, matter),
            matter.decision,
            matter.owner,
            day_text(t, matter.due_date) if matter.due_date else "",
            settled if matter.settled else open_,
        ]


def _signatures(t: Callable[[str], str], log: MissingLog) -> list[Flowable]:
    lines = [
        t(QT_TRANSLATE_NOOP("Report", "Convenor (signature): {line}")).format(line=SIGNATURE_LINE)
        + "　　"
        + t(QT_TRANSLATE_NOOP("Report", "Recorder (signature): {line}")).format(
            line=SIGNATURE_LINE
        ),
        t(QT_TRANSLATE_NOOP("Report", "Signatures of the parties present:")),
    ]
    return [
        KeepTogether(
            [Spacer(1, 6 * mm)]
            + [TextBlock(line, SIGNATURE_STYLE, log) for line in lines]
            + [Spacer(1, 30 * mm)]
        )
    ]


def render_minutes(
    out: Path, data: MeetingPaper, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """Lay the meeting's minutes out on A4 portrait and write them to ``out``."""
    t = report_words(translate)
    meeting = data.meeting
    meta = report_meta(translate, minutes_title(t, data), data.heading, printed_on=data.today)
    log = MissingLog()
    width, _height = frame_size(meta.paper)
    story = opening(meta, log, meeting_lines(t, meeting))
    story += section(t(QT_TRANSLATE_NOOP("Report", "Present")), log)
    story.append(
        simple_table(
            [
                Column(t(QT_TRANSLATE_NOOP("Report", "Party")), 1),
                Column(t(QT_TRANSLATE_NOOP("Report", "Who came")), 3),
            ],
            (
                [MEETING_PARTY_CHINESE[party], "、".join(names) or "—"]
                for party, names in meeting.attendees.items()
            ),
            width=width,
            log=log,
        )
    )
    story += section(t(QT_TRANSLATE_NOOP("Report", "Matters and decisions")), log)
    if meeting.matters:
        story.append(
            simple_table(
                [
                    Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.5, "right"),
                    Column(t(QT_TRANSLATE_NOOP("Report", "Matter")), 3),
                    Column(t(QT_TRANSLATE_NOOP("Report", "Decision")), 3),
                    Column(t(QT_TRANSLATE_NOOP("Report", "Owner")), 1.4),
                    Column(t(QT_TRANSLATE_NOOP("Report", "Due")), 1.5, "center"),
                    Column(t(QT_TRANSLATE_NOOP("Report", "Status")), 1, "center"),
                ],
                _matter_rows(t, data),
                width=width,
                log=log,
            )
        )
        if meeting.carried:
            story.append(Spacer(1, 2 * mm))
            story.append(
                TextBlock(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "{count} matters were not settled at an earlier meeting and were "
                            "carried over to this one.",
                        )
                    ).format(count=meeting.carried),
                    TextStyle(size=10.5, leading=15),
                    log,
                )
            )
    else:
        story.append(TextBlock(t(QT_TRANSLATE_NOOP("Report", "No matters.")), TextStyle(), log))
    if meeting.notes:
        story += section(t(QT_TRANSLATE_NOOP("Report", "Notes")), log)
        story.append(TextBlock(meeting.notes, TextStyle(size=11.5, leading=17), log))
    story += _signatures(t, log)
    return build_pdf(out, meta, story, translate, log, progress, expected_pages=1)
