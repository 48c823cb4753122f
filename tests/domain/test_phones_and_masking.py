"""Phones are stored in one form and shown masked; so are ID numbers."""

from __future__ import annotations

import pytest

from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.masking import is_masked, mask_id_number, mask_phone
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
    assert mask_id_number("52050219900101123X") == "520502**********3X"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("010-62345678") == "010-****5678"
    assert mask_id_number(None) == mask_phone("") == ""


def test_a_masked_id_number_hides_the_birth_date_and_two_sequence_digits() -> None:
    # Area code, then 8 birth-date digits and 2 of the 3 sequence digits hidden; the
    # gender digit and the check digit stay, so staff can still tell two people apart.
    assert mask_id_number("110101195003041234") == "110101**********34"
    assert mask_id_number("110101500304123") == "110101*******23"  # an old 15-digit number
    assert mask_id_number("1234567890") == "**********"  # too short to show anything


def test_masked_text_is_recognised_whatever_the_star() -> None:
    assert is_masked("110101**********34") and is_masked("110101＊＊＊＊＊＊＊＊＊＊34")
    assert not is_masked("110101195003041234")
