"""A day as printouts write it: 2026年12月5日 in Chinese, 2026-12-5 in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP


def day_text(t: Callable[[str], str], day: dt.date) -> str:
    """2026年12月5日 in Chinese, 2026-12-5 in English."""
    return t(QT_TRANSLATE_NOOP("Report", "{year}-{month}-{day}")).format(
        year=day.year, month=day.month, day=day.day
    )
