"""``hearth-desk event``: a small service day and a talk with seats run through the
command line, with the words the office reads (已报名, 候补第k位, 人次：N)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.models import Gender
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.ledger import households as ledger
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.factories import person, small_ledger


def run(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> str:
    assert main(list(args)) == code
    captured = capsys.readouterr()
    return captured.out if code == 0 else captured.err


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        homes = small_ledger(s)  # 张三, 李秀英, 单丽, 曾国藩, 区伟
        ledger.add_member(
            s,
            homes["zhang"].id,
            person("张三丰", "", "13911112222", relation="其他", gender=Gender.MALE),
        )
    return isolated_user_folders


def test_a_talk_with_two_seats(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    out = run(
        capsys,
        "event",
        "add",
        "--title",
        "防诈骗讲座",
        "--date",
        "2026-12-05",
        "--start",
        "14:00",
        "--end",
        "15:30",
        "--kind",
        "讲座",
        "--capacity",
        "2",
    )
    assert out.strip() == "已建立活动 #1：防诈骗讲座，2026-12-05 14:00–15:30。"
    # 张三 names two residents (张三 and 张三丰) but one exactly; 单 names no one: nobody
    # is signed up in that call, and the candidates are named.
    err = run(capsys, "event", "signup", "#1", "张三", "没有这个人", code=1)
    assert "没有这个人" in err and len(err.strip().splitlines()) == 1
    assert "已报名" not in run(capsys, "event", "show", "1")
    out = run(
        capsys, "event", "signup", "1", "张三", "单丽", "zgf", "--walk-in", "路人甲:13700000000"
    )
    assert out.splitlines() == [
        "张三：已报名",
        "单丽：已报名",
        "曾国藩：候补第1位",
        "路人甲：候补第2位",
    ]
    assert "已是“已报名”" in run(capsys, "event", "signup", "1", "张三", code=1)
    out = run(capsys, "event", "cancel", "1", "单丽")
    assert out.splitlines() == [
        "已取消：单丽。",
        "曾国藩已由候补转为报名，请电话通知：13900001111。",
    ]
    err = run(capsys, "event", "checkin", "1", "--walk-in", "路人乙:13600000000", code=1)
    assert "已满" in err and "--on-site" in err
    run(capsys, "event", "checkin", "1", "张三", "--walk-in", "路人乙:13600000000", "--on-site")
    # The sign-in sheet's code of row 3 checks 曾国藩 in, as the scanner at the door does.
    assert run(capsys, "event", "checkin", "1", signin_code(1, 3)) == "已签到：曾国藩。\n"
    lines = run(capsys, "event", "show", "1").splitlines()
    assert lines[0] == "#1　防诈骗讲座　2026-12-05 14:00–15:30"
    assert lines[1:6] == [
        "1　张三　138****5678　已签到",
        "2　单丽　010-****5678　已取消",  # a landline is masked too
        "3　曾国藩　139****1111　已签到",
        "4　路人甲　137****0000　候补第1位",
        "5　路人乙　136****0000　已签到（现场）",
    ]
    assert lines[-2:] == ["报名：2　候补：1　签到：3", "人次：0"]


def test_a_service_day_counts_at_its_stalls(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    run(
        capsys,
        "event",
        "add",
        "--title",
        "便民服务日",
        "--date",
        "2026-12-06",
        "--kind",
        "服务日",
        "--stall",
        "和平里社区卫生服务中心:测血压血糖",
        "--stall",
        "爱心理发：理发",
    )
    assert run(capsys, "event", "serve", "1", "--stall", "理发", "--count", "5").endswith(
        "人次：5\n"
    )
    # People may follow the options: each named resident is one service.
    out = run(capsys, "event", "serve", "1", "--stall", "测血压血糖", "张三", "曾国藩")
    assert out.strip() == "测血压血糖（和平里社区卫生服务中心）　人次：2"
    assert "没有“拔牙”摊位" in run(capsys, "event", "serve", "1", "--stall", "拔牙", code=1)
    lines = run(capsys, "event", "show", "1").splitlines()
    assert lines[-3:] == [
        "测血压血糖（和平里社区卫生服务中心）　人次：2",
        "理发（爱心理发）　人次：5",
        "人次：7",
    ]
    listed = run(capsys, "event", "list", "--from", "2026-12-01").strip()
    assert re.fullmatch(r"#1　2026-12-06　便民服务日　服务日　报名 0　计划", listed)
    assert "没有活动" in run(capsys, "event", "list", "--to", "2026-01-01")
    with pytest.raises(SystemExit) as usage:
        main(["event", "show", "x"])
    assert usage.value.code == 2 and "不是活动编号" in capsys.readouterr().err


def test_events_export_one_row_each(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    import openpyxl

    run(
        capsys,
        "event",
        "add",
        "--title",
        "防诈骗讲座",
        "--date",
        "2026-12-05",
        "--kind",
        "讲座",
        "--capacity",
        "1",
    )
    run(capsys, "event", "add", "--title", "去年的讲座", "--date", "2025-12-05")
    run(capsys, "event", "signup", "1", "张三", "单丽")
    out = tmp_path / "活动统计.xlsx"
    assert "已导出 1 场活动" in run(capsys, "export", "events", str(out), "--year", "2026")
    sheet = openpyxl.load_workbook(out).active
    header, row = ([cell.value for cell in line] for line in sheet.iter_rows(max_row=2))
    values = dict(zip(header, row, strict=True))
    assert (values["活动名称"], values["类型"], values["名额"], values["报名"], values["候补"]) == (
        "防诈骗讲座",
        "讲座",
        1,
        1,
        1,
    )
    assert "仅用于活动" in run(
        capsys, "export", "residents", str(tmp_path / "r.xlsx"), "--year", "2026", code=1
    )
