"""How a joint meeting's paper names it: its day, place and people, in the words the
minutes and the sign-in sheet share."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.visits.meetings import MeetingDetail

SECTION_STYLE = TextStyle(chain=TITLE, size=14, leading=22)


def meeting_lines(t: Callable[[str], str], meeting: MeetingDetail) -> str:
    """时间：2026年3月20日　地点：社区会议室 / 召集人：…　记录人：…, under the title."""
    first = [t(QT_TRANSLATE_NOOP("Report", "Time: {time}")).format(time=day_text(t, meeting.date))]
    if meeting.place:
        first.append(t(QT_TRANSLATE_NOOP("Report", "Place: {place}")).format(place=meeting.place))
    blank = "＿" * 6
    second = [
        t(QT_TRANSLATE_NOOP("Report", "Convenor: {name}")).format(name=meeting.convenor or blank),
        t(QT_TRANSLATE_NOOP("Report", "Recorder: {name}")).format(name=meeting.recorder or blank),
    ]
    return "　".join(first) + "\n" + "　".join(second)


def section(text: str, log: MissingLog) -> list[Flowable]:
    """A heading inside the sheet (参会人员, 议题及议定事项)."""
    return [Spacer(1, 3 * mm), TextBlock(text, SECTION_STYLE, log), Spacer(1, 1.5 * mm)]
