"""Weekly slots read as the office writes them; a term's days skip its closures."""

from __future__ import annotations

import datetime as dt

import pytest

from hearth_desk.domain.class_slots import Slot, parse_slot, term_days
from hearth_desk.domain.errors import UserError


@pytest.mark.parametrize(
    "text", ["周一14:30-16:00", "星期一 14:30–16:00", "周一14：30－16：00".replace("－", "-")]
)
def test_slots_read_as_written(text: str) -> None:
    assert parse_slot(text) == Slot(0, dt.time(14, 30), dt.time(16, 0))
    assert parse_slot(text).text() == "周一 14:30–16:00"


def test_sunday_and_refusals() -> None:
    assert parse_slot("周日9:00-10:30").weekday == 6
    with pytest.raises(UserError, match="weekly time"):
        parse_slot("Monday 14:30")
    with pytest.raises(UserError, match="weekly time"):
        parse_slot("周一25:00-26:00")
    with pytest.raises(UserError, match="ends before"):
        parse_slot("周二16:00-14:30")


def test_term_days_skip_closures_and_keep_time_order() -> None:
    monday = parse_slot("周一14:30-16:00")
    morning = parse_slot("周一9:00-10:00")
    days = list(
        term_days(dt.date(2026, 9, 7), dt.date(2026, 9, 21), [monday, morning],
                  closed=[dt.date(2026, 9, 14)])
    )  # fmt: skip
    assert days == [
        (dt.date(2026, 9, 7), morning),
        (dt.date(2026, 9, 7), monday),
        (dt.date(2026, 9, 21), morning),
        (dt.date(2026, 9, 21), monday),
    ]
