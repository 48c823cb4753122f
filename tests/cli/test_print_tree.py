"""``print cards`` and ``print roster``: written, narrowed by --team and --member,
an unknown team or member is exit 1 with one line, and an option a printout does not
take is refused rather than ignored (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.storage.store import Store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import one_problem, run, told
from tests.support.tree_factories import HUANG_ID, RARE_NAME, small_tree

NO_TEAM = "No service team is called “{name}”."
NO_MEMBER = "No member matches “{query}”."
NOT_HERE = "{option} does not apply to “print {report}”."


@pytest.fixture
def tree(store: Store) -> list[str]:
    """A small tree in the store; the options that point the command line at it."""
    with store.transaction() as session:
        small_tree(session)
    return [] if store.location.is_sqlite else ["--db-url", store.location.url]


def test_print_cards_of_everyone_and_of_one_team(
    tree: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "卡片.pdf"
    code, stdout, err = run(capsys, *tree, "print", "cards", "--out", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    content = pdftotext(out)
    assert all(name in content for name in ("黄瑜希", RARE_NAME, "李四", "赵六"))
    assert content.count("黄瑜希") == 1  # in two teams, one card
    code, _stdout, _err = run(
        capsys, *tree, "print", "cards", "--team", "治安巡逻服务队", "--out", str(out)
    )
    content = pdftotext(out)
    assert code == 0 and "李四" in content and "黄瑜希" in content and RARE_NAME not in content


def test_print_cards_of_members_found_by_name(
    tree: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "卡片.pdf"
    code, _stdout, _err = run(
        capsys, *tree, "print", "cards", "--member", "wj", "--member", "李四", "--out", str(out)
    )
    content = pdftotext(out)
    assert code == 0 and RARE_NAME in content and "李四" in content and "黄瑜希" not in content


def test_print_roster_masked_and_with_full_numbers(
    tree: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "花名册.pdf"
    assert run(capsys, *tree, "print", "roster", "--out", str(out))[0] == 0
    content = pdftotext(out)
    assert "黄瑜希" in content and "138****5678" in content and HUANG_ID not in content
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)
    code, _stdout, _err = run(
        capsys, *tree, "print", "roster", "--full-id", "--team", "环境整治服务队", "--out", str(out)
    )
    content = pdftotext(out)
    assert code == 0 and HUANG_ID in content and "李四" not in content


def test_an_unknown_team_or_member_is_one_line_and_exit_1(
    tree: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    for report in ("cards", "roster"):
        line = one_problem(capsys, *tree, "print", report, "--team", " 不存在 ", "--out", str(out))
        assert line == told(NO_TEAM, name="不存在")
    line = one_problem(capsys, *tree, "print", "cards", "--member", "无此人", "--out", str(out))
    assert line == told(NO_MEMBER, query="无此人")
    assert not out.exists()


@pytest.mark.parametrize(
    ("report", "option"),
    [
        ("cards", ["--full-id"]),
        ("cards", ["--grid", "和平里一区"]),
        ("roster", ["--member", "李四"]),
        ("overview", ["--team", "治安巡逻服务队"]),
        ("ledger", ["--team", "治安巡逻服务队"]),
    ],
)
def test_an_option_a_printout_does_not_take_is_refused(
    tree: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    report: str,
    option: list[str],
) -> None:
    line = one_problem(capsys, *tree, "print", report, *option, "--out", str(tmp_path / "x.pdf"))
    assert line == told(NOT_HERE, option=option[0], report=report)
