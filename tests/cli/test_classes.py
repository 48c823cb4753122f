"""``hearth-desk term`` and ``hearth-desk class``: a term with closure days from a
sheet, a class of two seats filled, waited on, dropped and moved up, its sessions by
date, attendance ticked and added to, and the problems the office may type."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.factories import small_ledger
from tests.support.tree_factories import member

TERM = "2026年秋季学期"


def said(source: str, **params: object) -> str:
    """A line of the command line in zh_CN (the English source until translated)."""
    return ZH_CN("Cli", source).format(**params)


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        small_ledger(s)  # 张三, 李秀英, 单丽, 曾国藩, 区伟
        member(s, "李建国")
    return isolated_user_folders


def _closures(path: Path, *rows: tuple[object, object]) -> Path:
    book = Workbook()
    book.active.title = "停课"
    book.active.append(["日期", "原因"])
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def _term(capsys: pytest.CaptureFixture[str], sheet: Path) -> str:
    code, out, err = run(capsys, "term", "add", "--name", TERM, "--from", "2026-09-07",
                         "--to", "2027-01-15", "--closed", "2026-10-05",
                         "--closed-from", str(sheet))  # fmt: skip
    assert code == 0, err
    return out.strip()


def test_a_class_of_two_seats(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    sheet = _closures(office / "停课.xlsx", ("2026-10-01", "国庆节"), ("2026-10-02", "国庆节"))
    assert _term(capsys, sheet) == said(
        "Term added: {name} ({start} to {end}, {days} days without classes).",
        name=TERM, start="2026-09-07", end="2027-01-15", days=3,
    )  # fmt: skip
    code, out, err = run(capsys, "class", "add", "--term", TERM, "--name", "葫芦丝班",
                         "--slot", "周一14:30-16:00", "--room", "一楼活动室",
                         "--teacher", "马建国", "--capacity", "2",
                         "--notes", "自带葫芦丝")  # fmt: skip
    assert code == 0, err
    first, second = out.splitlines()
    assert first == said("Class #{number} added: {name} ({details}).", number=1, name="葫芦丝班",
                         details="周一 14:30–16:00，" + said("{n} places", n=2))  # fmt: skip
    # 19 Mondays from 09-07 to 01-11, less 10-05 (typed on the command line).
    assert second == said("{count} sessions from {first} to {last}.", count=18,
                          first="2026-09-07", last="2027-01-11")  # fmt: skip
    code, out, _ = run(capsys, "class", "enrol", "葫芦丝班", "张三", "单丽", "曾国藩",
                       "--outsider", "王秀兰:13900002222:青年湖社区")  # fmt: skip
    waiting = ZH_CN("Cli", "waiting, number {k}")
    assert out.splitlines() == [
        "张三：已报名",
        "单丽：已报名",
        "曾国藩：" + waiting.format(k=1),
        "王秀兰：" + waiting.format(k=2),
    ]
    code, out, _ = run(capsys, "class", "drop", "#1", "张三")
    assert code == 0 and "13900001111" in out  # 曾国藩 moved up: the full phone, to call
    code, out, _ = run(capsys, "class", "sessions", "1")
    lines = out.splitlines()
    assert lines[1].split("\u3000") == ["2026-09-07", "周一", "14:30–16:00"]
    assert not any("2026-10-05" in line for line in lines) and len(lines) == 19
    code, out, err = run(capsys, "class", "attend", "1", "--date", "2026-09-07", "单丽")
    assert code == 0, err
    code, out, err = run(capsys, "class", "attend", "葫芦丝班", "--date", "2026-09-07", "曾国藩")
    assert code == 0 and "本次共 2 人" in out, out  # added to 单丽, not instead
    code, out, _ = run(capsys, "class", "show", "1")
    assert "138****" not in out and "单丽" in out and "青年湖社区" in out
    assert "13900002222" not in out  # masked on screen
    code, out, _ = run(capsys, "class", "list")
    assert out.splitlines()[0] == TERM and "#1" in out and "马建国" in out


def test_a_teacher_of_the_tree_and_problems(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    _term(capsys, _closures(office / "a.xlsx"))
    code, out, _ = run(capsys, "class", "add", "--term", TERM, "--name", "书法班",
                       "--slot", "周三09:00-11:00", "--teacher", "李建国")  # fmt: skip
    with open_store(resolve_location(office)) as store, store.session() as s:
        from hearth_desk.services.classes.courses import course_ref

        assert course_ref(s, "书法班").teacher_member_id is not None  # one of the tree
    assert one_problem(capsys, "class", "enrol", "书法班", "张三", "没有这个人") == told(
        "No resident matches {query}.", query="没有这个人"
    )
    code, out, _ = run(capsys, "class", "show", "书法班")
    assert "张三" not in out  # nobody was enrolled by the refused call
    assert one_problem(capsys, "class", "show", "#9") == told(
        "There is no class #{number}.", number="9"
    )
    assert one_problem(capsys, "class", "attend", "1", "--date", "2026-09-08", "张三") == told(
        "Class #{number} has no session on {date}.", number=1, date="2026-09-08"
    )
    assert "周八" in one_problem(capsys, "class", "add", "--term", TERM, "--name", "x",
                                 "--slot", "周八14:30-16:00")  # fmt: skip
    bad = _closures(office / "b.xlsx", ("2027-03-01", "开学"), ("十月", "国庆"))
    problem = one_problem(capsys, "term", "add", "--name", "2027年春季学期",
                          "--from", "2027-03-01", "--to", "2027-07-09",
                          "--closed-from", str(bad))  # fmt: skip
    assert "停课" in problem and "3" in problem and "日期" in problem
    code, out, _ = run(capsys, "class", "list", "--term", "2027年春季学期")
    assert code == 1  # the refused sheet wrote no term
