"""A year of volunteer service for the demo tree, in the shape of the domain brief:
a few hundred people, thousands of 人次, tens of hours per active member (one branch's
45 party-member volunteers averaged 90 services and 35+ hours a year).

- Retired members serve most (60–130 times a year, mostly short: a patrol, a visit),
  volunteers who are not party members less, members in service a few times a month
  if they are in a team, a few times a year (双报到 service days) if not.
- Each does their team's kinds of service; visits, repairs and haircuts go to a few
  households of their own, the elderly's most.
- At events: the weekly volunteer activities' helpers are the events demo's, some with
  hours of their own (came late, stayed on); the monthly service days gain helpers
  from the teams whose stalls they ran.

Everything lies in the events demo's year and is written in bulk; the same seed writes
the same service.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    Event,
    EventHelper,
    EventKind,
    EventStall,
    Member,
    PoliticalStatus,
    Resident,
    ResidentStatus,
    ServiceRecord,
    ServiceTeam,
    TeamMembership,
)
from hearth_desk.services.demo.events import ACTOR, YEAR
from hearth_desk.services.demo.people import REFERENCE_DATE
from hearth_desk.services.volunteering.figures import counts_of
from hearth_desk.services.volunteering.service_items import service_items


@dataclass(frozen=True)
class Kind:
    what: str
    hours: tuple[str, ...]  # drawn from, as offices round them
    served: tuple[int, int]  # 人次, from–to
    at_home: bool = False  # for a household


KINDS: dict[str, tuple[Kind, ...]] = {
    "政策宣讲服务队": (
        Kind("政策入户宣讲", ("0.5", "0.5", "1.0"), (1, 3), at_home=True),
        Kind("楼栋政策宣讲", ("1.0", "1.5"), (3, 10)),
    ),
    "环境整治服务队": (
        Kind("楼道清扫", ("0.5", "1.0", "1.0", "1.5"), (1, 4)),
        Kind("垃圾分类督导", ("0.5", "1.0"), (2, 6)),
        Kind("清理小广告", ("0.5",), (1, 3)),
    ),
    "医疗保健服务队": (
        Kind("上门测血压", ("0.5",), (1, 2), at_home=True),
        Kind("健康咨询", ("0.5", "1.0"), (2, 5)),
    ),
    "家电维修服务队": (
        Kind("上门维修家电", ("1.0", "1.5", "2.0"), (1, 1), at_home=True),
        Kind("疏通下水道", ("0.5", "1.0"), (1, 1), at_home=True),
        Kind("更换灯泡", ("0.3", "0.5"), (1, 1), at_home=True),
    ),
    "党员老妈妈服务队": (
        Kind("看望独居老人", ("0.5", "0.5", "1.0"), (1, 1), at_home=True),
        Kind("陪老人聊天", ("0.5", "1.0"), (1, 2), at_home=True),
        Kind("代买代办", ("0.5",), (1, 1), at_home=True),
    ),
    "爱心理发服务队": (Kind("上门理发", ("0.5", "1.0"), (1, 2), at_home=True),),
    "治安巡逻服务队": (
        Kind("治安巡逻", ("0.5", "1.0"), (1, 4)),
        Kind("夜间巡逻", ("1.0", "1.5"), (1, 4)),
        Kind("反诈宣传入户", ("0.5",), (1, 3), at_home=True),
    ),
    "调解纠纷服务队": (
        Kind("调解邻里纠纷", ("1.0", "1.5", "2.0"), (2, 4)),
        Kind("物业纠纷协调", ("1.0", "2.0"), (2, 4)),
    ),
    "文体活动服务队": (
        Kind("带练广场舞", ("1.0", "1.5"), (3, 8)),
        Kind("合唱排练", ("1.5", "2.0"), (2, 6)),
    ),
}
# Members in service in no team come to the community's service days (双报到).
WITHOUT_TEAM = (
    Kind("在职党员进社区服务", ("1.0", "2.0"), (2, 6)),
    Kind("文明劝导", ("1.0",), (2, 6)),
)
OWN_HOURS = ("1.0", "1.5", "2.5", "3.0")  # came late or stayed on
OWN_HOURS_SHARE = 0.12
ELDERLY = 70  # households with someone this old are visited


@dataclass(frozen=True)
class VolunteeringDemoSummary:
    records: int  # service records written (besides helping at events)
    people: int  # who served
    times: int  # 次数, events and records
    hours: Decimal
    served: int  # 人次
    average_hours: Decimal


def fill_volunteering_demo(session: Session, *, seed: int = 1) -> VolunteeringDemoSummary:
    """Write the year's service (after the tree's and the events' demos)."""
    rng = random.Random(seed + 31)
    teams_of = _teams_of_members(session)
    _service_day_helpers(session, rng, teams_of)
    _own_hours(session, rng)
    homes, elderly_homes = _households(session)
    rows = []
    for member_id, retired, masses in session.execute(
        select(Member.id, Member.retired, Member.political_status).order_by(Member.id)
    ):
        teams = teams_of.get(member_id, [])
        kinds = [kind for team in teams for kind in KINDS.get(team, ())] or list(WITHOUT_TEAM)
        times = _times_a_year(rng, bool(retired), masses == PoliticalStatus.MASSES.value, teams)
        own_homes = rng.sample(elderly_homes, min(len(elderly_homes), rng.randint(3, 6)))
        for _ in range(times):
            rows.append(_record(rng, member_id, rng.choice(kinds), own_homes, homes))
    if rows:
        session.execute(insert(ServiceRecord.__table__), rows)
    counts = counts_of(service_items(session, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)))
    return VolunteeringDemoSummary(len(rows), counts.people, counts.times, counts.hours,
                                   counts.served, counts.average_hours)  # fmt: skip


