"""Service records outside events, on both databases: what is refused and why, who
entered one, changing and deleting, and the lists the window shows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services import audit
from hearth_desk.services.events.hours import checked_hours
from hearth_desk.services.volunteering.records import (
    RecordInput,
    add_record,
    delete_record,
    existing_record,
    record_input,
    record_lines,
    update_record,
)
from tests.support.factories import small_ledger
from tests.support.tree_factories import small_tree

TODAY = dt.date(2026, 6, 30)
PIPE = dt.date(2026, 5, 9)


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("2.55", "to a tenth"),
        ("0", "more than 0"),
        ("-1", "more than 0"),
        ("25", "more than a day"),
        ("abc", "not a number of hours"),
        ("", "not a number of hours"),
        ("NaN", "not a number of hours"),
    ],
)
def test_bad_hours_say_what_is_wrong(typed: str, wanted: str) -> None:
    with pytest.raises(UserError, match=wanted) as refused:
        checked_hours(typed)
    assert typed in str(refused.value)


def test_hours_as_offices_type_them() -> None:
    assert checked_hours("1.5") == Decimal("1.5")
    assert checked_hours("１.５小时") == Decimal("1.5")
    assert checked_hours(" 24 ") == Decimal("24.0")
    assert checked_hours(Decimal("0.1")) == Decimal("0.1")
    assert checked_hours(2) == Decimal("2.0")


def test_a_record_is_checked_and_entered_by_the_actor(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree, homes = small_tree(session), small_ledger(session)
    wang, home = tree["wang"].id, homes["zhang"].id
    monkeypatch.setattr(audit, "_actor", "刘干事")
    good = RecordInput(wang, PIPE, "1.5", "  疏通\n下水道 ", household_id=home)
    bad = {
        "to a tenth": {"hours": "2.55"},
        "more than a day": {"hours": "25"},
        "Say what was done": {"what": "  "},
        "has not come yet": {"date": TODAY + dt.timedelta(days=1)},
        "no longer in the tree": {"member_id": 999_999},
        "household no longer exists": {"household_id": 999_999},
        "at least 1": {"served": 0},
    }
    for wanted, change in bad.items():
        with pytest.raises(UserError, match=wanted):
            add_record(session, RecordInput(**{**good.__dict__, **change}), today=TODAY)
    record = add_record(session, good, today=TODAY)
    assert (record.hours, record.what, record.served, record.entered_by) == (
        Decimal("1.5"), "疏通 下水道", 1, "刘干事",
    )  # fmt: skip
    # Without a household a service may serve nobody in particular (a patrol).
    patrol = add_record(session, RecordInput(wang, TODAY, 2, "夜间巡逻", served=0), today=TODAY)
    assert patrol.served == 0


def test_changing_and_deleting_a_record(session: Session) -> None:
    tree, homes = small_tree(session), small_ledger(session)
    record = add_record(session, RecordInput(tree["wang"].id, PIPE, "1", "修水龙头"), today=TODAY)
    entered = (record.entered_by, record.entered_at)
    data = record_input(record)
    changed = RecordInput(tree["li"].id, data.date, "2.5", "修水龙头、换灯泡",
                          household_id=homes["shan"].id, served=2)  # fmt: skip
    update_record(session, record.id, changed, today=TODAY)
    record = existing_record(session, record.id)
    assert (record.member_id, record.hours, record.served) == (tree["li"].id, Decimal("2.5"), 2)
    assert (record.entered_by, record.entered_at) == entered
    with pytest.raises(UserError, match="to a tenth"):
        update_record(session, record.id, RecordInput(**{**changed.__dict__, "hours": "0.25"}),
                      today=TODAY)  # fmt: skip
    delete_record(session, record.id)
    with pytest.raises(UserError, match=f"no service record #{record.id}"):
        delete_record(session, record.id)


def test_the_lists_by_period_member_and_team(session: Session) -> None:
    tree, homes = small_tree(session), small_ledger(session)
    huang, wang, li = tree["huang"].id, tree["wang"].id, tree["li"].id
    for who, day, what, home in (
        (huang, dt.date(2026, 1, 5), "楼道清扫", None),
        (wang, dt.date(2026, 3, 1), "清理小广告", None),
        (li, dt.date(2026, 3, 2), "看望独居老人", homes["zhang"].id),
        (li, dt.date(2025, 12, 30), "夜间巡逻", None),
    ):
        add_record(session, RecordInput(who, day, "1", what, household_id=home), today=TODAY)
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    lines = record_lines(session, *year)
    assert [(line.member, line.what) for line in lines] == [
        ("李四", "看望独居老人"), ("王𠮷", "清理小广告"), ("黄瑜希", "楼道清扫"),
    ]  # fmt: skip
    visit = lines[0]
    assert visit.household == homes["zhang"].address and visit.hours == Decimal("1.0")
    assert lines[1].household == "" and lines[1].served == 1
    assert [line.what for line in record_lines(session, member_id=li)] == [
        "看望独居老人", "夜间巡逻",
    ]  # fmt: skip
    # 黄瑜希 is in both teams: her service is listed under each.
    clean = record_lines(session, *year, team_id=tree["clean"].id)
    patrol = record_lines(session, *year, team_id=tree["patrol"].id)
    assert [line.member for line in clean] == ["王𠮷", "黄瑜希"]
    assert [line.member for line in patrol] == ["李四", "黄瑜希"]
