"""The roster on paper: A4 landscape, numbered, the header on every page, numbers
masked (and no ID column) unless full numbers are asked for, rare names intact."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.tree.roster import render_roster
from hearth_desk.services.tree.printouts import RosterData, RosterRow
from tests.reports.pdf_reading import fonts, page_texts, pdftotext

translate = load_catalogue("zh_CN").translate
TODAY = dt.date(2026, 6, 1)
FULL_ID = "11010119580506222X"
MASKED_ID = "110101**********2X"
RARE = "王𠮷"


def t(text: str) -> str:
    return translate("Report", text)


def row(number: int, *, full: bool) -> RosterRow:
    return RosterRow(
        name=RARE if number == 1 else f"成员{number:03d}",
        gender="F" if number % 2 else "M",
        age=60 + number % 20,
        political_status="probationary" if number == 2 else "member",
        join_date=dt.date(1982, 7, 1),
        branch="第一党支部",
        work_unit="和平里医院",
        retired=number % 3 == 0,
        dual_registered=number % 2 == 0,
        id_number=FULL_ID if full else MASKED_ID,
        phone="13812345678" if full else "138****5678",
        teams=(("环境整治服务队", "leader"), ("治安巡逻服务队", "member")),
    )


def roster(count: int, *, full: bool = False) -> RosterData:
    rows = tuple(row(number, full=full) for number in range(1, count + 1))
    return RosterData("北京市东城区和平里街道和平里社区", "", rows, full, TODAY)


def test_a_long_roster_masked(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    result = render_roster(out, roster(60), translate)
    assert result.pages >= 3 and not result.missing
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox[2]) / mm), round(float(page.mediabox[3]) / mm)) == (297, 210)
    texts = page_texts(out)
    header = t("Political status")
    assert all(header in text for text in texts)  # the header on every page
    whole = pdftotext(out)
    assert RARE in whole and "成员060" in whole
    assert "1982.07" in whole and "44" in whole  # 入党时间 and 党龄 on 2026-06-01
    assert "138****5678" in whole and "13812345678" not in whole
    assert MASKED_ID not in whole and t("Citizen ID number") not in whole
    assert t("Phones are partly hidden.") in whole
    # its first word: an English cell may wrap (until the catalogue has 预备党员)
    assert t("Probationary member").split()[0] in whole
    assert all(font.embedded for font in fonts(out))


def test_full_numbers_add_the_id_column(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    render_roster(out, roster(3, full=True), translate)
    whole = pdftotext(out, layout=True)
    assert t("Citizen ID number") in whole
    assert re.search(rf"1\s+{RARE}\s.*13812345678\s+{FULL_ID}", whole)
    assert t("Phones are partly hidden.") not in whole


def test_an_empty_roster_says_so(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    result = render_roster(out, roster(0), translate)
    assert result.pages == 1 and t("No members to list.") in pdftotext(out)


def test_team_roles_are_printed_in_the_printouts_language(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    for language, role in (("zh_CN", "（队长）"), ("zh_TW", "（隊長）")):
        render_roster(out, roster(1), load_catalogue(language).translate)
        # The cell wraps inside the role, and the phone cell is read between the lines.
        text = "".join(pdftotext(out).split())
        assert f"环境整治服务队{role[:2]}" in text and f"{role[2:]}、治安巡逻服务队" in text
