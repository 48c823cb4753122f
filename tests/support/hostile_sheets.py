"""Sheets that are damaged, crafted or simply odd, for the import's robustness tests.

Each maker writes one file from a good sheet of ``messy_sheets`` and returns its
path: XML a parser refuses, a cached error without its type, a shared string that
is not there, a chart or hidden sheet first, a header far down, a zip that would
unpack to a gigabyte of whitespace or expand entities, a CSV with a quote that is
never closed. ``fuzz_cases`` mutates the good sheets at random, from a seed, for the
fuzz test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support import messy_sheets as ms

SHEET = "xl/worksheets/sheet1.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# --- editing the parts of an .xlsx ------------------------------------------------------


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_parts(path: Path, parts: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def edited(path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """``path`` with its parts changed in place by ``edit``."""
    parts = parts_of(path)
    edit(parts)
    return write_parts(path, parts)


def replace_part(parts: dict[str, bytes], name: str, old: str, new: str) -> None:
    data = parts[name]
    assert old.encode() in data, f"{old!r} is not in {name}"
    parts[name] = data.replace(old.encode(), new.encode(), 1)


def split_sheet(path: Path) -> Path:
    """The clean split-address sheet: title row 1, header row 2, three people in 3–5."""
    return ms.split_xlsx(path)


def with_control_reference(path: Path) -> Path:
    """A cell holding ``&#1;``: a reference XML 1.0 does not allow."""
    return edited(
        split_sheet(path), lambda p: replace_part(p, SHEET, "<t>王建国</t>", "<t>王&#1;建国</t>")
    )


def with_uncached_error(path: Path) -> Path:
    """A cached ``#DIV/0!`` in a number cell: no ``t="e"`` saying it is an error."""
    cell = '<c r="C3" t="inlineStr"><is><t>2</t></is></c>'
    return edited(
        split_sheet(path), lambda p: replace_part(p, SHEET, cell, '<c r="C3"><v>#DIV/0!</v></c>')
    )


def with_bad_shared_string(path: Path) -> Path:
    """A name cell pointing at shared string 99 of a table that has one."""

    def edit(parts: dict[str, bytes]) -> None:
        replace_part(
            parts,
            SHEET,
            '<c r="E3" t="inlineStr"><is><t>王建国</t></is></c>',
            '<c r="E3" t="s"><v>99</v></c>',
        )
        parts["xl/sharedStrings.xml"] = (
            f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>x</t></si></sst>'
        ).encode()
        replace_part(
            parts,
            "xl/_rels/workbook.xml.rels",
            "</Relationships>",
            '<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
            "</Relationships>",
        )
        replace_part(
            parts,
            "[Content_Types].xml",
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )

    return edited(split_sheet(path), edit)


def with_entity_bomb(path: Path) -> Path:
    """Entities that expand a billion times ("billion laughs") in the sheet's XML."""
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    )

    def edit(parts: dict[str, bytes]) -> None:
        data = parts[SHEET].decode()
        doctype = f"<!DOCTYPE worksheet [{entities}]>"
        parts[SHEET] = (doctype + data.replace("<t>王建国</t>", "<t>&a9;</t>", 1)).encode()

    return edited(split_sheet(path), edit)


def chart_sheet_first(path: Path, *, drawing: bool = False) -> Path:
    """A chart sheet before the ledger; without ``drawing`` it has no relations (as an
    empty chart sheet does), which openpyxl cannot open."""
    from openpyxl import load_workbook
    from openpyxl.chart import BarChart, Reference

    split_sheet(path)
    workbook = load_workbook(path)
    chart_sheet = workbook.create_chartsheet("图表", 0)
    chart = BarChart()
    chart.add_data(Reference(workbook["台账"], min_col=3, min_row=3, max_row=5))
    chart_sheet.add_chart(chart)
    workbook.save(path)
    if drawing:
        return path

    def edit(parts: dict[str, bytes]) -> None:
        for name in [n for n in parts if n.startswith("xl/chartsheets/_rels/")]:
            del parts[name]

    return edited(path, edit)


def hidden_sheet_first(path: Path) -> Path:
    """A hidden sheet with a header and one person before the visible ledger."""
    from openpyxl import load_workbook

    split_sheet(path)
    workbook = load_workbook(path)
    hidden = workbook.create_sheet("旧表", 0)
    hidden.append(["姓名", "住址", "与户主关系"])
    hidden.append(["隐藏人", "洪山小区9栋9单元0909", "户主"])
    hidden.sheet_state = "hidden"
    workbook.active = 1
    workbook.save(path)
    return path


