"""Trees for tests and benches: rows built straight with the models, and plain
``PosterData`` of any size (the services that write the tree are not ours to use)."""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from hearth_desk.domain.models.tree import (
    Member,
    Organisation,
    OrganisationKind,
    ServiceTeam,
    TeamMembership,
)
from hearth_desk.services.tree.printouts import Branch, Leaf, PosterData

TEAM_NAMES = (
    "政策宣讲服务队",
    "环境整治服务队",
    "医疗保健服务队",
    "家电维修服务队",
    "党员老妈妈服务队",
    "理发服务队",
    "治安巡逻服务队",
    "调解纠纷服务队",
    "助老服务队",
)
COLOURS = (
    "#2E7D32",
    "#C62828",
    "#1565C0",
    "#EF6C00",
    "#6A1B9A",
    "#00838F",
    "#AD1457",
    "#558B2F",
    "#4E342E",
)
UNITS = (
    "和平里医院",
    "东城区人民法院",
    "北京市第六中学",
    "和平里派出所",
    "退休",
    "社区卫生服务中心",
    "北京东方物业",
    "中国银行和平里支行",
    "国家电网东城供电公司",
    "",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
RARE_NAME = "王𠮷"  # 𠮷 is outside the BMP and only in the Kai faces


def organisation(session: Session, name: str = "和平里社区党总支", branches: int = 3) -> None:
    root = Organisation(kind=OrganisationKind.GENERAL_BRANCH, name=name, sort_order=0)
    session.add(root)
    session.flush()
    for number in range(branches, 0, -1):  # added backwards: sort_order decides
        session.add(
            Organisation(
                kind=OrganisationKind.BRANCH,
                name=f"第{'一二三四五'[number - 1]}党支部",
                parent_id=root.id,
                sort_order=number,
            )
        )
    session.flush()


def team(
    session: Session, name: str, members: list[tuple[str, str]], *, sort_order: int = 0
) -> ServiceTeam:
    """A team with ``members`` as (name, role); phones and units made up from the name."""
    row = ServiceTeam(name=name, colour=COLOURS[sort_order % len(COLOURS)], sort_order=sort_order)
    session.add(row)
    session.flush()
    for index, (member_name, role) in enumerate(members):
        member = Member(
            name=member_name,
            gender="F" if index % 2 else "M",
            phone=f"1391234{index:04d}",
            work_unit=UNITS[index % len(UNITS)],
        )
        session.add(member)
        session.flush()
        session.add(TeamMembership(member_id=member.id, team_id=row.id, role=role))
    session.flush()
    return row


def person_name(rnd: random.Random) -> str:
    return rnd.choice(SURNAMES) + "".join(
        rnd.choice(GIVEN) for _ in range(2 if rnd.random() < 0.6 else 1)
    )


def phone(rnd: random.Random) -> str:
    return "1" + rnd.choice("3589") + "".join(rnd.choice("0123456789") for _ in range(9))


def poster_of(
    leaves: int = 400, teams: int = 9, *, seed: int = 1, rare_name: bool = True
) -> PosterData:
    """A tree of ``leaves`` members over ``teams`` teams of uneven size, as PosterData."""
    rnd = random.Random(seed)
    weights = [1 + (teams - number) * 0.08 for number in range(teams)]
    sizes = [int(leaves * weight / sum(weights)) for weight in weights]
    sizes[0] += leaves - sum(sizes)
    branches = []
    for number, size in enumerate(sizes):
        members = [
            Leaf(
                name=person_name(rnd),
                work_unit=rnd.choice(UNITS),
                phone=phone(rnd),
                role="leader" if index == 0 else "deputy" if index == 1 else "member",
            )
            for index in range(size)
        ]
        if rare_name and number == 0 and len(members) > 2:
            members[2] = Leaf(RARE_NAME, "和平里医院", "13800138000", "member")
        branches.append(
            Branch(
                name=TEAM_NAMES[number % len(TEAM_NAMES)] + ("" if number < 9 else str(number)),
                colour=COLOURS[number % len(COLOURS)],
                leader=members[0].name if members else "",
                promise="",
                leaves=tuple(members),
            )
        )
    return PosterData(
        heading="北京市东城区和平里街道和平里社区",
        organisation="和平里社区党总支",
        branches_of_party=("第一党支部", "第二党支部", "第三党支部"),
        branches=tuple(branches),
        residents=7340,
        households=2876,
    )


def plant(session: Session, data: PosterData) -> None:
    """Store the tree ``data`` describes (organisation, teams, members), as a benchmark
    or a command-line test needs it in the store rather than as plain data."""
    organisation(session, data.organisation, len(data.branches_of_party))
    for number, branch in enumerate(data.branches):
        row = ServiceTeam(name=branch.name, colour=branch.colour, sort_order=number)
        session.add(row)
        session.flush()
        for leaf in branch.leaves:
            member = Member(name=leaf.name, gender="M", phone=leaf.phone, work_unit=leaf.work_unit)
            session.add(member)
            session.flush()
            session.add(TeamMembership(member_id=member.id, team_id=row.id, role=leaf.role))
    session.flush()
