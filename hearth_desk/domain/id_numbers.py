"""Chinese resident ID numbers (居民身份证号码, GB 11643).

An 18-character number is: 6-digit area code, birth date ``YYYYMMDD``, a 3-digit
sequence (odd for men, even for women) and a check digit (0-9 or X). The old
15-character numbers, still found in old sheets, have a 2-digit year and no check digit.
Only what the demo data and the ledger need today lives here; full validation comes later.
"""

from __future__ import annotations

import datetime as dt

from stdnum.cn.ric import calc_check_digit

from hearth_desk.domain.models import Gender


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
