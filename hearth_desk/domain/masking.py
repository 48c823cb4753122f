"""Masking of ID numbers and phones for screens, exports and paper.

Full numbers are shown only when a user asks for one record on purpose (or ticks
"full numbers" for an export or printout); everything else uses these.
"""

from __future__ import annotations


def mask_id_number(number: str | None) -> str:
    """``520502199001011234`` → ``520502********1234`` (area code and last four kept)."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


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
