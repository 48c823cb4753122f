"""A PIN is four digits, kept only as a salted hash and compared in constant time."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import ChangeRecord, Staff
from hearth_desk.services.visits import pins
from hearth_desk.services.visits.staff import StaffEntry, add_staff, staff_list


def test_the_hash_is_salted_and_only_the_pin_opens_it() -> None:
    first, second = pins.hash_pin("0427"), pins.hash_pin("0427")
    assert first != second and "0427" not in first
    assert pins.pin_matches(first, "0427") and pins.pin_matches(second, " 0427 ")
    assert not pins.pin_matches(first, "0428")
    assert not pins.pin_matches("scrypt$broken", "0427")
    assert pins.pin_matches(None, "anything")  # no PIN: nothing to ask


@pytest.mark.parametrize("pin", ["123", "12345", "12a4", "１２３４", "", "12 4"])
def test_a_pin_that_is_not_four_digits_is_refused(pin: str) -> None:
    with pytest.raises(UserError, match="exactly 4 digits"):
        pins.hash_pin(pin)


def test_a_pin_is_set_checked_and_cleared_and_never_stored_plain(session: Session) -> None:
    wang = add_staff(session, StaffEntry("王芳", "网格员"))
    pins.set_pin(session, wang.id, "2468")
    stored = session.scalar(select(Staff.pin_hash).where(Staff.id == wang.id))
    assert stored and "2468" not in stored
    assert staff_list(session)[0].has_pin
    assert pins.pin_is_right(session, wang.id, "2468")
    assert not pins.pin_is_right(session, wang.id, "8642")
    pins.set_pin(session, wang.id, None)
    assert not staff_list(session)[0].has_pin
    details = " ".join(session.scalars(select(ChangeRecord.details)))
    assert "2468" not in details and stored not in details
