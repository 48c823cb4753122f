"""The sign-in sheet's row codes: digits only, checked, and read back."""

from __future__ import annotations

import pytest

from hearth_desk.domain.signin_codes import (
    SigninCode,
    looks_like_code,
    read_signin_code,
    signin_code,
)


def test_a_code_is_fourteen_digits_and_reads_back() -> None:
    code = signin_code(12, 345)
    assert code.isdigit() and len(code) == 14 and code.startswith("80001200003450"[:13])
    assert read_signin_code(code) == SigninCode(12, 345)
    assert read_signin_code(f"  {code}\n") == SigninCode(12, 345)  # a scanner's Enter


def test_a_mistyped_digit_is_refused_not_read_as_someone_else() -> None:
    code = signin_code(12, 345)
    for place in range(1, 14):
        wrong = code[:place] + str((int(code[place]) + 1) % 10) + code[place + 1 :]
        assert looks_like_code(wrong)
        assert read_signin_code(wrong) is None


@pytest.mark.parametrize(
    "text", ["13900001234", "1234", "110101199003074258", "张三", "", "8000120000345"]
)
def test_phones_ids_tails_and_names_are_not_codes(text: str) -> None:
    assert read_signin_code(text) is None


def test_numbers_outside_the_code_are_refused() -> None:
    with pytest.raises(ValueError):
        signin_code(100_000, 1)
    with pytest.raises(ValueError):
        signin_code(1, 0)