def header_below(path: Path, blank_rows: int) -> Path:
    """The split sheet under ``blank_rows`` blank rows (its title row dropped)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "台账"
    for index, rows in enumerate([ms.SPLIT_HEADER, *ms.split_rows()]):
        for column, value in enumerate(rows, start=1):
            sheet.cell(row=blank_rows + 1 + index, column=column, value=value)
    workbook.save(path)
    return path


def flipped(data: bytes, rng: random.Random, flips: int, start: int = 0) -> bytes:
    """``data`` with ``flips`` random bits flipped after ``start``."""
    mutable = bytearray(data)
    for _ in range(flips):
        index = rng.randrange(min(start, len(mutable) - 1), len(mutable))
        mutable[index] ^= 1 << rng.randrange(8)
    return bytes(mutable)


def flipped_xls(path: Path, seed: int) -> Path:
    """The .xls sheet with 20 bits flipped past its compound-file header."""
    good = ms.write_xls(path).read_bytes()
    path.write_bytes(flipped(good, random.Random(seed), 20, start=512))
    return path


def csv_with_huge_field(path: Path) -> Path:
    """A CSV whose second row opens a quote and never closes it: 140,000 characters."""
    header = ",".join(ms.CSV_HEADER)
    path.write_text(f'{header}\n"{"王" * 140_000},男\n', encoding="utf-8")
    return path


# --- packages that would unpack to too much -------------------------------------------


def _deflated(parts: list[bytes | tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """Raw deflate data of the concatenation of ``parts`` (a ``(chunk, times)`` part
    repeats a chunk without compressing it again), its CRC-32 and unpacked size."""
    out, crc, size = [], 0, 0
    for part in parts:
        chunk, times = part if isinstance(part, tuple) else (part, 1)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        out.append(block * times)
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
        size += len(chunk) * times
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush())
    return b"".join(out), crc, size


def _write_raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of already deflated members: (name, data, crc, unpacked size)."""
    local, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = len(local)
        local += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        local += encoded + data
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path


def whitespace_bomb(path: Path, mib: int = 1024) -> Path:
    """The split sheet, its sheet XML padded with ``mib`` MiB of spaces: about 1 MB on
    disk for a gigabyte unpacked."""
    parts = parts_of(split_sheet(path))
    members = []
    for name, data in parts.items():
        if name == SHEET:
            head, tail = data.split(b"<sheetData>")
            deflated = _deflated([head + b"<sheetData>", (b" " * 2**20, mib), tail])
        else:
            deflated = _deflated([data])
        members.append((name, *deflated))
    return _write_raw_zip(path, members)


# --- the fuzz corpus ------------------------------------------------------------------------

CONTROL_TEXTS = (
    "\x1b[31m红\x1b[0m", "王\x00芳", "\x07\x08", "a\x9b31m", "李\x7f", "\u2028换行",
    "tab\there", "行\r\n尾", "\ud800", "\ufffe", "\x85", "\x1b]0;title\x07",
)  # fmt: skip
ODD_VALUES: tuple[Any, ...] = (
    None, "", " ", 0, -1, 1.5, math.nan, math.inf, -math.inf, 10**30, True, False,
    dt.datetime(1900, 1, 1), dt.datetime(9999, 12, 31), dt.date(1, 1, 1), dt.time(12, 30),
    dt.timedelta(days=3), "=1/0", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "#N/A", "#DIV/0!",
    "户主", "妻", "男", "女", "X", "1950.03.04", "19500304", "1950年3月", "洪山小区3栋2单元0401",
    "党员、高龄", "五保户", "110101********1234", ms.WANG, ms.LI, "1.10101E+17", "𠮷野家",
)  # fmt: skip
HEADERS = (
    "姓名", "名字", "性别", "身份证号码", "公民身份号码", "出生日期", "出生年月", "联系电话",
    "与户主关系", "住址", "小区", "楼栋", "单元", "门牌号", "人员类别", "工作单位", "备注",
    "状态", "状态日期", "序号", "", "姓名",
)  # fmt: skip
ENCODINGS = ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "big5", "latin-1", "shift_jis")
OPTIONS: tuple[tuple[str, ...], ...] = (
    (), ("--dry-run",), ("--skip-invalid",), ("--skip-invalid", "--rejects", "{rejects}"),
    ("--rejects", "{rejects}"),
)  # fmt: skip


