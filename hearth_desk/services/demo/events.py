"""A past year of events for the demo community, as an office runs them.

- A service day (便民服务日) each month with four to six stalls of partner units and
  of our own teams, counted in 人次 (mostly tallies, some named residents).
- A volunteer activity each week, run by one team, with its members as helpers.
- Talks with seats, some overfull so that their waiting lists show.
- A few cultural activities.
Sign-ups and check-ins come from the ledger's living residents, the elderly three
times as often; about one in eight signed up does not come (未到). Everything lies in
the year before ``REFERENCE_DATE``, so the same seed writes the same events.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    Event,
    EventHelper,
    EventKind,
    EventStall,
    EventStatus,
    PartnerUnit,
    Resident,
    ResidentStatus,
    ServiceTeam,
    Signup,
    SignupStatus,
    StallService,
    TeamMembership,
)
from hearth_desk.services.demo.people import REFERENCE_DATE

YEAR = REFERENCE_DATE.year - 1
ACTOR = "演示数据"
# (unit, service): stalls a service day draws from; partner units by their demo names.
PARTNER_STALLS = (
    ("和平里社区卫生服务中心", "测血压血糖"),
    ("和平里社区卫生服务中心", "中医推拿义诊"),
    ("北京市和平里第四小学", "少儿书法体验"),
    ("和平里派出所", "反诈宣传"),
    ("和平里物业服务有限公司", "疏通下水道"),
    ("和平里物业服务有限公司", "换锁修锁"),
    ("国网北京东城供电公司", "家用电器安全检查"),
)
TEAM_STALLS = (
    ("爱心理发服务队", "义务理发"),
    ("家电维修服务队", "家电维修"),
    ("医疗保健服务队", "用药咨询"),
    ("党员老妈妈服务队", "独居老人保洁"),
)
VOLUNTEER_WORK = (
    ("环境整治服务队", "楼道清理"),
    ("环境整治服务队", "垃圾分类督导"),
    ("治安巡逻服务队", "夜间治安巡逻"),
    ("党员老妈妈服务队", "看望独居老人"),
    ("调解纠纷服务队", "邻里纠纷调解日"),
)
TALKS = (
    "防范电信诈骗讲座", "老年人用药安全讲座", "垃圾分类知识讲座", "医保新政策解读",
    "冬季防火安全讲座", "智能手机使用课堂", "健康饮食讲座", "法律援助讲座",
    "心脑血管疾病预防讲座", "家庭急救知识讲座",
)  # fmt: skip
CULTURE = ("春节联欢会", "重阳节文艺演出", "社区合唱比赛", "广场舞展演")
PLACES = ("社区党群服务中心二楼活动室", "社区广场", "和平里一区小花园", "社区会议室")


@dataclass(frozen=True)
class EventsDemoSummary:
    events: int
    signups: int
    served: int  # 人次 at the stalls


@dataclass
class _Rows:
    events: list[dict[str, object]]
    stalls: list[dict[str, object]]
    signups: list[dict[str, object]]
    services: list[dict[str, object]]
    helpers: list[dict[str, object]]


def fill_events_demo(session: Session, *, seed: int = 1) -> EventsDemoSummary:
    rng = random.Random(seed + 21)
    people = _weighted_residents(session)
    partners = dict(session.execute(select(PartnerUnit.name, PartnerUnit.id)).all())
    teams = dict(session.execute(select(ServiceTeam.name, ServiceTeam.id)).all())
    members: dict[int, list[int]] = {}
    for member_id, team_id in session.execute(
        select(TeamMembership.member_id, TeamMembership.team_id)
    ):
        members.setdefault(team_id, []).append(member_id)
    rows = _Rows([], [], [], [], [])
    next_id = _Ids()
    for month in range(1, 13):
        _service_day(rng, rows, next_id, month, people, partners)
    for week in range(52):
        _volunteer_activity(rng, rows, next_id, week, teams, members)
    for number, title in enumerate(TALKS):
        _with_signups(rng, rows, next_id, title, EventKind.TALK,
                      dt.date(YEAR, 1 + number, rng.randint(8, 25)), people,
                      capacity=rng.choice((30, 40, 50, 60)))  # fmt: skip
    for number, title in enumerate(CULTURE):
        _with_signups(rng, rows, next_id, title, EventKind.CULTURE,
                      dt.date(YEAR, (1, 10, 6, 8)[number], rng.randint(5, 25)), people,
                      capacity=None)  # fmt: skip
    for model, batch in ((Event, rows.events), (EventStall, rows.stalls),
                         (Signup, rows.signups), (StallService, rows.services),
                         (EventHelper, rows.helpers)):  # fmt: skip
        if batch:
            session.execute(insert(model.__table__), batch)
    served = sum(int(row["count"]) for row in rows.services)  # type: ignore[call-overload]
    return EventsDemoSummary(len(rows.events), len(rows.signups), served)


class _Ids:
    """Ids handed out here, so that rows can refer to each other before the insert."""

    def __init__(self) -> None:
        self.counters: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        self.counters[table] = self.counters.get(table, 0) + 1
        return self.counters[table]


def _weighted_residents(session: Session) -> list[int]:
    """Living residents' ids, the elderly (60 and over) three times each."""
    cutoff = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 60)
    weighted: list[int] = []
    for resident_id, birth in session.execute(
        select(Resident.id, Resident.birth_date)
        .where(Resident.status == ResidentStatus.LIVING.value)
        .order_by(Resident.id)
    ):
        weighted.extend([resident_id] * (3 if birth is not None and birth <= cutoff else 1))
    return weighted


