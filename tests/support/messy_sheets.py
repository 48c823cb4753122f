"""Messy ledgers as community offices keep them, built by the tests themselves.

``messy_xlsx`` is the main one: title rows over merged cells, header synonyms, a
one-column address in two spellings, every date form, tag separators, padded names,
an ID number stored as a number, an old 15-digit number, a wrong check digit, an
unknown area code, gender and birth date contradicting the ID number, a duplicate
ID number, a masked one, an unknown tag, a member without head, then blank and
totals rows. ``MESSY`` says exactly what the import must find in it.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import Any

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender

M, F = Gender.MALE, Gender.FEMALE


def pid(birth: str, sequence: int, area: str = "110101") -> str:
    """A valid ID number born on ``birth`` (YYYY-MM-DD); odd sequences are men."""
    gender = M if sequence % 2 else F
    return make_id_number(area, dt.date.fromisoformat(birth), sequence, gender)


def wrong_check_digit(number: str) -> str:
    last = number[-1]
    return number[:-1] + ("0" if last != "0" else "1")


# IDs of the main messy sheet.
WANG = pid("1950-03-04", 11)
LI = pid("1952-05-06", 22)
ZHANG = pid("1980-01-02", 33)
ZHANG_SON = pid("2010-07-08", 45)
ZHANG_SISTER_15 = "110101750607042"  # old 15 digits, born 1975-06-07, a woman
LIU = pid("1990-05-20", 51)
CHEN = pid("1960-02-03", 62, area="990101")  # a woman; the area code is unknown
ZHAO = pid("1970-08-09", 71)
ZHOU = pid("1971-09-10", 81)
TWICE = pid("1972-10-11", 91)
QIAN = pid("1973-11-12", 101)
FENG = pid("2000-01-01", 111)

TITLE = "和平里社区居民信息登记表"
MESSY_HEADER = [
    "序号", "名字", "性别", "身份证号码", "出生年月", "手机",
    "与户主关系", "家庭住址", "人员类别", "工作单位", "备注",
]  # fmt: skip
HEADER_ROW = 3


def _messy_rows() -> list[list[Any]]:
    return [
        [1, "  王 建国 ", "男", WANG, "1950.03.04", "13812345678", "户主",
         "洪山小区3栋2单元0401", "党员、高龄", "", ""],
        [2, "李秀英", "女", LI, dt.datetime(1952, 5, 6), "", "妻",
         "洪山小区3号楼2单元401室", "党员，空巢老人", "", "腿脚不便"],
        [3, "张伟", "男", ZHANG, "19800102", "010-62345678", "户主",
         "洪山小区3栋2单元0402", "低保;困难家庭", "洪山机械厂", ""],
        [4, "张小明", "男", ZHANG_SON, "2010年7月8日", "", "子",
         "洪山小区3栋2单元0402", "", "", ""],
        [5, "张丽", "女", ZHANG_SISTER_15, "1975/6/7", "", "妹",
         "洪山小区3栋2单元0402", "", "", ""],
        [6, "刘洋", "男", LIU, "1990.5", "13900001111", "户主",
         "洪山小区3栋2单元0402", "", "", "合租"],
        [7, "陈静", "男", CHEN, "1960-1-1", "", "户主",
         "洪山小区4栋1单元0101", "独居老人 残疾", "", ""],
        [8, "赵强", "男", 1.10101197008091e17, "1970-08-09", "", "户主",
         "洪山小区4栋1单元0102", "", "", ""],
        [9, "孙丽", "女", "", "1972-01-01", "", "妻",
         "洪山小区4栋1单元0102", "", "", ""],
        [10, "周杰", "男", wrong_check_digit(ZHOU), "", "", "户主",
         "洪山小区4栋1单元0201", "", "", ""],
        [11, "吴敏", "男", TWICE, "", "", "户主", "洪山小区4栋1单元0202", "", "", ""],
        [12, "郑华", "男", TWICE, "", "", "户主", "洪山小区4栋1单元0301", "", "", ""],
        [13, "钱进", "男", QIAN, "", "", "户主", "洪山小区4栋1单元0302", "五保户", "", ""],
        [14, "冯磊", "男", FENG, "", "", "子", "洪山小区5栋1单元0101", "", "", ""],
        [15, "韩梅", "女", "110101********1234", "", "", "户主",
         "洪山小区5栋1单元0102", "", "", ""],
        [None] * 11,
        ["合计", "15人", None, None, None, None, None, None, None, None, None],
        [None] * 11,
    ]  # fmt: skip


FIRST_DATA_ROW = HEADER_ROW + 1


def row_of(index: int) -> int:
    """Sheet row of the messy sheet's person ``index`` (its 序号)."""
    return HEADER_ROW + index


