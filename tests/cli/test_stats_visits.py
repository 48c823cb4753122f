"""``hearth-desk stats visits --from D --to D``: a period's door-to-door figures in the
office's sentences; ``stats --year Y`` is unchanged beside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hearth_desk.domain.models import RequestStatus, Visit
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told
from tests.support.factories import small_ledger

D = dt.date


def say(text: str, **params: object) -> str:
    return ZH_CN("Cli", text).format(**params)


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    """The small ledger: 张三 (高龄) visited twice in January, one request closed."""
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        homes = small_ledger(s)
        for day in (D(2026, 1, 5), D(2026, 1, 28)):
            s.add(Visit(household_id=homes["zhang"].id, date=day,
                        entered_at=dt.datetime(2026, 1, 28)))  # fmt: skip
        made = register_request(s, NewRequest("楼道灯不亮", category="safety",
                                              household_id=homes["zhang"].id,
                                              registered_on=D(2026, 1, 5)))  # fmt: skip
        advance_request(s, made.id, RequestStatus.IN_PROGRESS, on=D(2026, 1, 5))
        advance_request(s, made.id, RequestStatus.CLOSED, result="换灯", on=D(2026, 1, 9))
        advance_request(s, made.id, RequestStatus.FOLLOWED_UP, satisfaction="satisfied",
                        on=D(2026, 1, 12))  # fmt: skip
    return isolated_user_folders


def test_stats_visits_for_a_period(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    code, out, err = run(capsys, "stats", "visits", "--from", "2026-01-01", "--to", "2026-02-28")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # Everyone is due (never visited before); 张三 was the one visited.
    assert lines[0] == say(
        "{start} to {end}: {visits} visits; {covered}/{due} households due were visited "
        "({coverage}); {visited} households visited in all.",
        start="2026-01-01", end="2026-02-28", visits="2", covered="1", due="3",
        coverage="33.3%", visited="1",
    )  # fmt: skip
    assert lines[1] == say(
        "{registered} problems registered, {done} closed (closure rate {rate}); "
        "median {days} days to close.",
        registered="1", done="1", rate="100.0%", days="4",
    )  # fmt: skip
    categories = "民生 0、工程 0、安全 1、环境 0、矛盾纠纷 0、其他 0"
    assert say("By category: {counts}", counts=categories) in lines
    assert say("By tier: {counts}", counts="小事 1、大事 0、特事 0") in lines
    assert say("Return visits: {counts}; satisfaction rate {rate}.",
               counts="满意 1、基本满意 0、不满意 0", rate="100.0%") in lines  # fmt: skip
    quarter = say("{year} quarter {quarter}", year=2026, quarter=1) + "\u3000"
    assert sum(line.startswith(quarter) for line in lines) == 1
    months = [say("{year}, month {month}", year=2026, month=m) + "\u3000" for m in (1, 2)]
    january, february = ([line for line in lines if line.startswith(m)] for m in months)
    assert len(january) == len(february) == 1
    assert february[0].endswith(
        say("{visits} visits, {covered}/{due} due visited ({coverage}); {registered} problems, "
            "{done} closed ({rate}); satisfaction {satisfied}", visits="0", covered="0", due="3",
            coverage="0.0%", registered="0", done="0", rate="—", satisfied="—")
    )  # fmt: skip


def test_stats_visits_usage_and_mistakes(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    for argv in (("stats", "visits", "--from", "2026-01-01"),  # no --to
                 ("stats", "visits", "--from", "2026-01-01", "--to", "2026-02-01", "--year",
                  "2026"),
                 ("stats", "--year", "2026", "--from", "2026-01-01"),
                 ("stats", "calls", "--year", "2026")):  # fmt: skip
        with pytest.raises(SystemExit) as usage:
            run(capsys, *argv)
        assert usage.value.code == 2, argv
        capsys.readouterr()
    assert one_problem(capsys, "stats", "visits", "--from", "2026-03-01", "--to",
                       "2026-02-01") == told(
        "The period ends ({end}) before it starts ({start}).", start="2026-03-01", end="2026-02-01"
    )  # fmt: skip
    assert run(capsys, "stats", "--year", "2026")[0] == 0  # the year's volunteer figures


def test_demo_says_what_it_visited(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    code, out, err = run(capsys, "demo", "--households", "200")
    assert (code, err) == (0, "")
    said = ZH_CN("Cli", "A year of door-to-door visits: {staff} staff, {visits} visits to "
                 "{households} households, {requests} requests ({open} still open), "
                 "{meetings} joint meetings.")  # fmt: skip
    before = said.split("{staff}")[0]
    line = next(line for line in out.splitlines() if line.startswith(before))
    assert said.split("{meetings}")[1].rstrip() in line
    code, out, _err = run(capsys, "stats", "visits", "--from", "2000-01-01", "--to", "2099-12-31")
    assert code == 0 and "2000-01-01" in out.splitlines()[0]
