"""Chinese line breaking: anywhere, except before closing or after opening marks."""

from __future__ import annotations

import pytest

from hearth_desk.reports.kit.linebreak import CANNOT_END, CANNOT_START, break_lines, units


def width(text: str) -> float:
    return sum(1 if ord(c) < 128 else 2 for c in text)


def test_chinese_breaks_between_any_characters() -> None:
    assert break_lines("和平里社区居民委员会", width, 8) == ["和平里社", "区居民委", "员会"]


def test_no_line_starts_with_closing_punctuation() -> None:
    lines = break_lines("一二三四，五六七八。九十", width, 8)
    assert all(line[0] not in CANNOT_START for line in lines)
    assert "".join(lines) == "一二三四，五六七八。九十"


def test_no_line_ends_with_opening_punctuation() -> None:
    lines = break_lines("一二三（四五六七八九", width, 8)
    assert all(line[-1] not in CANNOT_END for line in lines)


def test_numbers_and_latin_words_stay_whole_when_they_fit() -> None:
    lines = break_lines("电话13812345678转分机", width, 16)
    assert "13812345678" in "".join(lines) and any("13812345678" in line for line in lines)
    assert units("3栋2单元0401") == ["3", "栋", "2", "单", "元", "0401"]


def test_a_unit_longer_than_the_line_is_cut() -> None:
    lines = break_lines("110101195003041234", width, 10)
    assert lines == ["1101011950", "03041234"]


def test_newlines_start_new_lines_and_empty_text_is_one_empty_line() -> None:
    assert break_lines("甲\n乙", width, 10) == ["甲", "乙"]
    assert break_lines("", width, 10) == [""]


# From three characters a line up; at two, "社区”！" cannot be kept together.
@pytest.mark.parametrize("max_width", [6, 8, 10, 14, 20, 30])
def test_rules_hold_for_every_width(max_width: int) -> None:
    text = "（洪山小区）3栋2单元，住户：张三、李四；电话：13812345678。《通知》“请到社区”！"
    lines = break_lines(text, width, max_width)
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in CANNOT_START, lines
    for line in lines[:-1]:
        assert line[-1] not in CANNOT_END, lines
