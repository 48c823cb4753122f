"""``hearth-desk print poster [--size] [--team] [--tile] --out F.pdf``: the tree on one
sheet or tiled; an unknown team, or too many members for the size, is one line and
exit 1; the poster's options are refused for other printouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.reports.tree.poster_layout import floor
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import one_problem, run, told
from tests.support.poster_trees import organisation, team


@pytest.fixture
def tree(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> None:
    code, _out, err = run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    assert code == 0, err
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            organisation(session)
            team(session, "环境整治服务队", [("黄瑜希", "leader"), ("王𠮷", "member")])
            team(
                session,
                "治安巡逻服务队",
                [(f"巡逻员{number:03d}", "member") for number in range(40)],
                sort_order=1,
            )


def test_print_the_poster(tree: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "连心树.pdf"
    code, stdout, err = run(capsys, "print", "poster", "--size", "a2", "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout
    text = pdftotext(out)
    assert "和平里社区党总支" in text.replace("\n", "")  # written down the trunk
    assert "王𠮷" in text and "巡逻员039" in text
    width = float(PdfReader(out).pages[0].mediabox[2])
    assert round(width / 72 * 25.4) == 420


def test_one_team_tiled(tree: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    code, _stdout, err = run(
        capsys, "print", "poster", "--team", "环境整治服务队", "--tile", "A4", "--out", str(out)
    )
    assert code == 0, err
    assert len(PdfReader(out).pages) > 1
    text = pdftotext(out)
    assert "黄瑜希" in text and "巡逻员000" not in text


def test_an_unknown_team_is_one_line(
    tree: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "poster.pdf"
    line = one_problem(capsys, "print", "poster", "--team", "理发服务队", "--out", str(out))
    assert line == told("No service team is called “{name}”.", name="理发服务队")
    assert not out.exists()


def test_too_many_for_the_size_is_one_line(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            for number in range(6):
                names = [(f"队员{number}{index:02d}", "member") for index in range(50)]
                team(session, f"第{number}服务队", names, sort_order=number)
    line = one_problem(capsys, "print", "poster", "--size", "A3", "--out", str(tmp_path / "p.pdf"))
    assert "A3" in line and "--team" in line
    assert floor("A3") >= 8


def test_poster_options_apply_to_the_poster_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    line = one_problem(
        capsys, "print", "overview", "--size", "A2", "--out", str(tmp_path / "o.pdf")
    )
    assert line == told(
        "{option} does not apply to “print {report}”.", option="--size", report="overview"
    )


def test_the_command_lines_poster_choices_are_the_posters() -> None:
    """The parser writes the sizes out (no ReportLab at start); they must not drift."""
    from hearth_desk.cli.print_commands import POSTER_SIZES, TILE_SHEETS
    from hearth_desk.reports.tree import poster_layout, poster_tiles

    assert POSTER_SIZES == poster_layout.SIZES
    assert set(TILE_SHEETS) == set(poster_tiles.TILE_SHEETS)
