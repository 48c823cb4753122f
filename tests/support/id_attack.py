"""Rebuilding masked ID numbers the way an attacker with a printout would.

Given what one printed row shows (the masked number, the gender, the age on the
print date or the birth year, any whole dates) and the community's own area codes,
``candidates`` counts the valid ID numbers consistent with it: a known area code, a
real birth date allowed by the row, the hidden sequence digits (with the gender's
parity) and a correct GB 11643 check digit. A masked number protects its resident
only when that count is large.

The count is not a naive enumeration (up to 50,000 birth dates × 1,000 sequences per
row): the check digit depends only on the weighted sum of the digits modulo 11, so
birth dates and sequences are each grouped by their residue and the groups
multiplied, which is exact and fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from hearth_desk.domain.ages import age_on, years_ago
from hearth_desk.domain.id_numbers import EARLIEST_BIRTH
from hearth_desk.services.demo.people import LOCAL_AREAS, OTHER_AREAS

# Every area code the demo community's residents carry: what its staff, or anyone
# who has seen a few of its cards, would know.
DEMO_AREAS = tuple(code for code, *_rest in LOCAL_AREAS + OTHER_AREAS)
WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
CHECK_CHARACTERS = "10X98765432"  # by (weighted sum mod 11)
HIDDEN = "*"
LENGTH = 18
# A masked 18-character number as printed: digits and stars, a final X allowed.
MASKED_ID = re.compile(r"(?<![\d*])[\d*]{17}[\dX*](?![\d*X])")
# Whole dates a row may print: 1950-03-04, 1950/3/4, 1950.03.04, 1950年3月4日, 19500304.
WHOLE_DATE = re.compile(
    r"(?<!\d)(1[89]\d\d|20\d\d)\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?|(\d\d)(\d\d))(?!\d)"
)
ENOUGH = 1000  # what issue 11 asks every masked number to leave


@dataclass(frozen=True)
class Shown:
    """What one printed row tells about one resident's ID number.

    ``masked`` is the number as printed ("" when the row prints none: every position
    is then hidden); ``as_of`` is the print (or viewing) date, the latest possible
    birth date and the day an age is counted on.
    """

    masked: str
    as_of: dt.date
    gender: str | None = None  # M / F
    age: int | None = None
    birth_year: int | None = None
    dates: tuple[dt.date, ...] = field(default=())  # every whole date the row prints

    def number_pattern(self) -> str:
        return self.masked if self.masked else HIDDEN * LENGTH


def dates_in(text: str) -> tuple[dt.date, ...]:
    """Every whole date written in ``text`` (impossible ones are skipped)."""
    found = []
    for match in WHOLE_DATE.finditer(text):
        year, month, day = match.group(1), match.group(2) or match.group(4), match.group(3)
        day = day or match.group(5)
        try:
            found.append(dt.date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return tuple(found)


def _allows(date: dt.date, as_of: dt.date, age: int | None, birth_year: int | None) -> bool:
    return (
        EARLIEST_BIRTH <= date <= as_of
        and (birth_year is None or date.year == birth_year)
        and (age is None or age_on(date, as_of) == age)
    )


@lru_cache(maxsize=4096)
def _window(as_of: dt.date, age: int | None, birth_year: int | None) -> tuple[dt.date, ...]:
    """Every birth date of that age on ``as_of`` (or born in that year): real dates
    from the earliest the program accepts to ``as_of``."""
    first, last = EARLIEST_BIRTH, as_of
    if birth_year is not None:
        first, last = max(first, dt.date(birth_year, 1, 1)), min(last, dt.date(birth_year, 12, 31))
    if age is not None:
        first = max(first, years_ago(as_of, age + 1) - dt.timedelta(days=1))
        last = min(last, years_ago(as_of, age) + dt.timedelta(days=1))
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return tuple(day for day in days if _allows(day, as_of, age, birth_year))


def birth_dates(shown: Shown) -> tuple[dt.date, ...]:
    """The birth dates the row allows: real, no later than the print date, of the age
    and the birth year shown; and if the row prints a whole date that fits, the
    attacker takes that date for the birth date."""
    printed = tuple(
        sorted({d for d in shown.dates if _allows(d, shown.as_of, shown.age, shown.birth_year)})
    )
    return printed or _window(shown.as_of, shown.age, shown.birth_year)


def _fits(printed: str, digits: str) -> bool:
    """Whether ``digits`` agree with the printed characters (a star agrees with any)."""
    return all(p in (HIDDEN, d) for p, d in zip(printed, digits, strict=True))


def _residue(digits: str, start: int) -> int:
    return sum(int(d) * WEIGHTS[start + i] for i, d in enumerate(digits)) % 11


@lru_cache(maxsize=4096)
def _date_residues(printed: str, dates: tuple[dt.date, ...]) -> tuple[int, ...]:
    """How many of ``dates`` fit the printed birth-date digits, by residue mod 11."""
    counts = [0] * 11
    for date in dates:
        digits = f"{date:%Y%m%d}"
        if _fits(printed, digits):
            counts[_residue(digits, 6)] += 1
    return tuple(counts)


@lru_cache(maxsize=256)
def _sequence_residues(printed: str, gender: str | None) -> tuple[int, ...]:
    """How many sequences (000-999) fit the printed digits and the gender, by residue."""
    counts = [0] * 11
    for sequence in range(1000):
        digits = f"{sequence:03d}"
        if gender is not None and (sequence % 2 == 1) != (gender == "M"):
            continue
        if _fits(printed, digits):
            counts[_residue(digits, 14)] += 1
    return tuple(counts)


def candidates(shown: Shown, areas: Iterable[str] = DEMO_AREAS) -> int:
    """How many valid ID numbers agree with everything the row shows."""
    pattern = shown.number_pattern()
    if len(pattern) != LENGTH:
        raise ValueError(f"not an 18-character number: {pattern!r}")
    if pattern[:6].isdigit():  # a printed area code is the one to try
        areas = {*areas, pattern[:6]}
    area_residues = [_residue(a, 0) for a in set(areas) if _fits(pattern[:6], a)]
    dates = _date_residues(pattern[6:14], birth_dates(shown))
    sequences = _sequence_residues(pattern[14:17], shown.gender)
    check = pattern[17]
    total = 0
    for area in area_residues:
        for date_residue, date_count in enumerate(dates):
            if not date_count:
                continue
            for sequence_residue, sequence_count in enumerate(sequences):
                character = CHECK_CHARACTERS[(area + date_residue + sequence_residue) % 11]
                if check in (HIDDEN, character):
                    total += date_count * sequence_count
    return total