# The exact outcome on a store with the seed care tags (fresh store).
MESSY = {
    "new_households": 4,  # 王, 张, 刘 (same door as 张: a second household), 陈
    "new_residents": 7,
    "errors": {  # (sheet row, column) of every error
        (row_of(8), "身份证号码"),  # stored as a number
        (row_of(9), ""),  # its head (赵强) was rejected
        (row_of(10), "身份证号码"),  # wrong check digit
        (row_of(11), "身份证号码"),  # twice in the sheet
        (row_of(12), "身份证号码"),
        (row_of(13), "人员类别"),  # unknown tag 五保户
        (row_of(14), "与户主关系"),  # no head at that address
        (row_of(15), "身份证号码"),  # masked
    },
    "warnings": {
        (row_of(5), "身份证号码"),  # 15 digits converted
        (row_of(7), "身份证号码"),  # unknown area code
        (row_of(7), "性别"),  # 男 but the ID number says 女
        (row_of(7), "出生年月"),  # 1960-01-01 but the ID number says 1960-02-03
    },
    "rejected_rows": 8,
}


def write_xlsx(
    path: Path,
    header: list[str],
    rows: list[list[Any]],
    *,
    titles: list[str] = (),  # type: ignore[assignment]
    text_columns: tuple[str, ...] = ("身份证号码", "公民身份号码"),
    sheet: str = "台账",
    merges: list[str] = (),  # type: ignore[assignment]
) -> Path:
    """A workbook with title rows merged across the table, then header and rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    last = chr(ord("A") + len(header) - 1)
    for index, title in enumerate(titles, start=1):
        ws.append([title])
        ws.merge_cells(f"A{index}:{last}{index}")
    ws.append(header)
    for row in rows:
        ws.append(row)
    for column, text in enumerate(header, start=1):
        if text in text_columns:
            for cells in ws.iter_rows(min_row=len(titles) + 2, min_col=column, max_col=column):
                for cell in cells:
                    if isinstance(cell.value, str):
                        cell.number_format = "@"
    for cell_range in merges:
        ws.merge_cells(cell_range)
    workbook.save(path)
    return path


def messy_xlsx(path: Path) -> Path:
    return write_xlsx(
        path,
        MESSY_HEADER,
        _messy_rows(),
        titles=[TITLE, "填报单位：和平里社区居委会    填报日期：2024年3月"],
        sheet="2024年台账",
    )


# --- one warning in every row, and a few errors among them ----------------------------

REPEATED_HEADER = ["姓名", "身份证号码", "家庭住址", "与户主关系", "人员类别"]
NEVER_A_DISTRICT = "990101"  # the area code of every number: one warning per row


def repeated_warnings_xlsx(path: Path, count: int = 40) -> tuple[Path, dict[str, Any]]:
    """``count`` one-person households whose ID numbers all carry an area code that never
    existed (the same warning, word for word, in every row), and among them three wrong
    check digits and an unknown care tag (errors). Also returns what the import must
    find: the (sheet row, column) of every error, and the rows of the warning."""
    rows, errors, warned = [], set(), []
    for index in range(count):
        row = index + 2  # under the header
        number = pid(
            (dt.date(1940, 1, 1) + dt.timedelta(days=97 * index)).isoformat(),
            index * 2 + 1,
            area=NEVER_A_DISTRICT,
        )
        tag = ""
        if index in (7, 19, 33):
            number = wrong_check_digit(number)
            errors.add((row, "身份证号码"))
        else:
            warned.append(row)
        if index == 25:
            tag = "五保户"
            errors.add((row, "人员类别"))
        address = f"洪山小区{index // 10 + 1}栋1单元{index % 10 + 1:02d}01"
        rows.append([f"居民{index + 1}", number, address, "户主", tag])
    return write_xlsx(path, REPEATED_HEADER, rows), {"errors": errors, "warned": warned}


# --- a clean sheet in the other layout: split address, merged address cells -------

SPLIT_HEADER = [
    "小区", "楼栋", "单元", "门牌号", "姓名", "公民身份号码", "联系电话",
    "出生日期", "关系", "标签", "单位",
]  # fmt: skip


def split_rows() -> list[list[Any]]:
    """Two households; 小区/楼栋/单元 cells blank below the first (merged in Excel)."""
    return [
        ["洪山小区", "3号楼", "2", "401", "王建国", WANG, "138 1234 5678",
         "1950年3月4日", "户主", "党员,高龄", ""],
        [None, None, None, None, "李秀英", LI, "", "1952/5/6", "妻", "党员；空巢老人", ""],
        [None, None, None, "402室", "张伟", ZHANG, "", "1980-01-02", "户主", "", "洪山机械厂"],
    ]  # fmt: skip


def split_xlsx(path: Path) -> Path:
    return write_xlsx(
        path,
        SPLIT_HEADER,
        split_rows(),
        titles=[TITLE],
        merges=["A3:A4", "B3:B5", "C3:C5", "D3:D4"],
    )


# --- CSV and .xls -------------------------------------------------------------------

CSV_HEADER = ["姓名", "性别", "证件号码", "出生日期", "电话", "关系", "住址", "类别"]


def csv_rows() -> list[list[str]]:
    return [
        ["王建国", "男", WANG, "1950-03-04", "13812345678", "户主", "洪山小区3栋2单元0401", "党员"],
        ["李秀英", "女", LI, "1952.5.6", "", "妻", "洪山小区3栋2单元0401", ""],
        ["张伟", "男", "1.10101E+17", "1980-01-02", "", "户主", "洪山小区3栋2单元0402", ""],
    ]


def write_csv(path: Path, encoding: str, *, title: bool = True) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        if title:
            writer.writerow([TITLE])
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows())
        writer.writerow(["合计", "3人"])
    return path


XLS_BIRTHS = (dt.date(1950, 3, 4), dt.date(1952, 5, 6), dt.date(1980, 1, 2))


def write_xls(path: Path) -> Path:
    """An Excel 97 sheet: a merged title, a real date cell, ID numbers as text."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    sheet.write_merge(0, 0, 0, len(CSV_HEADER) - 1, TITLE)
    for column, text in enumerate(CSV_HEADER):
        sheet.write(1, column, text)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for index, row in enumerate(csv_rows(), start=2):
        for column, value in enumerate(row):
            if column == 3:
                sheet.write(index, column, XLS_BIRTHS[index - 2], date_style)
            elif column == 2 and index == 4:
                sheet.write(index, column, 110101198001020331.0)  # a number cell
            else:
                sheet.write(index, column, value)
    book.save(str(path))
    return path


