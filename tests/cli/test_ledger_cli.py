"""``export residents`` and ``print ledger``: files written, narrowed by --grid and
--tag, exit 1 with one stderr line for an unknown grid or tag, 2 for bad usage."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hearth_desk.cli.main import main
from tests.reports.pdf_reading import pdftotext


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run(capsys, "demo", "--households", "120", "--seed", "4")
    assert code == 0


def sheet_rows(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path, read_only=True).active
    return list(sheet.iter_rows(values_only=True))


def test_export_residents_writes_every_resident(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "台账.xlsx"
    code, stdout, err = run(capsys, "export", "residents", str(out))
    assert code == 0 and err == ""
    rows = sheet_rows(out)
    assert rows[0][:5] == ("小区", "楼栋", "单元", "门牌", "姓名")
    assert str(len(rows) - 1) in stdout and str(out) in stdout
    assert all("*" in row[7] for row in rows[1:] if row[7])


def test_export_narrowed_by_grid_and_tag_with_full_numbers(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "独居.xlsx"
    code, _stdout, _err = run(
        capsys,
        "export",
        "residents",
        str(out),
        "--grid",
        "和平里一区",
        "--tag",
        "独居老人",
        "--full-id",
    )
    assert code == 0
    rows = sheet_rows(out)[1:]
    assert rows
    assert all(row[0] == "和平里一区" and "独居老人" in row[11] for row in rows)
    assert all(len(row[7]) == 18 and "*" not in row[7] for row in rows if row[7])
    assert openpyxl.load_workbook(out).properties.keywords == "hearth-desk:full-numbers"


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--grid", "和平里一区/99栋", "和平里一区/99栋"),
        ("--grid", "洪山小区", "洪山小区"),
        ("--tag", "不存在的类别", "不存在的类别"),
    ],
)
def test_an_unknown_grid_or_tag_is_one_line_and_exit_1(
    demo: None,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    option: str,
    value: str,
    named: str,
) -> None:
    for command in (
        ["export", "residents", str(tmp_path / "x.xlsx")],
        ["print", "ledger", "--out", str(tmp_path / "x.pdf")],
    ):
        code, stdout, err = run(capsys, *command, option, value)
        assert code == 1 and stdout == ""
        assert len(err.strip().splitlines()) == 1 and named in err
        assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_an_unknown_tag_lists_the_known_ones(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys, "print", "ledger", "--tag", "孤寡", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "独居老人" in err and "高龄" in err


def test_print_ledger_of_a_building(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "楼栋台账.pdf"
    code, stdout, _err = run(
        capsys, "print", "ledger", "--grid", "和平里一区/1栋", "--out", str(out)
    )
    assert code == 0 and "已生成" in stdout
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    content = pdftotext(out)
    assert "和平里一区1栋" in content and "和平里一区2栋" not in content
    assert "********" in content


def test_print_ledger_with_a_tag_prints_the_care_list(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "高龄.pdf"
    code, _stdout, _err = run(capsys, "print", "ledger", "--tag", "高龄", "--out", str(out))
    assert code == 0
    content = pdftotext(out)
    assert "高龄" in content and "********" not in content  # the care list shows no ID numbers
    assert "****" in content  # phones masked


def test_filters_do_not_apply_to_the_overview(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys, "print", "overview", "--tag", "高龄", "--out", str(tmp_path / "o.pdf")
    )
    assert code == 1 and "--tag" in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for args in (["export", "households", "x.xlsx"], ["export", "residents"], ["print", "ledger"]):
        with pytest.raises(SystemExit) as exited:
            main(args)
        assert exited.value.code == 2
    capsys.readouterr()


def test_export_without_a_store_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "export", "residents", str(tmp_path / "x.xlsx"))
    assert code == 1 and "还没有数据库" in err


def test_export_to_an_unwritable_place_is_a_user_error(
    demo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = run(capsys, "export", "residents", str(blocker / "x.xlsx"))
    assert code == 1 and str(blocker / "x.xlsx") in err and len(err.strip().splitlines()) == 1


@pytest.mark.postgresql
def test_export_and_print_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    assert run(capsys, "--db-url", pg_url, "demo", "--households", "60")[0] == 0
    out = tmp_path / "x.xlsx"
    code, _out, _err = run(
        capsys, "--db-url", pg_url, "export", "residents", str(out), "--tag", "党员"
    )
    assert code == 0 and len(sheet_rows(out)) > 1
    code, _out, _err = run(
        capsys,
        "--db-url",
        pg_url,
        "print",
        "ledger",
        "--grid",
        "和平里一区",
        "--out",
        str(tmp_path / "l.pdf"),
    )
    assert code == 0


def test_export_and_print_ledger_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from hearth_desk.cli.main import main; "
        "rc = main(['demo', '--households', '5']) "
        f"+ main(['export', 'residents', {str(tmp_path / 'r.xlsx')!r}]) "
        f"+ main(['print', 'ledger', '--out', {str(tmp_path / 'l.pdf')!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr
