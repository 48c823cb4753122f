"""Hours of volunteer service, as offices write them: to a tenth (1.5 小时), more than
nothing and at most a day. An event's span gives its helpers' hours unless they have
their own; a service record states its own. Both rules live here, in the events
feature, because volunteering (which counts the hours) sits above events and reads
them from here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal, InvalidOperation

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

ZERO = Decimal("0.0")
TENTH = Decimal("0.1")
MOST_IN_A_DAY = Decimal(24)
_UNIT_WORDS = ("小时", "小時", "h", "H")  # "1.5小时" typed in a cell or an option


def span_hours(start: dt.time | None, end: dt.time | None) -> Decimal:
    """An event's span in hours, to a tenth; nothing without both times."""
    if start is None or end is None or end <= start:
        return ZERO
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return (Decimal(minutes) / 60).quantize(TENTH)


def hours_text(hours: Decimal) -> str:
    """36.5 → "36.5", 36.0 → "36": hours as written on paper and on screen."""
    return f"{hours.normalize():f}" if hours == hours.to_integral() else f"{hours:.1f}"


def checked_hours(value: Decimal | str | int) -> Decimal:
    """``value`` as hours to a tenth, or the ``UserError`` saying what is wrong with it.

    Text may use full-width digits and end with 小时 (as typed in a form or an option)."""
    text = str(value).strip()
    number = _number(text)
    if number is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{text}” is not a number of hours, such as 1.5."),
            text=text,
        )
    if number <= 0:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The hours must be more than 0, not {text}."),
            text=text,
        )
    if number > MOST_IN_A_DAY:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{text} hours is more than a day; record at most 24 hours a day."
            ),
            text=text,
        )
    if number != number.quantize(TENTH):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Hours are kept to a tenth (such as 1.5); {text} has more decimals."
            ),
            text=text,
        )
    return number.quantize(TENTH)


def _number(text: str) -> Decimal | None:
    text = unicodedata.normalize("NFKC", text)
    for word in _UNIT_WORDS:
        text = text.removesuffix(word)
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
