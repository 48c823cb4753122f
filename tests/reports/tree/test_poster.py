"""The poster on paper: one page at its size, or tiled sheets with their row and column;
names copy out whole (rare characters too), fonts are embedded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.tree.poster import render_poster, tint
from hearth_desk.reports.tree.poster_tiles import OVERLAP, SHEET_MARGIN, sheet_grid
from tests.reports.pdf_reading import fonts, pdftotext
from tests.support.poster_trees import RARE_NAME, poster_of

ZH_CN = load_catalogue("zh_CN").translate


def english(context: str, text: str) -> str:
    return text


def test_a1_poster_is_one_page_with_every_leaf(tmp_path: Path) -> None:
    data = poster_of(120, 6)
    out = tmp_path / "poster.pdf"
    result = render_poster(out, data, ZH_CN)
    assert result.pages == 1 and result.missing == []
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox[2:])
    assert (round(width / mm), round(height / mm)) == (594, 841)
    text = pdftotext(out)
    assert "北京市东城区和平里街道和平里社区" in text
    assert RARE_NAME in text  # 王𠮷 copies out whole
    first = data.branches[0].leaves[0]
    assert first.phone in text and first.name in text
    assert "7,340" in text and "2,876" in text
    assert all(font.embedded for font in fonts(out))


def test_too_many_members_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    with pytest.raises(UserError):
        render_poster(out, poster_of(300), ZH_CN, size="A3")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_tiled_onto_a4_sheets_with_row_and_column(tmp_path: Path) -> None:
    out = tmp_path / "tiled.pdf"
    result = render_poster(out, poster_of(120, 6), english, size="A1", tile="A4")
    (sheet_w, sheet_h), rows, columns = sheet_grid(594 * mm, 841 * mm, "A4")
    assert result.pages == rows * columns > 1
    pages = PdfReader(out).pages
    assert {(round(float(p.mediabox[2])), round(float(p.mediabox[3]))) for p in pages} == {
        (round(sheet_w), round(sheet_h))
    }
    texts = [pdftotext(out).split("\f")[index] for index in range(result.pages)]
    labels = [re.search(r"Row (\d+), column (\d+)", text).groups() for text in texts]  # type: ignore[union-attr]
    assert labels == [
        (str(row), str(column)) for row in range(1, rows + 1) for column in range(1, columns + 1)
    ]
    # The sheets together cover the poster, each overlapping the next.
    content = sheet_w - 2 * SHEET_MARGIN
    assert columns * (content - OVERLAP) + OVERLAP >= 594 * mm


def test_sheet_grid_picks_the_orientation_with_fewer_sheets() -> None:
    (width, height), rows, columns = sheet_grid(594 * mm, 841 * mm, "A3")
    # Upright A3 sheets would need 3 × 3; lying down, 4 rows of 2.
    assert width > height and (rows, columns) == (4, 2)
    assert sheet_grid(190 * mm, 270 * mm, "A4")[1:] == (1, 1)


def test_leaves_are_light_enough_for_black_text() -> None:
    from reportlab.lib.colors import HexColor

    for code in ("#2E7D32", "#4E342E", "#000000", "#FFEB3B"):
        light = tint(HexColor(code))
        assert 0.2126 * light.red + 0.7152 * light.green + 0.0722 * light.blue >= 0.78
