"""What a printed roster must be on paper: embedded fonts, names that copy out
intact (𠮷 too), visible placeholders for missing glyphs, the header on every
page, page numbers, and no line starting with a closing mark."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit import tounicode
from hearth_desk.reports.kit.document import Paper, ReportMeta
from hearth_desk.reports.kit.linebreak import CANNOT_START
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import (
    BODY_STYLE,
    CELL_PADDING_X,
    Column,
    column_widths,
    needed_width,
)
from hearth_desk.reports.kit.table_report import render_table_report
from hearth_desk.reports.kit.text import TextBlock, shaper_for
from tests.reports.pdf_reading import fonts, page_texts, pdftotext, text

RARE_NAMES = ["王𠮷", "刘䶮", "张喆", "李堃", "陈燊", "赵龑"]
COLUMNS = [
    Column("姓名", 1.2),
    Column("性别", 0.6, "center"),
    Column("年龄", 0.6, "right"),
    Column("住址", 4),
    Column("电话", 1.8),
]
translate = load_catalogue("zh_CN").translate


def render(
    tmp_path: Path,
    rows: list[list[str]],
    paper: Paper = Paper.A4_PORTRAIT,
    name: str = "roster.pdf",
) -> RenderResult:
    meta = ReportMeta("居民花名册", "北京市东城区和平里街道和平里社区", paper)
    return render_table_report(
        tmp_path / name,
        meta,
        COLUMNS,
        rows,
        translate,
        empty_text="（无记录）",
        total_rows=len(rows),
    )


def rows_with(names: list[str], count: int) -> list[list[str]]:
    return [
        [
            names[i % len(names)],
            "男" if i % 2 else "女",
            str(20 + i % 70),
            f"和平里一区{i % 30 + 1}栋{i % 4 + 1}单元0{i % 6 + 1}01室",
            "138****5678",
        ]
        for i in range(count)
    ]


def test_every_font_is_embedded_and_subset_and_none_is_helvetica(tmp_path: Path) -> None:
    result = render(tmp_path, rows_with(RARE_NAMES, 40))
    found = fonts(result.path)
    assert found, "no fonts found"
    for font in found:
        assert font.subtype == "/TrueType" and font.embedded and font.subset, font
    assert not any("Helvetica" in font.base_font for font in found)


def test_rare_names_come_back_out_intact(tmp_path: Path) -> None:
    content = pdftotext(render(tmp_path, rows_with(RARE_NAMES, 12)).path)
    for name in RARE_NAMES:
        assert name in content
    assert "₻" not in content


def test_without_our_tounicode_fix_𠮷_copies_out_wrong(tmp_path: Path) -> None:
    tounicode.uninstall()
    try:
        content = pdftotext(render(tmp_path, rows_with(["王𠮷"], 2)).path)
    finally:
        tounicode.install()
    assert "王𠮷" not in content


def test_a_character_no_face_has_is_a_visible_placeholder_and_reported(tmp_path: Path) -> None:
    rows = rows_with(["张三"], 60) + rows_with(["王𪛖"], 1)  # U+2A6D6: Extension B
    result = render(tmp_path, rows)
    assert len(result.missing) == 1
    missing = result.missing[0]
    assert (missing.text, missing.characters, missing.page) == ("王𪛖", "𪛖", result.pages)
    assert "王□" in page_texts(result.path)[-1]


def test_a_long_table_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    result = render(tmp_path, rows_with(["张三", "李四"], 300))
    pages = page_texts(result.path)
    assert result.pages == len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "姓名" in page and "住址" in page
        assert f"第 {number} 页 / 共 {len(pages)} 页" in page
        assert "打印日期" in page
    content = text(result.path)
    assert all(f"和平里一区{i}栋" in content for i in range(1, 31))


def test_every_row_arrives_through_to_the_last_page(tmp_path: Path) -> None:
    rows = rows_with(["张三"], 1000)
    rows[-1][0] = "最后一行"
    result = render(tmp_path, rows)
    assert "最后一行" in page_texts(result.path)[-1]


def test_an_empty_table_says_so_on_one_page(tmp_path: Path) -> None:
    result = render(tmp_path, [])
    assert result.pages == 1
    assert "（无记录）" in text(result.path)


def test_a_forty_character_name_wraps_inside_its_cell(tmp_path: Path) -> None:
    long_name = "欧阳" + "慕容司马上官诸葛东方皇甫尉迟公孙长孙宇文轩辕令狐钟离" * 2
    long_name = long_name[:40]
    result = render(tmp_path, rows_with([long_name], 3))
    content = text(result.path).replace("\n", "")
    assert long_name[:6] in content and long_name[-6:] in content
    assert result.pages == 1


def test_no_line_starts_with_a_closing_mark(tmp_path: Path) -> None:
    address = "（洪山小区）3栋2单元，住户：张三、李四；电话：13812345678。《通知》“请到社区”！" * 3
    rows = [["张三", "男", "70", address[: 30 + i], "138****5678"] for i in range(40)]
    lines = [
        line.strip()
        for page in page_texts(render(tmp_path, rows).path)
        for line in page.splitlines()
        if line.strip()
    ]
    offending = [line for line in lines if line[0] in CANNOT_START]
    assert offending == []


@pytest.mark.parametrize(
    ("paper", "size"),
    [
        (Paper.A4_PORTRAIT, (595, 842)),
        (Paper.A4_LANDSCAPE, (842, 595)),
        (Paper.A3_PORTRAIT, (842, 1191)),
    ],
)
def test_paper_sizes(tmp_path: Path, paper: Paper, size: tuple[int, int]) -> None:
    result = render(tmp_path, rows_with(["张三"], 5), paper)
    box = PdfReader(result.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_a_cancelled_build_leaves_no_file(tmp_path: Path) -> None:
    from hearth_desk.domain.errors import Cancelled
    from hearth_desk.services.progress import Progress

    meta = ReportMeta("居民花名册", "和平里社区")
    with pytest.raises(Cancelled):
        render_table_report(
            tmp_path / "x.pdf",
            meta,
            COLUMNS,
            rows_with(["张三"], 500),
            translate,
            empty_text="",
            total_rows=500,
            progress=Progress(is_cancelled=lambda: True),
        )
    assert list(tmp_path.iterdir()) == []


def test_the_printing_layer_loads_no_qt() -> None:
    code = (
        "import sys, hearth_desk.reports.overview, hearth_desk.reports.kit.table_report; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_no_title_word_or_fit_value_is_broken_across_lines() -> None:
    """English "Gender" and "Female" broke mid-word in a column sized for 性别 and 女."""
    columns = [
        Column("Name", 1.2),
        Column("Gender", 0.3, "center", ("Female", "Male")),
        Column("Address", 3.0),
    ]
    total = 500.0
    widths = column_widths(columns, total)
    assert abs(sum(widths) - total) < 0.01
    assert widths[1] >= needed_width(columns[1], BODY_STYLE)
    body = shaper_for(BODY_STYLE)
    assert widths[1] - 2 * CELL_PADDING_X > body.width("Female")
    assert widths[2] / widths[0] == pytest.approx(3.0 / 1.2)  # the rest keep their shares
    block = TextBlock("Female", BODY_STYLE)
    assert block.lines_for(widths[1] - 2 * CELL_PADDING_X) == ["Female"]
