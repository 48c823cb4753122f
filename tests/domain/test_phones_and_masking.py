"""Phones are stored in one form and shown masked; so are ID numbers."""

from __future__ import annotations

import pytest

from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.phones import normalise_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("010-62345678", "010-62345678"),
        ("(0571) 8765 4321", "0571-87654321"),
        ("0755－88881234", "0755-88881234"),
    ],
)
def test_mobiles_and_landlines_with_area_code_are_accepted(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("62345678", "area code"),
        ("12345", "neither"),
        ("138123456789", "neither"),
        ("无", "not a phone"),
    ],
)
def test_anything_else_is_an_error_saying_why(typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        normalise_phone(typed)
    assert reason in str(caught.value)


def test_masks_keep_only_what_identifies_a_record_to_staff() -> None:
    assert mask_id_number("52050219900101123X") == "520502********123X"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("010-62345678") == "010-****5678"
    assert mask_id_number(None) == mask_phone("") == ""
