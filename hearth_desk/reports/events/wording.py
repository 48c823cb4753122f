"""How the events' printouts name an event: its number and title, its day and time."""

from __future__ import annotations

from collections.abc import Callable

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.days import day_text
from hearth_desk.reports.kit.document import Paper, ReportMeta, report_meta
from hearth_desk.services.events.printouts import EventHeader


def event_name(event: EventHeader) -> str:
    """#12 便民服务日: how the office and the command line name an event."""
    return f"#{event.number} {event.title}"


def when_text(t: Callable[[str], str], event: EventHeader) -> str:
    """The day and, when it is set, the time: 2026年12月5日 14:00–16:30."""
    return f"{day_text(t, event.date)} {event.time}".strip()


def time_line(t: Callable[[str], str], event: EventHeader) -> str:
    return t(QT_TRANSLATE_NOOP("Report", "Time: {time}")).format(time=when_text(t, event))


def place_line(t: Callable[[str], str], event: EventHeader) -> str:
    """地点：社区广场; "" when no place is set."""
    if not event.place:
        return ""
    return t(QT_TRANSLATE_NOOP("Report", "Place: {place}")).format(place=event.place)


def event_meta(translate: Translate, title: str, event: EventHeader) -> ReportMeta:
    """An event list's title block on A4 portrait: 签到表（#12 便民服务日）, under the
    community's name; the running header of later pages names the event too."""
    return report_meta(translate, title, event.heading, scope=event_name(event),
                       paper=Paper.A4_PORTRAIT, printed_on=event.today)  # fmt: skip


def where_and_when(t: Callable[[str], str], event: EventHeader) -> str:
    """时间：…　地点：…, the first line under an event list's title."""
    return "　".join(part for part in (time_line(t, event), place_line(t, event)) if part)