def _event(rows: _Rows, next_id: _Ids, **columns: object) -> int:
    event_id = next_id("event")
    rows.events.append({"id": event_id, "status": EventStatus.FINISHED.value,
                        "capacity": None, "team_id": None, "signup_deadline": None,
                        "notice": None, "contact_name": None, "contact_phone": None,
                        **columns})  # fmt: skip
    return event_id


def _service_day(
    rng: random.Random,
    rows: _Rows,
    next_id: _Ids,
    month: int,
    people: list[int],
    partners: dict[str, int],
) -> None:
    """Our teams' stalls are named by the team, as the poster names them."""
    day = _saturday(dt.date(YEAR, month, 15))
    event_id = _event(rows, next_id, title=f"{month}月便民服务日", kind=EventKind.SERVICE_DAY.value,
                      date=day, start_time=dt.time(14, 0), end_time=dt.time(17, 0),
                      place="社区广场")  # fmt: skip
    chosen = rng.sample(PARTNER_STALLS, rng.randint(2, 4)) + rng.sample(TEAM_STALLS, 2)
    for order, (unit, service) in enumerate(chosen):
        stall_id = next_id("event_stall")
        rows.stalls.append({"id": stall_id, "event_id": event_id, "unit_name": unit,
                            "service": service, "sort_order": order,
                            "partner_id": partners.get(unit)})  # fmt: skip
        served_at = dt.datetime.combine(day, dt.time(16, 30))
        rows.services.append({"id": next_id("stall_service"), "stall_id": stall_id,
                              "count": rng.randint(18, 60), "resident_id": None,
                              "served_at": served_at, "entered_by": ACTOR})  # fmt: skip
        for resident_id in rng.sample(people, rng.randint(0, 4)):  # some named
            rows.services.append({"id": next_id("stall_service"), "stall_id": stall_id,
                                  "count": 1, "resident_id": resident_id,
                                  "served_at": served_at, "entered_by": ACTOR})  # fmt: skip
    _come(rng, rows, next_id, event_id, day, people, rng.randint(20, 45), None)


def _volunteer_activity(
    rng: random.Random,
    rows: _Rows,
    next_id: _Ids,
    week: int,
    teams: dict[str, int],
    members: dict[int, list[int]],
) -> None:
    team, work = VOLUNTEER_WORK[week % len(VOLUNTEER_WORK)]
    day = dt.date(YEAR, 1, 4) + dt.timedelta(weeks=week)
    team_id = teams.get(team)
    event_id = _event(rows, next_id, title=work, kind=EventKind.VOLUNTEER.value, date=day,
                      start_time=dt.time(9, 0), end_time=dt.time(11, 0),
                      place=rng.choice(PLACES[1:]), team_id=team_id)  # fmt: skip
    crew = members.get(team_id or -1, [])
    for member_id in rng.sample(crew, min(len(crew), rng.randint(6, 15))):
        rows.helpers.append({"event_id": event_id, "member_id": member_id})


def _with_signups(
    rng: random.Random,
    rows: _Rows,
    next_id: _Ids,
    title: str,
    kind: EventKind,
    day: dt.date,
    people: list[int],
    capacity: int | None,
) -> None:
    event_id = _event(rows, next_id, title=title, kind=kind.value, date=day,
                      start_time=dt.time(14, 30), end_time=dt.time(16, 0),
                      place=rng.choice(PLACES), capacity=capacity,
                      signup_deadline=day - dt.timedelta(days=1))  # fmt: skip
    wanted = int((capacity or 60) * rng.uniform(0.6, 1.35))
    _come(rng, rows, next_id, event_id, day, people, wanted, capacity, signed_up=True)


def _come(
    rng: random.Random,
    rows: _Rows,
    next_id: _Ids,
    event_id: int,
    day: dt.date,
    people: list[int],
    count: int,
    capacity: int | None,
    *,
    signed_up: bool = False,
) -> None:
    """``count`` distinct residents sign up in turn (or just come, on a service day):
    seats first, then the waiting list; most with a seat come, a few do not."""
    gap = 7 if signed_up else 1  # minutes between sign-ups, or between arrivals
    chosen = list(dict.fromkeys(rng.sample(people, min(count * 2, len(people)))))[:count]
    # Sign-up opens a week ahead; on a service day people simply come that afternoon.
    start = dt.datetime.combine(day - dt.timedelta(days=7 if signed_up else 0),
                                dt.time(9 if signed_up else 14, 0))  # fmt: skip
    for place, resident_id in enumerate(chosen):
        seat = place + 1 if capacity is None or place < capacity else None
        if seat is None:
            status = SignupStatus.WAITING.value
        elif not signed_up or rng.random() < 0.88:
            status = SignupStatus.CHECKED_IN.value
        else:
            status = SignupStatus.ABSENT.value
        rows.signups.append({
            "id": next_id("event_signup"), "event_id": event_id, "resident_id": resident_id,
            "walk_in_name": None, "walk_in_phone": None, "status": status,
            "seat": seat if capacity is not None else None,
            "queued_at": start + dt.timedelta(minutes=gap * place),
            "entered_by": ACTOR,
            "on_site": False,  # 现场 is coming to a full event, which the demo's do not
            "checked_in_at": dt.datetime.combine(day, dt.time(14, 20))
            if status == SignupStatus.CHECKED_IN.value else None,
        })  # fmt: skip


def _saturday(near: dt.date) -> dt.date:
    return near + dt.timedelta(days=(5 - near.weekday()) % 7)
