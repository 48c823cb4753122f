"""Pinyin search keys for names, so that ``zs`` and ``zhangsan`` find 张三.

A key holds every spelling a clerk may type: the full pinyin and the initials, once
for each reading of the surname. Surnames such as 单 (Shàn), 曾 (Zēng), 解 (Xiè),
仇 (Qiú), 区 (Ōu), 朴 (Piáo), 查 (Zhā), 盖 (Gě), 尉 (Yù) and 乐 (Yuè) are read
differently from the common word, and staff type either; pypinyin's everyday
reading alone would miss one of them. Given names use pypinyin's phrase-aware
reading only, which keeps keys short.
"""

from __future__ import annotations

import functools


@functools.cache
def _pinyin():  # type: ignore[no-untyped-def]
    """pypinyin, loaded on first use: its phrase dictionary takes a quarter of a second
    to import, which the window's start should not pay."""
    from pypinyin import Style, lazy_pinyin, load_single_dict

    # Characters pypinyin does not know that our demo and real names use.
    load_single_dict({0x20BB7: "jí"})  # 𠮷, as in 王𠮷
    return lazy_pinyin, Style.NORMAL


COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 皇甫 慕容 东方 夏侯 尉迟 "
    "公孙 令狐 长孙 宇文 司徒 端木 独孤 南宫 西门".split()
)
# Surname readings that differ from (or add to) the everyday reading.
SURNAME_READINGS = {
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "区": ("ou", "qu"),
    "朴": ("piao", "pu"),
    "查": ("zha", "cha"),
    "盖": ("ge", "gai"),
    "尉": ("yu", "wei"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou"),
    "繁": ("po", "fan"),
    "覃": ("qin", "tan"),
    "员": ("yun", "yuan"),
    "过": ("guo",),
    "秘": ("bi", "mi"),
    "重": ("chong", "zhong"),
    "长": ("chang", "zhang"),
    "翟": ("zhai", "di"),
    "召": ("shao", "zhao"),
}


def _syllables(text: str) -> list[str]:
    lazy_pinyin, normal = _pinyin()
    return [s for s in lazy_pinyin(text, style=normal, errors="ignore") if s.isascii()]


def _surname_readings(surname: str) -> tuple[str, ...]:
    """The readings staff may type for ``surname``: the known surname readings, else
    the everyday one (other readings of common surnames such as 王 yù are never used
    for names and would only add false matches)."""
    if surname in SURNAME_READINGS:
        return SURNAME_READINGS[surname]
    return ("".join(_syllables(surname)),)


@functools.lru_cache(maxsize=65536)
def _given_syllables(given: str) -> tuple[str, ...]:
    return tuple(_syllables(given))


def split_surname(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@functools.lru_cache(maxsize=131072)
def name_search_key(name: str) -> str:
    """Full pinyin and initials of ``name``, once per surname reading, space-separated.

    ``name_search_key("单小明") == "shanxiaoming sxm danxiaoming dxm"``.
    """
    name = "".join(name.split())
    if not name:
        return ""
    surname, given = split_surname(name)
    given_syllables = _given_syllables(given)
    given_full = "".join(given_syllables)
    given_initials = "".join(s[0] for s in given_syllables)
    compound = len(surname) > 1
    variants: list[str] = []
    for reading in _surname_readings(surname) or ("",):
        if compound:
            surname_initials = "".join(s[0] for s in _syllables(surname))
        else:
            surname_initials = reading[:1]
        for variant in (reading + given_full, surname_initials + given_initials):
            if variant and variant not in variants:
                variants.append(variant)
    return " ".join(variants)