@dataclass
class FuzzCase:
    name: str  # what was done, for the failure message
    path: Path
    options: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    def argv(self, rejects: Path) -> list[str]:
        options = [o.replace("{rejects}", str(rejects)) for o in self.options]
        return ["import", "residents", str(self.path), *options]


def _random_character(rng: random.Random) -> str:
    """Any character but a surrogate (those are in ``CONTROL_TEXTS``)."""
    code = rng.randrange(0x20, 0x2FFFF - 0x800)
    return chr(code + 0x800 if code >= 0xD800 else code)


def _random_value(rng: random.Random) -> Any:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(CONTROL_TEXTS)
    if kind == 1:
        return rng.choice("王李张洪山小区栋单元x ") * rng.choice((51, 101, 151, 5000, 40_000))
    if kind == 2:
        return "".join(_random_character(rng) for _ in range(rng.randrange(1, 12)))
    return rng.choice(ODD_VALUES)


def _random_rows(rng: random.Random) -> tuple[list[str], list[list[Any]]]:
    header = rng.sample(HEADERS, rng.randrange(2, 12))
    if rng.random() < 0.7:
        header[:2] = ["姓名", "住址"]
    good = [ms.split_rows()[0][4], *ms.csv_rows()[0]]
    rows = []
    for _ in range(rng.randrange(1, 25)):
        rows.append(
            [_random_value(rng) if rng.random() < 0.5 else rng.choice(good) for _ in header]
        )
    return header, rows


def _xlsx_value(value: Any) -> Any:
    """What openpyxl will write (it refuses C0 controls and lone surrogates)."""
    if isinstance(value, str):
        return "".join(
            c if c in "\t\n\r" or (" " <= c and not 0xD800 <= ord(c) < 0xE000) else "\x9b"
            for c in value
        )[:32767]
    return value


def random_xlsx(path: Path, rng: random.Random) -> Path:
    from openpyxl import Workbook

    header, rows = _random_rows(rng)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("台账", "Sheet1", "x" * 31, "名单'"))
    for _ in range(rng.choice((0, 0, 1, 2, 40))):
        sheet.append([ms.TITLE])
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_value(value) for value in row])
    if rng.random() < 0.4:
        first = sheet.max_row - len(rows) + 1
        for _ in range(rng.randrange(1, 4)):
            top = rng.randrange(first, sheet.max_row + 1)
            column = rng.randrange(1, len(header) + 1)
            sheet.merge_cells(
                start_row=top,
                start_column=column,
                end_row=min(top + rng.randrange(3), sheet.max_row),
                end_column=column,
            )
    if rng.random() < 0.2:
        extra = workbook.create_sheet("隐藏", 0)
        extra.append(["姓名", "住址"])
        extra.sheet_state = rng.choice(("hidden", "veryHidden"))
    workbook.save(path)
    return path


def random_csv(path: Path, rng: random.Random) -> Path:
    header, rows = _random_rows(rng)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=rng.choice(",,,\t;"))
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else str(value)[:150_000] for value in row])
    text = buffer.getvalue()
    if rng.random() < 0.2:
        cut = rng.randrange(len(text))
        text = text[:cut] + '"' + text[cut:]  # a quote never closed
    encoding = rng.choice(ENCODINGS)
    path.write_bytes(text.encode(encoding, errors="replace"))
    return path


def random_xls(path: Path, rng: random.Random) -> Path:
    import xlwt

    header, rows = _random_rows(rng)
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    for column, text in enumerate(header):
        sheet.write(0, column, text)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if isinstance(value, float) and not math.isfinite(value):
                value = str(value)
            if isinstance(value, str):
                value = value.replace("\ud800", "?")[:32767]
            try:
                sheet.write(number, column, value)
            except Exception:  # xlwt cannot write every odd value: leave the cell out
                continue
    book.save(str(path))
    return path


