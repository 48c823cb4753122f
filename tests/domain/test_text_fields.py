"""The text rules every stored field keeps: no control characters, no more than the
column holds (read from the model)."""

from __future__ import annotations

import pytest

from hearth_desk.domain.models import Community, GridNode, Household, Resident
from hearth_desk.domain.text_fields import (
    column_length,
    control_character,
    quoted,
    spaces_for_line_breaks,
    text_problem,
    visible,
)


def test_lengths_come_from_the_mapped_columns() -> None:
    assert column_length(Resident.name) == Resident.__table__.c.name.type.length == 50
    assert column_length(GridNode.name) == 100
    assert column_length(Household.door.expression) == 20  # a column works too
    assert column_length(Community.street) == 100
    with pytest.raises(TypeError):
        column_length(Resident.notes)  # Text: no length


@pytest.mark.parametrize(
    ("text", "code"),
    [("\x00", "U+0000"), ("a\x1b[31m", "U+001B"), ("\x7f", "U+007F"), ("\x9b", "U+009B"),
     ("\ud83d", "U+D83D"), ("\uffff", "U+FFFF"), ("\x0b", "U+000B"), ("\x0c", "U+000C")],
)  # fmt: skip
def test_control_characters_are_found(text: str, code: str) -> None:
    assert control_character(text) == code
    assert text_problem(text) is not None and text_problem(text).params == {"code": code}


@pytest.mark.parametrize("text", ["王芳", "tab\there", "行\r\n尾", "𠮷", "\u00a0", "‮", ""])
def test_ordinary_text_tabs_and_line_breaks_pass(text: str) -> None:
    assert control_character(text) is None and text_problem(text, 50) is None


def test_length_is_counted_in_characters() -> None:
    assert text_problem("𠮷" * 20, 20) is None
    problem = text_problem("𠮷" * 21, 20)
    assert problem is not None and problem.params == {"length": 21, "limit": 20}


def test_control_characters_are_shown_as_symbols() -> None:
    assert visible("a\x1b[31mb\x00\x7f\x9b") == "a␛[31mb␀␡\ufffd"
    assert quoted("长" * 30) == "长" * 20 + "…"


def test_line_breaks_become_one_space_each_run() -> None:
    assert spaces_for_line_breaks("a\r\n\tb\u2028c") == "a b c"
