"""Search keys let staff type pinyin or initials, in either reading of a surname."""

from __future__ import annotations

import pytest

from hearth_desk.domain.pinyin import name_search_key


def test_full_pinyin_and_initials() -> None:
    assert name_search_key("张三").split() == ["zhangsan", "zs"]


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        ("单小明", ("shan", "dan")),
        ("曾国藩", ("zeng", "ceng")),
        ("解放", ("xie", "jie")),
        ("仇伟", ("qiu", "chou")),
        ("区伟", ("ou", "qu")),
        ("朴树", ("piao", "pu")),
        ("查理", ("zha", "cha")),
        ("盖丽", ("ge", "gai")),
        ("尉强", ("yu", "wei")),
        ("乐嘉", ("yue", "le")),
    ],
)
def test_surnames_with_two_readings_match_both(name: str, readings: tuple[str, str]) -> None:
    key = name_search_key(name).split()
    for reading in readings:
        assert any(k.startswith(reading) for k in key), (name, reading, key)


def test_compound_surnames_and_rare_characters() -> None:
    assert name_search_key("欧阳娜娜").split() == ["ouyangnana", "oynn"]
    assert name_search_key("王𠮷").split() == ["wangji", "wj"]
    assert name_search_key(" 王 秀英 ").split() == ["wangxiuying", "wxy"]
