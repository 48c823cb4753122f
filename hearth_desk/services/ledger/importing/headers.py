"""Finding the header row of a sheet and what each of its columns holds.

Real sheets open with title rows (merged across the sheet), a date line or a
signature line, sometimes after blank rows; the header is the first row, among the
first ``SCAN_ROWS`` rows with content, in which at least two cells are known column
names. Blank rows are not counted, but no more than ``MAX_SCAN`` rows are looked at.
Names vary by office; ``SYNONYMS`` lists those seen, and the headers
``services.ledger_export`` writes are among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.importing.sheets import RawSheet, Row, is_blank
from hearth_desk.services.ledger.importing.values import text_of
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    RELATION,
    TAGS,
    WORK_UNIT,
)

COMPOUND, BUILDING, UNIT, DOOR, ADDRESS = "compound", "building", "unit", "door", "address"
STATUS, STATUS_DATE = "status", "status_date"
SPLIT_ADDRESS = (COMPOUND, BUILDING, UNIT, DOOR)

SYNONYMS: dict[str, tuple[str, ...]] = {
    NAME: ("姓名", "名字", "居民姓名", "人员姓名"),
    ID_NUMBER: ("公民身份号码", "身份证号", "身份证号码", "证件号码", "身份证", "居民身份证号码"),
    PHONE: ("联系电话", "手机", "电话", "手机号码", "手机号", "联系方式", "电话号码"),
    BIRTH_DATE: ("出生日期", "出生年月", "出生年月日", "生日"),
    RELATION: ("与户主关系", "关系", "与户主的关系"),
    TAGS: ("人员类别", "标签", "类别", "人员类型"),
    GENDER: ("性别",),
    WORK_UNIT: ("工作单位", "单位", "工作单位及职务"),
    NOTES: ("备注", "说明"),
    COMPOUND: ("小区", "小区名称", "小区名"),
    BUILDING: ("楼栋", "楼号", "栋", "楼栋号", "幢"),
    UNIT: ("单元", "单元号"),
    DOOR: ("门牌", "门牌号", "室", "房号", "门牌号码", "户号", "房间号"),
    ADDRESS: ("住址", "地址", "家庭住址", "现住址", "居住地址", "详细地址"),
    STATUS: ("状态", "人员状态", "居住状态"),
    STATUS_DATE: ("状态日期", "变动日期"),
}
_BY_NAME = {name: key for key, names in SYNONYMS.items() for name in names}
SCAN_ROWS = 30  # rows with content
MAX_SCAN = 10_000  # rows in all, blank ones included
_DECORATION = re.compile(r"[\s*＊:：]|[（(][^）)]*[）)]")


@dataclass
class Header:
    row: int  # 1-based sheet row of the header
    texts: list[str]  # every header cell as the sheet writes it
    columns: dict[str, int] = field(default_factory=dict)  # field key → 0-based column

    def has(self, key: str) -> bool:
        return key in self.columns

    def text(self, key: str) -> str:
        return self.texts[self.columns[key]] if key in self.columns else ""

    def value(self, row: Row, key: str) -> Any:
        index = self.columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    @property
    def split_address(self) -> bool:
        return all(self.has(key) for key in SPLIT_ADDRESS)


def names_of(synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Each header word of ``synonyms`` (field → words) mapped to its field, for the
    header search of another kind of sheet (the tree's 党员花名册)."""
    return {name: key for key, names in synonyms.items() for name in names}


def field_of(text: Any, names: Mapping[str, str] | None = None) -> str | None:
    """The field a header cell names: 身份证号码（必填） → id_number. ``names`` maps
    header words to fields (the residents' ledger's by default)."""
    return (_BY_NAME if names is None else names).get(_DECORATION.sub("", text_of(text)))


def read_header(row: Row, number: int, names: Mapping[str, str] | None = None) -> Header:
    texts = [text_of(cell) for cell in row]
    header = Header(number, texts)
    for index, text in enumerate(texts):
        key = field_of(text, names)
        if key is not None and key not in header.columns:  # the first column wins
            header.columns[key] = index
    return header


@dataclass
class HeaderSearch:
    """Where the header search ended: the header, if found, and how far it looked."""

    header: Header | None
    rows: Iterator[tuple[int, Row]]  # the data rows after the header, numbered
    looked_at: int  # rows read: the last row number looked at
    had_content: bool  # a row with content came before the end of the search
    ended: bool  # the sheet ended within the search


def find_header(sheet: RawSheet, names: Mapping[str, str] | None = None) -> HeaderSearch:
    """The header (None if no row looks like one) and the rows after it; ``names`` as
    for ``field_of``."""
    numbered = enumerate(sheet.rows, start=1)
    with_content = 0
    number = 0
    for number, row in numbered:
        if any(not is_blank(cell) for cell in row):
            with_content += 1
            header = read_header(row, number, names)
            if len(header.columns) >= 2:
                return HeaderSearch(header, numbered, number, True, False)
        if with_content >= SCAN_ROWS or number >= MAX_SCAN:
            return HeaderSearch(None, iter(()), number, with_content > 0, False)
    return HeaderSearch(None, iter(()), number, with_content > 0, True)


def check_header(header: Header, sheet: str) -> None:
    """Refuse a header the import cannot work with: no names, or no address."""
    refuse_no_names(header, sheet)
    if not header.has(ADDRESS) and not header.split_address:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The sheet “{sheet}” has no address: it needs a column 住址 "
                "(洪山小区3栋2单元0401) or the columns 小区, 楼栋, 单元 and 门牌.",
            ),
            sheet=sheet,
        )


def refuse_no_names(header: Header, sheet: str) -> None:
    """Every import needs its column of names."""
    if not header.has(NAME):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The sheet “{sheet}” has no column of names (姓名) in its header row {row}.",
            ),
            sheet=sheet,
            row=header.row,
        )


def no_name_column(sheet: str, rows: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "No header row with a column of names (姓名) was found in the first {rows} "
            "rows of the sheet “{sheet}”.",
        ),
        sheet=sheet,
        rows=rows,
    )


def empty_sheet(sheet: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The sheet “{sheet}” is empty; there is nothing to import."),
        sheet=sheet,
    )
