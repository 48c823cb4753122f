"""A year's figures on both databases: the totals count each person and service once,
every month has its row, a member in two teams counts in both teams' rows, and the top
volunteers go by hours, then times."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from hearth_desk.domain.models import EventKind
from hearth_desk.services.events.events import EventInput, add_event
from hearth_desk.services.events.helpers import add_helper
from hearth_desk.services.volunteering.figures import year_figures
from hearth_desk.services.volunteering.records import RecordInput, add_record
from tests.support.tree_factories import small_tree

TODAY = dt.date(2026, 12, 31)


def served_year(session: Session) -> dict:
    """黄瑜希 (both teams) 3 h and 2 times, 王𠮷 (cleaning) 3 h and 3 times, 李四
    (patrol) 1 h once; 赵六 (no team) 0.5 h; and one record of the year before."""
    tree = small_tree(session)
    huang, wang, li, zhao = (tree[name].id for name in ("huang", "wang", "li", "zhao"))
    sweep = add_event(session, EventInput("楼道清理", dt.date(2026, 3, 7), EventKind.VOLUNTEER,
                                          dt.time(9, 0), dt.time(11, 0)))  # fmt: skip
    add_helper(session, sweep.id, huang)
    add_helper(session, sweep.id, wang, hours=Decimal("1.0"))
    for who, day, hours, what, served in (
        (huang, dt.date(2026, 3, 20), "1", "夜间巡逻", 3),
        (wang, dt.date(2026, 5, 2), "1.5", "清理小广告", 2),
        (wang, dt.date(2026, 5, 9), "0.5", "垃圾分类督导", 4),
        (li, dt.date(2026, 11, 1), "1", "夜间巡逻", 2),
        (zhao, dt.date(2026, 12, 31), "0.5", "看望独居老人", 1),
        (li, dt.date(2025, 12, 31), "8", "夜间巡逻", 9),
    ):
        add_record(session, RecordInput(who, day, hours, what, served=served), today=TODAY)
    return tree


def test_the_totals_and_the_months(session: Session) -> None:
    served_year(session)
    figures = year_figures(session, 2026)
    totals = figures.totals
    assert (totals.times, totals.hours, totals.served, totals.people) == (
        7, Decimal("7.5"), 12, 4,
    )  # fmt: skip
    assert totals.average_hours == Decimal("1.9")  # 7.5 / 4
    assert [row.month for row in figures.months] == list(range(1, 13))
    by_month = {row.month: (row.times, row.hours, row.served, row.people) for row in figures.months}
    assert by_month[3] == (3, Decimal("4.0"), 3, 2)
    assert by_month[5] == (2, Decimal("2.0"), 6, 1)
    assert by_month[1] == (0, Decimal("0.0"), 0, 0)
    assert figures.months[0].average_hours == Decimal("0.0")
    assert by_month[12] == (1, Decimal("0.5"), 1, 1)  # the last day of the year counts
    assert figures.team == ""


def test_a_member_in_two_teams_counts_in_both_rows(session: Session) -> None:
    tree = served_year(session)
    figures = year_figures(session, 2026)
    rows = {row.team: row for row in figures.teams}
    assert list(rows) == ["环境整治服务队", "治安巡逻服务队"]
    clean, patrol = rows["环境整治服务队"], rows["治安巡逻服务队"]
    assert (clean.team_id, clean.members, clean.people) == (tree["clean"].id, 2, 2)
    assert (clean.times, clean.hours, clean.served) == (5, Decimal("6.0"), 9)
    assert (patrol.members, patrol.people, patrol.times, patrol.hours) == (
        2, 2, 3, Decimal("4.0"),
    )  # fmt: skip
    # 黄瑜希 in both, 赵六 in neither: the rows do not add up to the totals.
    assert clean.times + patrol.times != figures.totals.times


def test_the_top_volunteers_by_hours_then_times(session: Session) -> None:
    tree = served_year(session)
    figures = year_figures(session, 2026)
    assert [(v.rank, v.name, v.hours, v.times) for v in figures.top] == [
        (1, "王𠮷", Decimal("3.0"), 3),  # as many hours as 黄瑜希, more times
        (2, "黄瑜希", Decimal("3.0"), 2),
        (3, "李四", Decimal("1.0"), 1),
        (4, "赵六", Decimal("0.5"), 1),
    ]
    assert figures.top[1].teams == ("环境整治服务队", "治安巡逻服务队")
    assert figures.top[3].teams == ()
    assert figures.top[0].member_id == tree["wang"].id and figures.top[0].served == 6
    assert [v.name for v in year_figures(session, 2026, top=2).top] == ["王𠮷", "黄瑜希"]


def test_one_teams_figures(session: Session) -> None:
    tree = served_year(session)
    figures = year_figures(session, 2026, team_id=tree["patrol"].id)
    assert figures.team == "治安巡逻服务队"
    assert (figures.totals.times, figures.totals.people) == (3, 2)
    assert [row.team for row in figures.teams] == ["治安巡逻服务队"]
    assert [v.name for v in figures.top] == ["黄瑜希", "李四"]
    empty = year_figures(session, 2024)
    assert empty.totals.times == 0 and empty.top == () and len(empty.months) == 12
    assert [row.people for row in empty.teams] == [0, 0]
