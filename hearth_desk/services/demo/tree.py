"""Demo data for the connected-heart tree, in the shape of the domain brief.

One 党总支 with three 党支部; the nine teams a real community runs, each with a leader
and a deputy; about 270 members in service (most of them 双报到 with their
workplace's party organisation), about 80 retirees who live here and are linked to
their resident records, about 60 volunteers who are not party members; some people
in two teams; five partner units. Deterministic for a seed, like the ledger's demo.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    HEAD_RELATION,
    Gender,
    Member,
    OrganisationKind,
    PartnerKind,
    PoliticalStatus,
    Resident,
    ResidentStatus,
    TeamRole,
)
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services.demo.people import REFERENCE_DATE, WORK_UNITS, PeopleMaker
from hearth_desk.services.demo.people import Member as Person
from hearth_desk.services.tree.structure import (
    add_branch,
    add_partner,
    add_team,
    place_in_team,
    set_organisation,
)

ORGANISATION = ("和平里社区党总支", "周建华")
BRANCHES = (("第一党支部", "李淑珍"), ("第二党支部", "王振国"), ("第三党支部", "张丽萍"))

# name, what it does, its promise, its colour on the poster
TEAMS = (
    (
        "政策宣讲服务队",
        "向居民讲解惠民政策、养老医保新规",
        "政策讲到家门口，疑问解在第一线",
        "#C62828",
    ),
    ("环境整治服务队", "楼道清理、垃圾分类督导、小区绿化", "小区是我家，清洁靠大家", "#2E7D32"),
    ("医疗保健服务队", "量血压测血糖、健康讲座、用药咨询", "小病早发现，健康送上门", "#1565C0"),
    ("家电维修服务队", "为老年人和困难家庭免费维修家电", "一个电话，上门就修", "#EF6C00"),
    ("党员老妈妈服务队", "看望独居老人、陪伴聊天、帮办小事", "老姐妹的事，就是我们的事", "#AD1457"),
    ("爱心理发服务队", "每月为高龄、行动不便老人上门理发", "剪去烦恼，留下温暖", "#6A1B9A"),
    ("治安巡逻服务队", "夜间巡逻、防火防盗、反诈宣传", "守护平安，从每一栋楼开始", "#37474F"),
    ("调解纠纷服务队", "邻里矛盾调解、物业纠纷协调", "小事不出社区，矛盾就地化解", "#00838F"),
    ("文体活动服务队", "组织合唱、广场舞、节日活动", "丰富生活，凝聚人心", "#F9A825"),
)

PARTNERS = (
    ("和平里社区卫生服务中心", PartnerKind.HOSPITAL, "刘医生", "010-64211200",
     "每月义诊，测血压血糖，家庭医生签约", dt.date(2016, 3, 1)),
    ("北京市和平里第四小学", PartnerKind.SCHOOL, "陈老师", "010-64228810",
     "假期托管，学生志愿者进社区", dt.date(2018, 9, 1)),
    ("和平里派出所", PartnerKind.POLICE, "赵警官", "010-64275110",
     "反诈宣传，夜间联合巡逻", dt.date(2015, 6, 1)),
    ("和平里物业服务有限公司", PartnerKind.PROPERTY, "孙经理", "010-84223300",
     "楼道维修，管道疏通，换锁", dt.date(2017, 1, 1)),
    ("国网北京东城供电公司", PartnerKind.COMPANY, "钱工程师", "010-64229955",
     "用电安全检查，家电维修", dt.date(2019, 5, 1)),
)  # fmt: skip

WORKPLACE_ORGANISATIONS = (
    "国网北京东城供电公司党委", "东城区教育委员会机关党委", "中国化工集团公司直属党委",
    "北京地坛医院党委", "东城区和平里街道机关党委", "北京银行东城支行党支部",
    "中国建筑设计研究院党委", "北京和平里医院党委",
)  # fmt: skip
SKILLS = ("宣讲", "电工", "理发", "护理", "法律咨询", "摄影", "书法", "驾驶", "厨艺", "心理疏导")

IN_SERVICE, RETIREES, VOLUNTEERS = 270, 80, 60
TWO_TEAMS = 0.1  # a tenth of the people in teams serve in a second one
# Members in service are placed in teams by skill, not all of them (one community:
# 140+ of its 267); retirees and volunteers are there to serve. About 330 leaves:
# the whole tree fits one A1 poster.
IN_SERVICE_IN_TEAMS = 0.55


@dataclass(frozen=True)
class TreeDemoSummary:
    teams: int
    members: int
    places: int
    partners: int


def fill_tree_demo(session: Session, *, seed: int = 1) -> TreeDemoSummary:
    """Write the demo tree (after the ledger's demo, whose residents the retirees are)."""
    rng = random.Random(seed + 13)
    people = PeopleMaker(random.Random(seed + 14))
    set_organisation(session, ORGANISATION[0], kind=OrganisationKind.GENERAL_BRANCH,
                     secretary=ORGANISATION[1])  # fmt: skip
    branch_ids = [add_branch(session, name, secretary).id for name, secretary in BRANCHES]
    team_ids = [
        add_team(session, name, purpose=purpose, promise=promise, colour=colour).id
        for name, purpose, promise, colour in TEAMS
    ]
    members = (
        [_in_service(people, rng, branch_ids) for _ in range(IN_SERVICE)]
        + _retirees(session, rng, branch_ids)
        + [_volunteer(people, rng) for _ in range(VOLUNTEERS)]
    )
    session.add_all(members)
    session.flush()
    places = _assign_teams(session, rng, members, team_ids)
    for name, kind, contact, phone, offers, since in PARTNERS:
        add_partner(session, name, kind=kind, contact_name=contact, contact_phone=phone,
                    offers=offers, since=since)  # fmt: skip
    return TreeDemoSummary(len(team_ids), len(members), places, len(PARTNERS))


def _person(people: PeopleMaker, rng: random.Random, low: int, high: int) -> dict[str, object]:
    gender = Gender.MALE if rng.random() < 0.5 else Gender.FEMALE
    age = rng.randint(low, high)
    row = people.resident_row(Person(HEAD_RELATION, gender, age, people.surname()), 0, 0,
                              alone=False)  # fmt: skip
    return {
        "name": row["name"],
        "gender": row["gender"],
        "birth_date": row["birth_date"],
        "id_number": row["id_number"],
        "phone": row["phone"] or people.leader()[1],
        "search_key": name_search_key(str(row["name"])),
    }


def _join_date(rng: random.Random, birth: dt.date) -> dt.date:
    """Joined between 20 and 35, never after the demo's reference date."""
    joined = birth + dt.timedelta(days=int(rng.uniform(20, 35) * 365.25))
    return min(joined, REFERENCE_DATE - dt.timedelta(days=rng.randint(30, 400)))


def _in_service(people: PeopleMaker, rng: random.Random, branch_ids: list[int]) -> Member:
    person = _person(people, rng, 26, 58)
    dual = rng.random() < 0.85
    return Member(
        **person,
        political_status=(
            PoliticalStatus.PROBATIONARY if rng.random() < 0.04 else PoliticalStatus.MEMBER
        ).value,
        join_date=_join_date(rng, person["birth_date"]),  # type: ignore[arg-type]
        branch_id=branch_ids[0] if rng.random() < 0.7 else branch_ids[2],
        work_unit=rng.choice(WORK_UNITS),
        retired=False,
        dual_registered=dual,
        dual_organisation=rng.choice(WORKPLACE_ORGANISATIONS) if dual else None,
        skills=rng.choice(SKILLS) if rng.random() < 0.5 else None,
    )


def _retirees(session: Session, rng: random.Random, branch_ids: list[int]) -> list[Member]:
    """Retired party members who live here: residents of 60 to 85, linked by ID number."""
    born_after = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 85)
    born_before = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 60)
    candidates = session.execute(
        select(Resident.id, Resident.name, Resident.gender, Resident.birth_date,
               Resident.id_number, Resident.phone)
        .where(Resident.status == ResidentStatus.LIVING.value,
               Resident.id_number.is_not(None), Resident.phone.is_not(None),
               Resident.birth_date.between(born_after, born_before))
        .order_by(Resident.id)
    ).all()  # fmt: skip
    chosen = rng.sample(candidates, min(RETIREES, len(candidates)))
    return [
        Member(
            name=row.name,
            gender=row.gender,
            birth_date=row.birth_date,
            id_number=row.id_number,
            phone=row.phone,
            search_key=name_search_key(row.name),
            political_status=PoliticalStatus.MEMBER.value,
            join_date=_join_date(rng, row.birth_date),
            branch_id=branch_ids[1],
            work_unit="退休",
            retired=True,
            dual_registered=False,
            resident_id=row.id,
            skills=rng.choice(SKILLS) if rng.random() < 0.4 else None,
        )
        for row in chosen
    ]