def _times_a_year(rng: random.Random, retired: bool, masses: bool, teams: list[str]) -> int:
    if retired:
        return rng.randint(60, 130)
    if masses:
        return rng.randint(20, 70) if teams else rng.randint(2, 10)
    return rng.randint(6, 30) if teams else rng.randint(1, 5)


def _record(
    rng: random.Random, member_id: int, kind: Kind, own_homes: list[int], homes: list[int]
) -> dict[str, object]:
    day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
    home = None
    if kind.at_home and (own_homes or homes):
        # Mostly the elderly they look after; now and then anyone who asked.
        home = rng.choice(own_homes) if own_homes and rng.random() < 0.8 else rng.choice(homes)
    return {
        "member_id": member_id,
        "date": day,
        "hours": Decimal(rng.choice(kind.hours)),
        "what": kind.what,
        "household_id": home,
        "served": rng.randint(*kind.served),
        "entered_by": ACTOR,
        "entered_at": dt.datetime.combine(day, dt.time(17, 30)),
    }


def _teams_of_members(session: Session) -> dict[int, list[str]]:
    teams: dict[int, list[str]] = {}
    for member_id, name in session.execute(
        select(TeamMembership.member_id, ServiceTeam.name)
        .join(ServiceTeam, ServiceTeam.id == TeamMembership.team_id)
        .order_by(TeamMembership.member_id, ServiceTeam.sort_order)
    ):
        teams.setdefault(member_id, []).append(name)
    return teams


def _households(session: Session) -> tuple[list[int], list[int]]:
    """Every household with someone living there, and those with someone of 70 or over."""
    cutoff = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - ELDERLY)
    homes: set[int] = set()
    elderly: set[int] = set()
    for household_id, birth in session.execute(
        select(Resident.household_id, Resident.birth_date).where(
            Resident.status == ResidentStatus.LIVING.value
        )
    ):
        homes.add(household_id)
        if birth is not None and birth <= cutoff:
            elderly.add(household_id)
    return sorted(homes), sorted(elderly)


def _service_day_helpers(
    session: Session, rng: random.Random, teams_of: dict[int, list[str]]
) -> None:
    """Members of the teams whose stalls a service day had help at it."""
    crews: dict[str, list[int]] = {}
    for member_id, teams in sorted(teams_of.items()):
        for team in teams:
            crews.setdefault(team, []).append(member_id)
    helpers: dict[tuple[int, int], dict[str, object]] = {}
    for event_id, unit in session.execute(
        select(EventStall.event_id, EventStall.unit_name)
        .join(Event, Event.id == EventStall.event_id)
        .where(Event.kind == EventKind.SERVICE_DAY.value)
        .order_by(EventStall.event_id, EventStall.sort_order)
    ):
        crew = crews.get(unit, [])
        for member_id in rng.sample(crew, min(len(crew), rng.randint(3, 5))):
            helpers[(event_id, member_id)] = {"event_id": event_id, "member_id": member_id}
    if helpers:
        session.execute(insert(EventHelper.__table__), list(helpers.values()))


def _own_hours(session: Session, rng: random.Random) -> None:
    """Some helpers at the volunteer activities came late or stayed on."""
    pairs = session.execute(
        select(EventHelper.event_id, EventHelper.member_id)
        .join(Event, Event.id == EventHelper.event_id)
        .where(Event.kind == EventKind.VOLUNTEER.value)
        .order_by(EventHelper.event_id, EventHelper.member_id)
    ).all()
    changed = [
        {"event_id": event_id, "member_id": member_id, "hours": Decimal(rng.choice(OWN_HOURS))}
        for event_id, member_id in pairs
        if rng.random() < OWN_HOURS_SHARE
    ]
    if changed:
        session.execute(update(EventHelper), changed)
