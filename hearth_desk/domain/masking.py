"""Masking of ID numbers and phones for screens, exports and paper.

Full numbers are shown only when a user asks for one record on purpose (or ticks
"full numbers" for an export or printout); everything else uses these.

A masked ID number keeps the area code (where a resident's card was issued, which
staff use to tell people apart) and the last two characters (the gender digit and
the check digit), and hides the birth date and two sequence digits. Hiding the birth
date is only half the rule: wherever an ID number is shown masked, the same row
shows the age or the birth year, never the whole birth date. A year of possible
birth dates times 100 hidden sequence values, of which the check digit keeps one in
eleven, leaves about 3,300 valid numbers for every masked one.
"""

from __future__ import annotations

MASK_CHARACTERS = "*＊"  # what a masked number is masked with, here or by Excel users
ID_SHOWN_HEAD = 6  # the area code
ID_SHOWN_TAIL = 2  # the gender digit and the check digit


def mask_id_number(number: str | None) -> str:
    """``520502199001011235`` → ``520502**********35`` (area code and last two kept)."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    hidden = len(number) - ID_SHOWN_HEAD - ID_SHOWN_TAIL
    return number[:ID_SHOWN_HEAD] + "*" * hidden + number[-ID_SHOWN_TAIL:]


def is_masked(text: str) -> bool:
    """Whether ``text`` has masked characters in it, so the full number is not there."""
    return any(character in text for character in MASK_CHARACTERS)


def mask_phone(phone: str | None) -> str:
    """``13812345678`` → ``138****5678``; ``010-62345678`` → ``010-****5678``."""
    if not phone:
        return ""
    if "-" in phone:
        area, _, local = phone.partition("-")
        return f"{area}-{'*' * max(len(local) - 4, 0)}{local[-4:]}"
    if len(phone) <= 7:
        return "*" * (len(phone) - 4) + phone[-4:] if len(phone) > 4 else phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