_XML_EDITS: tuple[tuple[str, str], ...] = (
    ("<t>王建国</t>", "<t>王&#1;建国</t>"),
    ("<t>王建国</t>", "<t>王\x1b建国</t>"),
    ("<t>王建国</t>", "<t>王\x9b31m建国</t>"),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="C3"><v>#DIV/0!</v></c>'),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="C3" t="s"><v>7</v></c>'),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="C3" t="n"><v>abc</v></c>'),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="C3" t="q"><v>1</v></c>'),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="C3" s="99"><v>1e308</v></c>'),
    ('<c r="C3" t="inlineStr"><is><t>2</t></is></c>', '<c r="ZZZZ3"><v>1</v></c>'),
    ('<row r="4">', '<row r="1048000">'),
    ('<row r="4">', '<row r="-4">'),
    ('<row r="4">', '<row r="x">'),
    ('<dimension ref="A1:K5" />', '<dimension ref="A1:XFD1048576" />'),
    ('<dimension ref="A1:K5" />', '<dimension ref="A1:A2" />'),
    ("</sheetData>", "</sheetData><sheetData>"),
    ("<sheetData>", "<sheetData><row><c><v>1</v></c></row>"),
    ("</worksheet>", ""),
    ("<worksheet", "<worksheeet"),
)


def xml_mutation(path: Path, rng: random.Random) -> tuple[Path, str]:
    old, new = rng.choice(_XML_EDITS)
    split_sheet(path)

    def edit(parts: dict[str, bytes]) -> None:
        if old.encode() in parts[SHEET]:
            replace_part(parts, SHEET, old, new)

    return edited(path, edit), f"{old!r} → {new!r}"


def fuzz_cases(folder: Path, count: int, seed: int) -> Iterator[FuzzCase]:
    """``count`` hostile files in ``folder``, the same ones for the same seed."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    good_xlsx = ms.messy_xlsx(folder / "good.xlsx").read_bytes()
    good_split = ms.split_xlsx(folder / "good-split.xlsx").read_bytes()
    good_xls = ms.write_xls(folder / "good.xls").read_bytes()
    good_csv = ms.write_csv(folder / "good.csv", "gbk").read_bytes()
    goods = {".xlsx": good_xlsx, ".xls": good_xls, ".csv": good_csv}
    makers = (
        "bitflip-zip", "truncate", "random-xlsx", "random-csv", "random-xls", "xml-edit",
        "bitflip-xls", "wrong-suffix", "special",
    )  # fmt: skip
    specials: tuple[tuple[str, Callable[[Path], Path]], ...] = (
        (".xlsx", with_control_reference), (".xlsx", with_uncached_error),
        (".xlsx", with_bad_shared_string), (".xlsx", with_entity_bomb),
        (".xlsx", chart_sheet_first), (".xlsx", hidden_sheet_first),
        (".csv", csv_with_huge_field), (".xlsx", lambda p: header_below(p, 45)),
        (".xls", lambda p: flipped_xls(p, 3)),
    )  # fmt: skip
    for index in range(count):
        kind = makers[index % len(makers)]
        path = folder / f"{index:03d}-{kind}"
        options = rng.choice(OPTIONS)
        if kind == "bitflip-zip":
            data = rng.choice((good_xlsx, good_split))
            path = path.with_suffix(".xlsx")
            path.write_bytes(flipped(data, rng, rng.choice((1, 2, 5, 20))))
            yield FuzzCase(kind, path, options)
        elif kind == "truncate":
            suffix = rng.choice(list(goods))
            data = goods[suffix]
            path = path.with_suffix(suffix)
            path.write_bytes(data[: rng.randrange(len(data))])
            yield FuzzCase(kind, path, options)
        elif kind == "random-xlsx":
            yield FuzzCase(kind, random_xlsx(path.with_suffix(".xlsx"), rng), options)
        elif kind == "random-csv":
            named = path.with_name(f"{path.name}[{index}]:*.csv")  # what Excel refuses in a title
            yield FuzzCase(kind, random_csv(named, rng), options)
        elif kind == "random-xls":
            yield FuzzCase(kind, random_xls(path.with_suffix(".xls"), rng), options)
        elif kind == "xml-edit":
            made, what = xml_mutation(path.with_suffix(".xlsx"), rng)
            yield FuzzCase(f"{kind} {what}", made, options)
        elif kind == "bitflip-xls":
            path = path.with_suffix(".xls")
            path.write_bytes(flipped(good_xls, rng, rng.choice((1, 5, 20)), start=512))
            yield FuzzCase(kind, path, options)
        elif kind == "wrong-suffix":
            suffix = rng.choice(list(goods))
            path = path.with_suffix(rng.choice([s for s in goods if s != suffix]))
            path.write_bytes(goods[suffix])
            yield FuzzCase(f"{kind} {suffix}", path, options)
        else:
            suffix, maker = specials[(index // len(makers)) % len(specials)]
            yield FuzzCase(kind, maker(path.with_suffix(suffix)), options)
