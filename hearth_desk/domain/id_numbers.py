"""Chinese resident ID numbers (居民身份证号码, GB 11643).

An 18-character number is: 6-digit area code, birth date ``YYYYMMDD``, a 3-digit
sequence (odd for men, even for women) and a check digit (0-9 or X). The old
15-character numbers, still found in old sheets, have a 2-digit year and no check digit.

``check_id_number`` is the one rule for every way a number enters the store (forms,
imports): wrong length or characters, an impossible birth date and a wrong check
digit are errors; an area code python-stdnum does not know is only a warning, since
real numbers carry codes of districts renamed or merged since they were issued.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from stdnum.cn.ric import calc_check_digit

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import Finding, InvalidValue, error, warning
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Gender

_SPACES = re.compile(r"[\s\-‐‑–—_]+")
EARLIEST_BIRTH = dt.date(1890, 1, 1)


@dataclass(frozen=True)
class IdNumberCheck:
    """A number that may be stored, what it encodes, and any warnings about it."""

    number: str  # 18 characters, upper-case X
    birth_date: dt.date
    gender: Gender
    warnings: tuple[Finding, ...] = ()


def normalise_id_number(raw: str) -> str:
    """Full-width digits and letters, spaces, dashes and a lower-case x put right."""
    text = unicodedata.normalize("NFKC", str(raw))
    return _SPACES.sub("", text).upper()


def check_id_number(raw: str, *, today: dt.date | None = None) -> IdNumberCheck:
    """Normalise and check ``raw``; raise ``InvalidValue`` with the reason if it is wrong.

    A 15-digit number is converted to its 18-digit form (born in the 1900s, the
    check digit computed) with a warning saying so.
    """
    number = normalise_id_number(raw)
    masked = mask_id_number(number)
    notes: list[Finding] = []
    if len(number) == 15 and number.isdigit():
        body = number[:6] + "19" + number[6:]
        number = body + calc_check_digit(body + "0")
        notes.append(
            warning(
                QT_TRANSLATE_NOOP(
                    "Finding", "Old 15-digit number converted to 18 digits: {number}."
                ),
                number=mask_id_number(number),
            )
        )
    elif len(number) != 18:
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding", "An ID number has 18 characters; “{number}” has {length}."
                ),
                number=masked,
                length=len(number),
            )
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "“{number}” is not an ID number: only digits and a final X are allowed.",
                ),
                number=masked,
            )
        )
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or not EARLIEST_BIRTH <= birth <= (today or dt.date.today()):
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding", "The ID number {number} holds an impossible birth date ({digits})."
                ),
                number=masked,
                digits=number[6:14],
            )
        )
    if calc_check_digit(number) != number[17]:
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The check digit of the ID number {number} is wrong: a digit is mistyped.",
                ),
                number=masked,
            )
        )
    if not area_code_ever_existed(number[:6]):
        notes.append(
            warning(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The area code {area} of the ID number was never a district's code; "
                    "check the first six digits.",
                ),
                area=number[:6],
            )
        )
    gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
    return IdNumberCheck(number, birth, gender, tuple(notes))


def make_id_number(area_code: str, birth: dt.date, sequence: int, gender: Gender) -> str:
    """The 18-character number of a person, so that demo and test data pass real checks.

    The sequence must have the parity of the gender, as on real cards, or the number
    would contradict the resident's recorded gender.
    """
    if len(area_code) != 6 or not area_code.isdigit():
        raise ValueError(f"area code must be 6 digits: {area_code!r}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must have 3 digits: {sequence}")
    if (sequence % 2 == 1) != (gender is Gender.MALE):
        raise ValueError(f"sequence {sequence} does not match gender {gender.value}")
    body = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    # calc_check_digit expects a complete number and ignores its last character.
    return body + calc_check_digit(body + "0")


def birth_date_and_gender(id_number: str) -> tuple[dt.date, Gender]:
    """Read the birth date and gender that a number encodes, to fill or cross-check a row.

    Accepts the old 15-digit numbers too (born in the 1900s). Does not verify the
    check digit; raises ``ValueError`` when the number cannot be read at all.
    """
    number = id_number.strip().upper()
    if len(number) == 18 and number[:17].isdigit() and (number[17].isdigit() or number[17] == "X"):
        birth, sequence = number[6:14], number[14:17]
    elif len(number) == 15 and number.isdigit():
        birth, sequence = "19" + number[6:12], number[12:15]
    else:
        raise ValueError(f"not a resident ID number: {id_number!r}")
    date = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))  # ValueError if impossible
    return date, Gender.MALE if int(sequence) % 2 == 1 else Gender.FEMALE


def area_code_ever_existed(code: str) -> bool:
    """Whether ``code`` was ever a district's code, in any year.

    python-stdnum's ``get_birth_place`` also refuses a district created after the
    holder's birth year, but that is normal: a number carries the code of the district
    where it was first issued (520502, 七星关区, dates from 2011), so only a code that
    never existed is worth a warning.
    """
    from stdnum import numdb

    if len(code) != 6 or not code.isdigit():
        return False
    return any("county" in props for _part, props in numdb.get("cn/loc").info(code))