# --- bad files ------------------------------------------------------------------------


def encrypted_xlsx(path: Path) -> Path:
    """What Excel saves for a workbook with a password: an OLE compound file holding
    the streams EncryptionInfo and EncryptedPackage, whatever its name says."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    directory += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 50
    path.write_bytes(
        header + directory + bytes(random.Random(1).randrange(256) for _ in range(2048))
    )
    return path


def not_a_spreadsheet(path: Path) -> Path:
    """A PNG picture named like a workbook."""
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def empty_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    Workbook().save(path)
    return path


def no_name_column_xlsx(path: Path) -> Path:
    return write_xlsx(
        path,
        ["序号", "身份证号码", "联系电话", "住址"],
        [[1, WANG, "13812345678", "洪山小区3栋2单元0401"]],
        titles=[TITLE],
    )


# --- a big sheet, for the benchmark and the kill test ----------------------------------

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国"
TAGS = ("独居老人", "空巢老人", "困难家庭", "低保", "残疾", "退役军人", "党员", "高龄")
SEPARATORS = ("、", "，", ",", ";", "；", " ")


def big_xlsx(path: Path, rows: int, *, seed: int = 7) -> Path:
    """``rows`` people in households of 1–4 at one-column addresses, dates in every
    text form and as Excel dates, tags with every separator, under two title rows."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    ws.append([TITLE])
    ws.append(["填报日期：2024年3月"])
    ws.append(["序号", "姓名", "性别", "身份证号", "出生日期", "手机号码", "与户主关系",
               "住址", "人员类别", "工作单位", "备注"])  # fmt: skip
    written, sequence, household = 0, 0, 0
    used: set[str] = set()
    while written < rows:
        household += 1
        compound = f"{'洪山东西南北'[household % 6]}小区"
        building, unit = household // 200 % 40 + 1, household // 20 % 6 + 1
        floor, door = household // 2 % 18 + 1, household % 2 + 1
        spelled = rng.choice(
            (f"{building}栋{unit}单元{floor:02d}{door:02d}",
             f"{building}号楼{unit}单元{floor}{door:02d}室")
        )  # fmt: skip
        for member in range(min(rng.randint(1, 4), rows - written)):
            sequence += 1
            gender = M if sequence % 2 else F
            born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(90 * 365))
            number = make_id_number("110101", born, sequence % 1000, gender)
            while number in used:  # the sequence repeats every 1000: keep numbers unique
                born += dt.timedelta(days=1)
                number = make_id_number("110101", born, sequence % 1000, gender)
            used.add(number)
            forms = (
                born.strftime("%Y.%m.%d"),
                f"{born.year}-{born.month}-{born.day}",
                born.strftime("%Y%m%d"),
                f"{born.year}年{born.month}月{born.day}日",
                dt.datetime(born.year, born.month, born.day),
            )
            tags = rng.sample(TAGS, rng.choice((0, 0, 0, 1, 2)))
            ws.append(
                [
                    written + 1,
                    f" {rng.choice(SURNAMES)}{rng.choice(GIVEN)}{rng.choice(GIVEN)} ",
                    "男" if gender is M else "女",
                    number,
                    rng.choice(forms),
                    f"13{rng.randrange(10**9):09d}",
                    "户主" if member == 0 else rng.choice(("妻", "子", "女", "父", "母")),
                    compound + spelled,
                    rng.choice(SEPARATORS).join(tags),
                    "",
                    "",
                ]
            )
            written += 1
    ws.append([])
    ws.append(["合计", f"{rows}人"])
    workbook.save(path)
    return path


