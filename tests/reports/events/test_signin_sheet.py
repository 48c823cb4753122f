"""The sign-in sheet: rows in order with masked phones, a Code128 per named row that
a scanner reads back, the waiting list marked, blank rows to the end of the last page,
the header row on every page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from hearth_desk.domain.models import EventKind, EventStatus
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.events import signin_sheet
from hearth_desk.reports.events.signin_sheet import BLANK_ROWS, render_signin_sheet
from hearth_desk.services.events.printouts import EventHeader, SigninRow, SigninSheetData
from tests.reports.pdf_reading import pdftotext
from tests.support.event_printouts import scanned

translate = load_catalogue("zh_CN").translate
HEADER = EventHeader(
    "北京市东城区和平里街道和平里社区",
    "和平里社区",
    12,
    "便民服务日",
    EventKind.SERVICE_DAY.value,
    dt.date(2026, 12, 5),
    "14:00–16:30",
    "社区广场",
    EventStatus.PLANNED.value,
    dt.date(2026, 11, 29),
)


def sheet(people: int, waiting: int = 0) -> SigninSheetData:
    rows = [
        SigninRow(
            f"居民{n:03d}",
            f"139****{n:04d}",
            signin_code(12, 1000 + n),
            None if n <= people else n - people,
        )
        for n in range(1, people + waiting + 1)
    ]
    return SigninSheetData(HEADER, tuple(rows))


def numbers_on(page_text: str) -> list[int]:
    """The row numbers: lines that start with one, then a name or nothing (a blank row)."""
    return [
        int(m) for m in re.findall(r"^\s*(\d{1,3})(?:\s+(?:居民|139)|\s*$)", page_text, flags=re.M)
    ]


def test_the_rows_codes_and_blank_rows_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "签到表.pdf"
    result = render_signin_sheet(out, sheet(3, waiting=1), translate)
    assert result.pages == 1 and result.missing == []
    text = pdftotext(out, layout=True)
    assert "和平里社区" in text and "#12 便民服务日" in text and "社区广场" in text
    assert "居民001" in text and "139****0001" in text and "13900000001" not in text
    assert signin_code(12, 1001) in text  # the digits under the bars
    assert "签名" in text or "Signature" in text
    numbers = numbers_on(text)
    assert numbers[:4] == [1, 2, 3, 4]
    assert max(numbers) >= 4 + BLANK_ROWS  # blank rows for walk-ins, filling the page
    assert max(numbers) >= 14  # a first page holds fourteen rows and more


def test_a_scanner_reads_every_named_row(tmp_path: Path) -> None:
    out = tmp_path / "签到表.pdf"
    render_signin_sheet(out, sheet(5, waiting=2), translate)
    codes = scanned(out, tmp_path)
    assert sorted(codes) == sorted(f"CODE-128:{signin_code(12, 1000 + n)}" for n in range(1, 8))


def test_bars_wide_enough_for_an_office_printer() -> None:
    assert signin_sheet.BAR_WIDTH >= 0.25 * mm
    bars = signin_sheet.barcode(signin_code(12, 1))
    column = 46 * mm  # the code column's share of the 180 mm between the margins
    assert bars.width + 2 * signin_sheet.QUIET_MODULES * signin_sheet.BAR_WIDTH < column
    assert signin_sheet.ROW_HEIGHT >= 12 * mm  # room to sign


def test_many_people_repeat_the_header_and_end_with_blank_rows(tmp_path: Path) -> None:
    out = tmp_path / "签到表.pdf"
    result = render_signin_sheet(out, sheet(40, waiting=3), translate)
    pages = PdfReader(out).pages
    assert result.pages == len(pages) >= 3
    texts = [pdftotext_page(out, n) for n in range(1, len(pages) + 1)]
    assert all("姓名" in text and "序号" in text for text in texts)
    assert "#12 便民服务日" in texts[-1]  # the running header names the event
    last = numbers_on(texts[-1])
    assert max(last) >= 43 + BLANK_ROWS
    # Every number once, in order, across the pages.
    every = [n for text in texts for n in numbers_on(text)]
    assert every == list(range(1, max(last) + 1))


def pdftotext_page(path: Path, page: int) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