def _volunteer(people: PeopleMaker, rng: random.Random) -> Member:
    person = _person(people, rng, 20, 70)
    return Member(
        **person,
        political_status=PoliticalStatus.MASSES.value,
        join_date=None,
        branch_id=None,
        work_unit=rng.choice(WORK_UNITS),
        retired=False,
        dual_registered=False,
        skills=rng.choice(SKILLS) if rng.random() < 0.6 else None,
    )


def _assign_teams(
    session: Session, rng: random.Random, members: list[Member], team_ids: list[int]
) -> int:
    """Retirees, volunteers and about half the members in service in one team, a tenth
    of them in a second; each team a leader and a deputy from its party members."""
    places: dict[int, list[Member]] = {team_id: [] for team_id in team_ids}
    count = 0
    serving = [
        m for m in members if m.retired or m.political_status == PoliticalStatus.MASSES.value
        or rng.random() < IN_SERVICE_IN_TEAMS
    ]  # fmt: skip
    for index, member in enumerate(serving):
        first = (
            team_ids[index % len(team_ids)] if index < len(team_ids) * 2 else rng.choice(team_ids)
        )
        chosen = [first]
        if rng.random() < TWO_TEAMS:
            chosen.append(rng.choice([t for t in team_ids if t != first]))
        for team_id in chosen:
            place_in_team(session, member.id, team_id)
            places[team_id].append(member)
            count += 1
    for team_id, team_members in places.items():
        party = [m for m in team_members if m.political_status != PoliticalStatus.MASSES.value]
        leader, deputy = rng.sample(party, 2)
        place_in_team(session, leader.id, team_id, TeamRole.LEADER)
        place_in_team(session, deputy.id, team_id, TeamRole.DEPUTY)
    return count
