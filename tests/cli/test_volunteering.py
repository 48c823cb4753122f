"""``hearth-desk serve add``, ``event helpers`` and ``stats``: volunteer service from the
command line, in the words the office reads, one Chinese line on stderr for a problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.factories import small_ledger
from tests.support.tree_factories import member, small_tree

YEAR = dt.date.today().year


def say(text: str, **params: object) -> str:
    return ZH_CN("Cli", text).format(**params)


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    """和平里社区 with the small ledger and tree: 黄瑜希 leads 环境整治服务队 and
    patrols in 治安巡逻服务队, 王𠮷 cleans, 李四 patrols, 赵六 is in no team."""
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        small_ledger(s)
        small_tree(s)
    return isolated_user_folders


def test_serve_add_records_a_service(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    day = f"{YEAR}-01-01"
    recorded = "Recorded: {name} {date} {hours} hours {what}"
    code, out, err = run(capsys, "serve", "add", "--member", "黄瑜希", "--date", day, "--hours",
                         "1.5", "--what", "疏通下水道", "--household", "单丽")  # fmt: skip
    assert (code, err) == (0, "")
    wanted = say(recorded, name="黄瑜希", date=day, hours="1.5", what="疏通下水道")
    assert out.startswith(wanted) and "洪山小区" in out
    code, out, _err = run(capsys, "serve", "add", "--member", "lisi", "--date", day,
                          "--hours", "2", "--what", "夜间巡逻", "--served", "0")  # fmt: skip
    wanted = say(recorded, name="李四", date=day, hours="2.0", what="夜间巡逻")
    assert (code, out.strip()) == (0, wanted)


@pytest.mark.parametrize(
    ("change", "message", "params"),
    [
        (("--hours", "2.55"), "Hours are kept to a tenth (such as 1.5); {text} has more decimals.",
         {"text": "2.55"}),
        (("--hours", "0"), "The hours must be more than 0, not {text}.", {"text": "0"}),
        (("--hours", "25"), "{text} hours is more than a day; record at most 24 hours a day.",
         {"text": "25"}),
        (("--hours", "abc"), "“{text}” is not a number of hours, such as 1.5.", {"text": "abc"}),
        (("--what", " "), "Say what was done, such as 疏通下水道.", {}),
        (("--date", "2999-01-01"), "{date} has not come yet; record service once it is done.",
         {"date": "2999-01-01"}),
        (("--member", "没有这个人"), "No member matches “{query}”.", {"query": "没有这个人"}),
        (("--household", "没有这个人"), "No resident matches {query}.", {"query": "没有这个人"}),
    ],
)  # fmt: skip
def test_serve_add_refuses_with_one_line(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    change: tuple[str, str],
    message: str,
    params: dict[str, str],
) -> None:
    given = {"--member": "王𠮷", "--date": f"{YEAR}-01-01", "--hours": "1", "--what": "清扫"}
    given[change[0]] = change[1]
    argv = [part for pair in given.items() for part in pair]
    assert one_problem(capsys, "serve", "add", *argv) == told(message, **params)
    assert "2.0" not in run(capsys, "stats", "--year", str(YEAR))[1]  # nothing was written


def test_serve_add_names_the_candidates(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    with open_store(resolve_location(office)) as store, store.transaction() as session:
        member(session, "李四海", phone="13512340000", work_unit="和平里小学")
    argv = ["--date", f"{YEAR}-01-01", "--hours", "1", "--what", "清扫"]
    problem = one_problem(capsys, "serve", "add", "--member", "lis", *argv)
    assert problem.startswith(ZH_CN("UserError", "{query} matches several members: {candidates}. "
                                     "Type more of it.").split("{")[0] + "lis")  # fmt: skip
    assert "李四海 和平里小学 135****0000" in problem and "李四" in problem
    assert run(capsys, "serve", "add", "--member", "李四", *argv)[0] == 0  # in full: that one
    with pytest.raises(SystemExit) as usage:
        run(capsys, "serve", "add", "--member", "李四")
    assert usage.value.code == 2


def test_event_helpers_with_and_without_hours(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    day = f"{YEAR}-01-01"
    run(capsys, "event", "add", "--title", "楼道清理", "--date", day, "--start", "09:00",
        "--end", "11:00")  # fmt: skip
    code, out, err = run(capsys, "event", "helpers", "#1", "黄瑜希", "lisi")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        say("{name}: {hours} hours", name="黄瑜希", hours="2.0"),
        say("{name}: {hours} hours", name="李四", hours="2.0"),
    ]
    code, out, _err = run(capsys, "event", "helpers", "1", "李四", "赵六", "--hours", "1.5")
    assert out.splitlines() == [
        say("{name}: hours changed to {hours}", name="李四", hours="1.5"),
        say("{name}: {hours} hours", name="赵六", hours="1.5"),
    ]
    code, out, _err = run(capsys, "event", "helpers", "1", "黄瑜希")
    assert out.strip() == say("{name} is a helper at #{number} already ({hours} hours).",
                              name="黄瑜希", number=1, hours="2.0")  # fmt: skip
    problem = one_problem(capsys, "event", "helpers", "1", "赵六", "没有这个人", "--hours", "3")
    assert problem == told("No member matches “{query}”.", query="没有这个人")
    assert told("Hours are kept to a tenth (such as 1.5); {text} has more decimals.",
                text="0.25") == one_problem(capsys, "event", "helpers", "1", "赵六",
                                            "--hours", "0.25")  # fmt: skip
    assert one_problem(capsys, "event", "helpers", "9", "赵六") == told(
        "There is no event #{number}.", number=9
    )
    # An event without times gives no span: the office is told to give hours.
    run(capsys, "event", "add", "--title", "看望独居老人", "--date", day)
    out = run(capsys, "event", "helpers", "2", "王𠮷")[1]
    assert out.splitlines()[-1] == say(
        "#{number} has no start and end time: give --hours to count hours.", number=2
    )


def test_stats_for_a_year_and_a_team(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    day = f"{YEAR}-01-01"
    run(capsys, "event", "add", "--title", "楼道清理", "--date", day, "--start", "09:00",
        "--end", "11:00")  # fmt: skip
    run(capsys, "event", "helpers", "1", "黄瑜希", "王𠮷")
    run(capsys, "serve", "add", "--member", "李四", "--date", day, "--hours", "1.5",
        "--what", "夜间巡逻", "--served", "3")  # fmt: skip
    code, out, err = run(capsys, "stats", "--year", str(YEAR))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == say(
        "{year}: {times} times of volunteer service, {hours} hours, {served} 人次 served; "
        "{people} people served, {average} hours each on average.",
        year=YEAR, times=3, hours="5.5", served=3, people=3, average="1.8",
    )  # fmt: skip
    counts = "{times} times, {hours} hours, {served} 人次, {people} people"
    january = say("Month {month}", month=1) + "\u3000" + say(counts, times=3, hours="5.5",
                                                              served=3, people=3)  # fmt: skip
    assert january in lines
    assert sum(line.startswith(say("Month {month}", month=12) + "\u3000") for line in lines) == 1
    members = say("{n} members", n=2)
    assert f"环境整治服务队（{members}）\u3000" + say(counts, times=2, hours="4.0", served=0,
                                                       people=2) in lines  # fmt: skip
    top = lines[lines.index(say("Top volunteers:")) + 1 :]
    assert [line.split("\u3000")[1] for line in top] == ["黄瑜希", "王𠮷", "李四"]
    assert top[0].split("\u3000")[2] == "环境整治服务队、治安巡逻服务队"
    assert "1381" not in out and "****" not in out  # no phones at all

    code, out, _err = run(capsys, "stats", "--year", str(YEAR), "--team", "治安巡逻服务队")
    assert out.startswith("治安巡逻服务队\u3000")
    assert "环境整治服务队（" not in out
    assert one_problem(capsys, "stats", "--year", str(YEAR), "--team", "花艺队") == told(
        "No service team is called “{name}”.", name="花艺队"
    )
    with pytest.raises(SystemExit) as usage:
        run(capsys, "stats")
    assert usage.value.code == 2
