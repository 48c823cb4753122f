"""``hearth-desk request …`` and ``print requests``: a request taken through every
step from the command line, refused steps exiting 1 with the flow's own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hearth_desk.domain.models import Request, RequestStep, Staff, Thanks
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.requests import NewRequest, register_request
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.request_factories import some_requests


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        some_requests(s)  # #1 lamp (overdue), #2 pipe (closed), #3 wall (特事), #4 noise
        s.add_all([Staff(name="王网格"), Staff(name="李主任", role="director")])
    yield isolated_user_folders
    set_actor(None)


def _steps(folder: Path, number: int) -> list[tuple[str, str, str | None]]:
    with open_store(resolve_location(folder), lock=False) as store, store.session() as s:
        steps = s.scalars(
            select(RequestStep).where(RequestStep.request_id == number).order_by(RequestStep.id)
        )
        return [(step.status, step.by, step.note) for step in steps]


def test_list_and_filters(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    code, out, _err = run(capsys, "request", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    late = (dt.date.today() - dt.date(2026, 9, 8)).days
    assert lines[0].split("　") == [
        "#1", "2026-09-01", "小事", "安全", "办理中", "洪山小区3栋2单元0401",
        ZH_CN("Cli", "due {date}").format(date="2026-09-08"),
        ZH_CN("Cli", "overdue {days} days").format(days=late),
    ]  # fmt: skip
    assert [
        line.split("　")[0]
        for line in run(capsys, "request", "list", "--tier", "特事")[1].splitlines()
    ] == ["#3"]
    assert run(capsys, "request", "list", "--status", "closed")[1].startswith("#2　")
    overdue = run(capsys, "request", "list", "--overdue")[1].splitlines()
    assert [line.split("　")[0] for line in overdue] == ["#1", "#3", "#4"]  # open, past due
    with pytest.raises(SystemExit) as usage:  # not a tier: a usage error
        run(capsys, "request", "list", "--tier", "大大")
    assert usage.value.code == 2


def test_every_step_from_the_command_line(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    assert run(capsys, "request", "update", "#4", "--status", "办理中", "--by", "李主任")[0] == 0
    # Each command names its own person: the last one's --by does not carry over.
    assert (
        run(capsys, "request", "update", "4", "--status", "办结", "--result", "已调解",
            "--by", "李主任")[0]
        == 0
    )  # fmt: skip
    code, out, _ = run(
        capsys, "request", "followup", "#4", "--satisfaction", "不满意", "--by", "王网格"
    )
    reopened = "#{number}: the resident is not satisfied; the request is reopened ({status})."
    assert out.strip() == ZH_CN("Cli", reopened).format(number=4, status="办理中")
    assert (
        run(capsys, "request", "update", "4", "--status", "closed", "--result", "再次调解")[0] == 0
    )
    assert run(capsys, "request", "followup", "4", "--satisfaction", "满意")[0] == 0
    steps = _steps(office, 4)
    assert [s[0] for s in steps] == [
        "registered", "in_progress", "closed", "followed_up", "closed", "followed_up"
    ]  # fmt: skip
    assert [s[1] for s in steps[1:4]] == ["李主任", "李主任", "王网格"]
    assert steps[2][2] == "已调解" and steps[3][2] == "dissatisfied"
    code, out, _ = run(capsys, "request", "show", "#4")
    assert code == 0 and "楼上噪音" in out and "已调解" in out and "李主任" in out
    assert len([line for line in out.splitlines() if line.startswith("  ")]) == 6


def test_refused_steps_say_why(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    # 登记 cannot jump to 办结; a 特事 is not closed before the street has it.
    problem = one_problem(capsys, "request", "update", "4", "--status", "办结", "--result", "好")
    assert problem == told(
        "The request is {status} and cannot go to {target}: its next step is {next}.",
        status="登记", target="办结", next="办理中",
    ) or "登记" in problem  # fmt: skip
    assert one_problem(capsys, "request", "update", "2", "--status", "办结", "--result", "x")
    assert one_problem(capsys, "request", "escalate", "1", "--ref", " ")
    assert one_problem(capsys, "request", "show", "#99") == told(
        "There is no request #{number}.", number=99
    )
    assert one_problem(capsys, "request", "update", "1", "--status", "办结", "--by", "无名氏")
    assert _steps(office, 1)[-1][0] == "in_progress"  # nothing written


def test_escalate_and_thanks(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    assert (
        run(capsys, "request", "escalate", "1", "--ref", "街〔2026〕9号", "--by", "李主任")[0] == 0
    )
    code, out, _ = run(capsys, "request", "thanks", "#2", "--kind", "锦旗", "--giver", "单丽",
                       "--words", "为民解忧")  # fmt: skip
    assert code == 0 and "#2" in out
    with open_store(resolve_location(office), lock=False) as store, store.session() as s:
        lamp = s.get(Request, 1)
        assert (lamp.tier, lamp.street_ref) == ("special", "街〔2026〕9号")
        thanks = s.scalars(select(Thanks)).one()
        assert (thanks.kind, thanks.giver, thanks.request_id) == ("banner", "单丽", 2)
    out = run(capsys, "request", "show", "2")[1]
    assert "为民解忧" in out


def test_print_the_problem_ledger_as_pdf_and_xlsx(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "台账.pdf", tmp_path / "台账.xlsx"
    code, _out, err = run(capsys, "print", "requests", "--from", "2026-10-01", "--category",
                          "安全", "--out", str(pdf))  # fmt: skip
    assert code == 0, err
    text = pdftotext(pdf)
    assert "小区围墙倒塌" in text and "楼道灯不亮" not in text and "类别：安全" in text
    code, _out, err = run(capsys, "print", "requests", "--status", "办结", "--out", str(xlsx))
    assert code == 0, err
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[1][0] == "#2" and rows[1][6] == "下水管漏水"
    assert any(row[0] == "筛选条件：状态：办结" for row in rows)
    # A folder is not replaced by the sheet: one line, exit 1.
    (tmp_path / "文件夹.xlsx").mkdir()
    assert one_problem(capsys, "print", "requests", "--out", str(tmp_path / "文件夹.xlsx"))
    assert (tmp_path / "文件夹.xlsx").is_dir()
    # The filters belong to the problem ledger; the other printouts refuse them.
    assert one_problem(capsys, "print", "overview", "--tier", "小事", "--out", str(pdf))


def test_a_new_request_is_listed(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    with open_store(resolve_location(office)) as store, store.transaction() as s:
        register_request(s, NewRequest("井盖松动", place="东门", registered_on=dt.date.today()))
    assert run(capsys, "request", "list")[1].splitlines()[-1].startswith("#5　")