# --- the layout services.ledger_export writes ------------------------------------------

EXPORT_HEADER = [
    "小区", "楼栋", "单元", "门牌", "姓名", "性别", "出生日期", "公民身份号码", "联系电话",
    "与户主关系", "工作单位", "人员类别", "状态", "状态日期", "备注",
]  # fmt: skip
STATUS_WORDS = {"living": "在住", "moved_out": "迁出", "deceased": "死亡"}


def export_like_xlsx(session: Any, path: Path) -> Path:
    """Every resident of the store in the export's columns, full ID numbers, heads
    first: what an exported ledger looks like when it comes back to be imported."""
    from sqlalchemy import select

    from hearth_desk.domain.models import HEAD_RELATION, Household, Resident

    rows = []
    query = select(Resident).join(Household).order_by(Household.id, Resident.id)
    residents = sorted(
        session.scalars(query),
        key=lambda r: (r.household_id, r.relation != HEAD_RELATION, r.id),
    )
    for r in residents:
        unit = r.household.unit
        rows.append(
            [
                unit.parent.parent.name, unit.parent.name, unit.name, r.household.door,
                r.name, "男" if r.gender == "M" else "女", r.birth_date, r.id_number,
                r.phone, r.relation, r.work_unit, "、".join(t.name for t in r.tags),
                STATUS_WORDS[r.status], r.status_date, r.notes,
            ]
        )  # fmt: skip
    return write_xlsx(path, EXPORT_HEADER, rows, sheet="住户台账")
