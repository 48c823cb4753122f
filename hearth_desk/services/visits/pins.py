"""A staff member's optional 4-digit PIN, kept only as a salted hash.

Four digits are a lock on the desk against a colleague's slip of the mouse, not
against an attacker; still, the store (and every backup of it) holds no PIN a reader
could copy: scrypt with a random salt per PIN, compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Staff
from hearth_desk.services import audit

PIN_LENGTH = 4
# scrypt's cost: about 20 ms on an office PC, once per start of the window.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def checked_pin(pin: str) -> str:
    """``pin`` if it is exactly four digits (0–9), else the ``UserError`` saying so."""
    pin = pin.strip()
    if len(pin) != PIN_LENGTH or not all("0" <= char <= "9" for char in pin):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A PIN is exactly 4 digits, 0 to 9."))
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> str:
    """The stored form: ``scrypt$n$r$p$salt$hash`` (hex), with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = _derive(checked_pin(pin), salt, _N, _R, _P)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str | None, pin: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from; no stored PIN matches
    anything (a person without a PIN is not asked for one)."""
    if not stored:
        return True
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(digest)
        given = _derive(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:  # a damaged hash opens nothing
        return False
    return hmac.compare_digest(given, expected)


def staff_or_error(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That staff member no longer exists."))
    return staff


def set_pin(session: Session, staff_id: int, pin: str | None) -> Staff:
    """Set the PIN (4 digits), or clear it with ``None`` or an empty text. The change
    record says only that it changed."""
    staff = staff_or_error(session, staff_id)
    cleared = pin is None or not pin.strip()
    staff.pin_hash = None if cleared else hash_pin(pin or "")
    session.flush()
    audit.record(session, "staff", staff.id, "update", pin=("cleared" if cleared else "set"))
    return staff


def pin_is_right(session: Session, staff_id: int, pin: str) -> bool:
    """Whether ``pin`` opens the desk for this person (anything does without a PIN)."""
    return pin_matches(staff_or_error(session, staff_id).pin_hash, pin)
