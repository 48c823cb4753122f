"""ID numbers as the ledger accepts them (GB 11643), whatever shape they arrive in."""

from __future__ import annotations

import datetime as dt

import pytest

from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.id_numbers import check_id_number, make_id_number
from hearth_desk.domain.models import Gender

VALID = make_id_number("110105", dt.date(1949, 10, 1), 21, Gender.MALE)


def test_a_valid_number_gives_birth_date_and_gender() -> None:
    checked = check_id_number(VALID)
    assert (checked.number, checked.birth_date, checked.gender) == (
        VALID,
        dt.date(1949, 10, 1),
        Gender.MALE,
    )
    assert checked.warnings == ()


@pytest.mark.parametrize(
    "typed",
    [
        " ".join([VALID[:6], VALID[6:14], VALID[14:]]),
        VALID.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")),
        VALID[:6] + "-" + VALID[6:],
    ],
)
def test_spaces_dashes_and_full_width_digits_are_put_right(typed: str) -> None:
    assert check_id_number(typed).number == VALID


def test_a_lower_case_x_is_accepted() -> None:
    with_x = next(
        make_id_number("110105", dt.date(1950, 1, d), s, Gender.FEMALE)
        for d in range(1, 28)
        for s in range(2, 200, 2)
        if make_id_number("110105", dt.date(1950, 1, d), s, Gender.FEMALE).endswith("X")
    )
    assert check_id_number(with_x.lower()).number == with_x


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (VALID[:-1], "18 characters"),
        (
            VALID[:-1] + str((int(VALID[-1]) + 1) % 10)
            if VALID[-1].isdigit()
            else VALID[:-1] + "0",
            "check digit",
        ),
        ("110105194902300021", "impossible birth date"),
        ("11010519491001A021", "only digits"),
    ],
)
def test_errors_say_what_is_wrong(number: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        check_id_number(number)
    assert reason in str(caught.value)
    assert number[6:14] not in str(caught.value) or "birth date" in reason  # masked


def test_an_unknown_area_code_is_only_a_warning() -> None:
    number = make_id_number("999999", dt.date(1960, 5, 4), 33, Gender.MALE)
    checked = check_id_number(number)
    assert checked.number == number
    assert [w.params["area"] for w in checked.warnings] == ["999999"]


def test_an_old_15_digit_number_becomes_18_digits() -> None:
    old = VALID[:6] + VALID[8:17]  # drop "19" and the check digit
    checked = check_id_number(old)
    assert checked.number == VALID
    assert "15-digit" in checked.warnings[0].message


def test_a_district_younger_than_its_holder_is_not_warned_about() -> None:
    """520502 (七星关区) dates from 2011; a number issued there to someone born in 1990
    is ordinary. python-stdnum objects to it; we must not."""
    number = make_id_number("520502", dt.date(1990, 1, 1), 123, Gender.MALE)
    assert check_id_number(number).warnings == ()
    # Districts that existed, under any year, and one that never did.
    from hearth_desk.domain.id_numbers import area_code_ever_existed

    assert area_code_ever_existed("420106") and area_code_ever_existed("110100")
    assert not area_code_ever_existed("529999") and not area_code_ever_existed("999999")
