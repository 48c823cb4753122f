"""Weekly slots as the office writes them (周一14:30-16:00), and the days a term's
slots fall on.

A slot is read from ``周一14:30-16:00`` (also 星期一, 礼拜一, 周日/周天 for Sunday, a
full-width colon or dash, spaces anywhere) and written back as ``周一 14:30–16:00``.
The dates of a term are every day between its first and last that has a slot,
leaving out its closure days: pure arithmetic, tested without a store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_DAY_WORDS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_SLOT = re.compile(
    r"^(?:周|星期|礼拜|禮拜)(?P<day>[一二三四五六日天七])"
    r"(?P<h1>\d{1,2})[:：](?P<m1>\d{2})[-–—~～至到](?P<h2>\d{1,2})[:：](?P<m2>\d{2})$"
)


@dataclass(frozen=True, order=True)
class Slot:
    weekday: int  # 0 is Monday
    start: dt.time
    end: dt.time

    def text(self) -> str:
        return f"{WEEKDAY_NAMES[self.weekday]} {self.start:%H:%M}–{self.end:%H:%M}"


def parse_slot(text: str) -> Slot:
    """The slot ``text`` writes, or the ``UserError`` saying how to write one."""
    match = _SLOT.match(re.sub(r"\s+", "", text))
    try:
        if match is None:
            raise ValueError(text)
        start = dt.time(int(match["h1"]), int(match["m1"]))
        end = dt.time(int(match["h2"]), int(match["m2"]))
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "“{text}” is not a weekly time: write it like 周一14:30-16:00."
            ),
            text=text.strip(),
        ) from None
    if end <= start:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{text}” ends before it starts."), text=text.strip()
        )
    return Slot(_DAY_WORDS[match["day"]], start, end)


def term_days(
    first: dt.date, last: dt.date, slots: Iterable[Slot], closed: Iterable[dt.date] = ()
) -> Iterator[tuple[dt.date, Slot]]:
    """Each (day, slot) from ``first`` to ``last`` (both included), in time order,
    skipping the closure days."""
    by_day: dict[int, list[Slot]] = {}
    for slot in sorted(set(slots)):
        by_day.setdefault(slot.weekday, []).append(slot)
    shut = set(closed)
    day = first
    while day <= last:
        if day not in shut:
            for slot in by_day.get(day.weekday(), ()):
                yield day, slot
        day += dt.timedelta(days=1)
