"""A year's volunteer figures, as offices report them: the totals, by month, by team
and the top volunteers, each as 次数 (times served), 时长 (hours), 人次 (residents
served) and the people who served. The yearbook, the window's page and ``stats`` read
these plain rows; the sentences and charts made of them are theirs.

Counted from ``service_items`` (events and service records alike). Two rules to know
when reading them:

- A member in several teams counts in each of their teams' rows, with all their
  service: the office cannot tell which team a repair was for. So the team rows do
  NOT add up to the totals; the totals count each person and each service once.
- Narrowed to one team, every figure counts that team's members' service, wherever
  they served.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership
from hearth_desk.services.events.hours import TENTH, ZERO
from hearth_desk.services.volunteering.member_totals import MemberTotals, totals_of
from hearth_desk.services.volunteering.service_items import ServiceItem, service_items

TOP = 10  # top volunteers listed


@dataclass(frozen=True)
class Counts:
    times: int  # 次数: pieces of service
    hours: Decimal  # 时长
    served: int  # 人次
    people: int  # who served at least once
    average_hours: Decimal  # hours per person who served, to a tenth (0 when nobody)


@dataclass(frozen=True, kw_only=True)
class MonthRow(Counts):
    month: int  # 1–12; every month has its row, empty ones too


@dataclass(frozen=True, kw_only=True)
class TeamRow(Counts):
    team_id: int
    team: str  # its name
    members: int  # in the team, whether they served or not


@dataclass(frozen=True)
class TopVolunteer:
    rank: int  # from 1
    member_id: int
    name: str
    teams: tuple[str, ...]  # their teams' names, in the tree's order; () for none
    times: int
    hours: Decimal
    served: int


@dataclass(frozen=True)
class YearFigures:
    year: int
    team: str  # the team the figures are narrowed to, "" for the whole community
    totals: Counts
    months: tuple[MonthRow, ...]  # 12 rows, January first
    teams: tuple[TeamRow, ...]  # every team in the tree's order (only the one when narrowed)
    top: tuple[TopVolunteer, ...]  # by hours, then times, at most ``TOP``


def year_figures(
    session: Session, year: int, team_id: int | None = None, top: int = TOP
) -> YearFigures:
    """The figures of ``year``, for the community or (``team_id``) one team's members."""
    in_order = select(ServiceTeam.id, ServiceTeam.name).order_by(
        ServiceTeam.sort_order, ServiceTeam.id
    )
    teams = [(tid, name) for tid, name in session.execute(in_order)]
    places: dict[int, set[int]] = defaultdict(set)  # team → its members
    for member_id, place in session.execute(
        select(TeamMembership.member_id, TeamMembership.team_id)
    ):
        places[place].add(member_id)
    wanted = None if team_id is None else places[team_id]
    items = service_items(session, dt.date(year, 1, 1), dt.date(year, 12, 31), wanted)
    by_member: dict[int, list[ServiceItem]] = defaultdict(list)
    by_month: dict[int, list[ServiceItem]] = defaultdict(list)
    for item in items:
        by_member[item.member_id].append(item)
        by_month[item.date.month].append(item)
    shown = [(tid, name) for tid, name in teams if team_id is None or tid == team_id]
    return YearFigures(
        year=year,
        team=next((name for tid, name in teams if tid == team_id), ""),
        totals=counts_of(items),
        months=tuple(
            MonthRow(**_fields(counts_of(by_month[month])), month=month) for month in range(1, 13)
        ),
        teams=tuple(_team_row(tid, name, places[tid], by_member) for tid, name in shown),
        top=_top(session, by_member, teams, places, top),
    )


def counts_of(items: Iterable[ServiceItem]) -> Counts:
    items = list(items)
    hours = sum((item.hours for item in items), ZERO)
    people = len({item.member_id for item in items})
    average = (hours / people).quantize(TENTH) if people else ZERO
    return Counts(len(items), hours, sum(item.served for item in items), people, average)


def _team_row(
    team_id: int, name: str, members: set[int], by_member: dict[int, list[ServiceItem]]
) -> TeamRow:
    """All the service of the team's members (wherever else they serve too)."""
    counts = counts_of(item for member in members for item in by_member.get(member, ()))
    return TeamRow(**_fields(counts), team_id=team_id, team=name, members=len(members))


def _fields(counts: Counts) -> dict[str, object]:
    return {field.name: getattr(counts, field.name) for field in dataclasses.fields(Counts)}


def _top(
    session: Session,
    by_member: dict[int, list[ServiceItem]],
    teams: list[tuple[int, str]],
    places: dict[int, set[int]],
    count: int,
) -> tuple[TopVolunteer, ...]:
    """The ``count`` who served most hours, then most times; ties in pinyin order."""
    people = {
        member_id: (name, key)
        for member_id, name, key in session.execute(
            select(Member.id, Member.name, Member.search_key).where(Member.id.in_(list(by_member)))
        )
    }
    totals: list[MemberTotals] = [totals_of(m, items) for m, items in by_member.items()]
    totals.sort(
        key=lambda t: (-t.hours, -t.times, people.get(t.member_id, ("", ""))[1], t.member_id)
    )
    return tuple(
        TopVolunteer(
            rank, t.member_id, people.get(t.member_id, ("", ""))[0],
            tuple(name for tid, name in teams if t.member_id in places[tid]),
            t.times, t.hours, t.served,
        )
        for rank, t in enumerate(totals[:count], start=1)
    )  # fmt: skip
