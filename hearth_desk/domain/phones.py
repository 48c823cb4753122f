"""Phone numbers as staff type them and sheets hold them.

Accepted: mainland mobiles (11 digits starting 13–19, an optional +86/86 in front)
and landlines with their area code (010-62345678, 0755 8888 1234, (0571)87654321).
A landline without area code is refused: the office serves people who moved in
from elsewhere and numbers get carried between cities.
"""

from __future__ import annotations

import re
import unicodedata

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import InvalidValue, error

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―－·.()（）]+")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# Two-digit area codes are 010 and 02x; the rest have four digits (0xxx).
_LANDLINE = re.compile(r"(0(?:10|2\d)|0[3-9]\d{2})(\d{7,8})")


def phone_digits(raw: str) -> str:
    """``raw`` with full-width forms folded, separators dropped and a +86 / 86 country
    code removed: the digits of a phone, if it is one (other characters are kept).

    The stored form and a search for it both start here, so 189-2979-1187,
    +86 189 2979 1187 and 18929791187 are one number."""
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", str(raw)).strip())
    if digits.startswith("+86"):
        return digits[3:]
    if digits.startswith("86") and len(digits) == 13:
        return digits[2:]
    return digits


def normalise_phone(raw: str) -> str:
    """The phone in its stored form, or raise ``InvalidValue`` saying why.

    Mobiles become 11 digits; landlines become ``area-number``.
    """
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    digits = phone_digits(text)
    if not digits.isdigit():
        raise InvalidValue(
            error(QT_TRANSLATE_NOOP("Finding", "“{value}” is not a phone number."), value=text)
        )
    if _MOBILE.fullmatch(digits):
        return digits
    landline = _LANDLINE.fullmatch(digits)
    if landline:
        return f"{landline.group(1)}-{landline.group(2)}"
    if len(digits) in (7, 8) and not digits.startswith(("0", "1")):
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding", "The landline {value} needs its area code, e.g. 010-{value}."
                ),
                value=digits,
            )
        )
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP(
                "Finding",
                "“{value}” is neither an 11-digit mobile number nor a landline with area code.",
            ),
            value=text,
        )
    )
