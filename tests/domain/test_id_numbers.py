from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from hearth_desk.domain.id_numbers import birth_date_and_gender, make_id_number
from hearth_desk.domain.models import Gender


def test_makes_the_numbers_printed_on_real_cards() -> None:
    assert make_id_number("360426", dt.date(1991, 1, 1), 7, Gender.MALE) == "360426199101010071"
    assert make_id_number("110105", dt.date(1949, 12, 31), 2, Gender.FEMALE) == "11010519491231002X"


def test_made_numbers_pass_the_gb_11643_check() -> None:
    for sequence in range(1, 200, 2):
        assert ric.is_valid(make_id_number("110101", dt.date(1938, 2, 28), sequence, Gender.MALE))


@pytest.mark.parametrize(
    ("sequence", "gender"), [(2, Gender.MALE), (7, Gender.FEMALE), (1000, Gender.FEMALE)]
)
def test_refuses_a_sequence_that_contradicts_the_gender_or_has_four_digits(
    sequence: int, gender: Gender
) -> None:
    with pytest.raises(ValueError):
        make_id_number("110101", dt.date(1990, 1, 1), sequence, gender)


def test_reads_birth_date_and_gender_back() -> None:
    assert birth_date_and_gender("360426199101010071") == (dt.date(1991, 1, 1), Gender.MALE)
    assert birth_date_and_gender("11010519491231002x") == (dt.date(1949, 12, 31), Gender.FEMALE)


def test_reads_old_fifteen_digit_numbers_as_born_in_the_1900s() -> None:
    assert birth_date_and_gender("110105491231002") == (dt.date(1949, 12, 31), Gender.FEMALE)


@pytest.mark.parametrize(
    "number", ["", "11010519491231002", "1101051949123100XX", "110105194913310021"]
)
def test_refuses_what_is_not_a_number(number: str) -> None:
    with pytest.raises(ValueError):
        birth_date_and_gender(number)
