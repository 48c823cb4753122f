"""The code printed on each row of a sign-in sheet (签到表), read back at the door.

A USB scanner types what it reads as if on a keyboard, into whatever has the focus,
often while a Chinese input method is on: letters would land in the input method's
composition, digits go through. So the code is digits only: ``8``, the event number
in five digits, the sign-up number in seven, and a Luhn check digit (python-stdnum),
so a code mistyped by hand is refused instead of checking in somebody else.

Fourteen digits cannot be a phone (11), an ID number (18) or a tail (4–6), which the
same search box also takes. The code names no person: a lost sheet gives away nothing
the sheet does not already show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import luhn

PREFIX = "8"
_SHAPE = re.compile(r"8\d{13}")


@dataclass(frozen=True)
class SigninCode:
    event_id: int
    signup_id: int


def signin_code(event_id: int, signup_id: int) -> str:
    """The row's code, e.g. ``80001200003457`` for sign-up 345 of event #12."""
    if not (0 < event_id < 100_000 and 0 < signup_id < 10_000_000):
        raise ValueError("event or sign-up number out of the code's range")
    body = f"{PREFIX}{event_id:05d}{signup_id:07d}"
    return body + luhn.calc_check_digit(body)


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has a code's shape (it may still fail its check digit)."""
    return _SHAPE.fullmatch(text.strip()) is not None


def read_signin_code(text: str) -> SigninCode | None:
    """The event and sign-up a scanned or typed code names; None if it is not one."""
    text = text.strip()
    if not looks_like_code(text) or not luhn.is_valid(text):
        return None
    return SigninCode(int(text[1:6]), int(text[6:13]))
