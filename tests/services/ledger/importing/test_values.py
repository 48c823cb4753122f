"""Reading single cells: dates, addresses, ID number cells, tags, gender, status."""

from __future__ import annotations

import datetime as dt

import pytest

from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.models import Gender, ResidentStatus
from hearth_desk.services.ledger.importing.headers import field_of
from hearth_desk.services.ledger.importing.values import (
    Address,
    id_number_text,
    parse_address,
    parse_date,
    parse_gender,
    parse_status,
    split_tags,
)

MARCH_4 = dt.date(1950, 3, 4)


@pytest.mark.parametrize(
    "cell",
    [
        "1950.03.04",
        "1950-3-4",
        "19500304",
        19500304,
        "1950年3月4日",
        "1950/3/4",
        " 1950 年 3 月 4 日 ",
        dt.datetime(1950, 3, 4),
        MARCH_4,
        18326,  # Excel's serial number of 1950-03-04
    ],
)
def test_every_date_form(cell: object) -> None:
    parsed = parse_date(cell)
    assert parsed is not None and parsed.date == MARCH_4 and not parsed.month_only


@pytest.mark.parametrize("cell", ["1950.3", "1950年3月", "195003", "1950-03"])
def test_year_and_month_give_the_first_of_the_month(cell: str) -> None:
    parsed = parse_date(cell)
    assert parsed is not None and parsed.date == dt.date(1950, 3, 1) and parsed.month_only


@pytest.mark.parametrize("cell", ["1950.13.01", "1950-02-30", "去年", "3/4/1950"])
def test_bad_dates_are_errors(cell: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        parse_date(cell)
    assert raised.value.finding.is_error and raised.value.finding.params["value"] == cell


def test_blank_dates_are_none() -> None:
    assert parse_date(None) is None and parse_date("") is None and parse_date("  ") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("洪山小区3栋2单元0401", Address("洪山小区", "3栋", "2单元", "0401")),
        ("洪山小区3号楼2单元401室", Address("洪山小区", "3栋", "2单元", "0401")),
        ("洪山小区 3 幢 二单元 1502", Address("洪山小区", "3栋", "2单元", "1502")),
        ("和平里十二区12号楼1单元0101号", Address("和平里十二区", "12栋", "1单元", "0101")),
        ("和平里一区3栋2单元0401", Address("和平里一区", "3栋", "2单元", "0401")),
    ],
)
def test_one_column_addresses(text: str, expected: Address) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", ["洪山小区", "洪山小区3栋0401", "3栋2单元"])
def test_unreadable_addresses_are_errors(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_address(text)


def test_id_number_cells() -> None:
    assert id_number_text(" 110101195003040117 ") == "110101195003040117"
    assert id_number_text(110101500304011) == "110101500304011"  # 15 digits are exact
    for damaged in (1.10101195003041e17, 110101195003040117, "1.10101E+17", "1.1E17"):
        with pytest.raises(InvalidValue) as raised:
            id_number_text(damaged)
        assert "as a number" in raised.value.finding.message
    for masked in ("110101********0117", "110101**********17", "110101＊＊＊＊＊＊＊＊＊＊17"):
        with pytest.raises(InvalidValue) as raised:  # the old mask, today's, full-width stars
            id_number_text(masked)
        assert "masked" in raised.value.finding.message


@pytest.mark.parametrize(
    "text", ["独居老人、低保", "独居老人，低保", "独居老人,低保", "独居老人;低保", "独居老人；低保",
             "独居老人 低保", " 独居老人 、 低保、独居老人 "],
)  # fmt: skip
def test_tag_separators(text: str) -> None:
    assert split_tags(text) == ("独居老人", "低保")


def test_gender_and_status_words() -> None:
    assert parse_gender("男") is Gender.MALE and parse_gender("女性") is Gender.FEMALE
    assert parse_gender("") is None
    with pytest.raises(InvalidValue):
        parse_gender("未知")
    assert parse_status("迁出") is ResidentStatus.MOVED_OUT
    assert parse_status("死亡") is ResidentStatus.DECEASED
    assert parse_status("在住") is ResidentStatus.LIVING
    with pytest.raises(InvalidValue):
        parse_status("出国")


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("姓名", "name"), ("名字", "name"), ("公民身份号码", "id_number"),
        ("身份证号", "id_number"), ("身份证号码", "id_number"), ("证件号码", "id_number"),
        ("联系电话", "phone"), ("手机", "phone"), ("电话", "phone"), ("手机号码", "phone"),
        ("出生日期", "birth_date"), ("出生年月", "birth_date"), ("与户主关系", "relation"),
        ("关系", "relation"), ("人员类别", "tags"), ("标签", "tags"), ("类别", "tags"),
        ("工作单位", "work_unit"), ("单位", "work_unit"), ("门牌号", "door"), ("室", "door"),
        ("房号", "door"), ("住址", "address"), ("家庭住址", "address"),
        (" 姓 名 ", "name"), ("*身份证号码（必填）", "id_number"), ("序号", None),
    ],
)  # fmt: skip
def test_header_synonyms(header: str, key: str | None) -> None:
    assert field_of(header) == key
