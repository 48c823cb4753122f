"""The visit round sheet: a section per building headed on every page, households in
door order, the last visit or 从未走访, the blank columns, no ID numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.visits.round_sheet import render_round_sheet
from hearth_desk.services.visits.printouts import RoundRow, RoundSection, RoundSheetData
from tests.reports.pdf_reading import pdftotext

translate = load_catalogue("zh_CN").translate
TODAY = dt.date(2026, 11, 30)


def words(text: str) -> str:
    return translate("Report", text)


def sheet(doors: int) -> RoundSheetData:
    first = RoundSection(
        "和平里一区3栋",
        tuple(
            RoundRow(
                f"{1 + n // 12}单元{n % 12 + 1:02d}01",
                f"户主{n:02d}",
                "独居老人、高龄" if n % 5 == 0 else "",
                None if n % 3 == 0 else TODAY - dt.timedelta(days=40),
                n % 3 != 2,
            )
            for n in range(doors)
        ),
    )
    second = RoundSection("和平里一区4栋", (RoundRow("1单元0101", "钱七", "", None, True),))
    return RoundSheetData("北京市东城区和平里街道和平里社区", "", "王芳", (first, second), TODAY)


def test_each_building_has_its_own_pages_headed_by_it(tmp_path: Path) -> None:
    out = tmp_path / "走访登记表.pdf"
    result = render_round_sheet(out, sheet(30), translate)
    assert result.pages >= 3 and not result.missing
    pages = [pdftotext(out, layout=True).split("\f")[n] for n in range(result.pages)]
    for title in ("Door", "Head of household", "Care tags", "Last visit", "Date visited",
                  "What was found", "Signature"):  # fmt: skip
        assert words(title).split()[0] in pages[0]  # English titles wrap
    assert "北京市东城区和平里街道和平里社区" in pages[0]
    assert "和平里一区3栋" in pages[0] and "王芳" in pages[0]
    continued = [page for page in pages if "和平里一区3栋" in page]
    assert len(continued) >= 2  # the building heads each of its pages
    assert all(words("Door") in page for page in continued)
    last = pages[result.pages - 1]
    assert "和平里一区4栋" in last and "钱七" in last and "和平里一区3栋" not in last
    text = "".join(pages)
    assert text.index("户主00") < text.index("户主01") < text.index("户主29")
    assert words("Never visited").split()[0] in pages[0] and "2026-10-21" in pages[0]
    assert "独居老人" in pages[0]


def test_an_empty_round_says_so(tmp_path: Path) -> None:
    out = tmp_path / "空.pdf"
    empty = RoundSheetData(None, "和平里一区", "", (), TODAY)
    result = render_round_sheet(out, empty, translate)
    assert result.pages == 1
    assert words("No household is due a visit here.") in pdftotext(out)
