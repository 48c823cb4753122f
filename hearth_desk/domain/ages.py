"""Ages in whole years, counted as the office counts them: by birthdays passed.

One rule for the ledger's age column, its age filters, the home page's bands and
the printouts, so an 80th birthday moves a resident into 高龄 everywhere at once.
"""

from __future__ import annotations

import datetime as dt


def age_on(birth: dt.date | None, today: dt.date) -> int | None:
    """Whole years on ``today``; None when the birth date is not known."""
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def years_ago(today: dt.date, years: int) -> dt.date:
    """The date ``years`` before ``today``: born on or before it, one is that old."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)
