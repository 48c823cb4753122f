"""A small connected-heart tree built straight from the models: an organisation, two
teams and members, one of them in both teams and one with a rare character."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import (
    Gender,
    Member,
    Organisation,
    OrganisationKind,
    ServiceTeam,
    TeamMembership,
    TeamRole,
)
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services.community import set_community

HUANG_ID = make_id_number("110101", dt.date(1958, 5, 6), 22, Gender.FEMALE)
RARE_NAME = "王𠮷"


def member(session: Session, name: str, **fields: Any) -> Member:
    fields.setdefault("gender", "M")
    row = Member(name=name, search_key=name_search_key(name), **fields)
    session.add(row)
    session.flush()
    return row


def team(session: Session, name: str, order: int, promise: str = "") -> ServiceTeam:
    row = ServiceTeam(name=name, sort_order=order, promise=promise)
    session.add(row)
    session.flush()
    return row


def place(session: Session, who: Member, where: ServiceTeam, role: TeamRole) -> None:
    session.add(TeamMembership(member_id=who.id, team_id=where.id, role=role.value))
    session.flush()


def small_tree(session: Session) -> dict[str, Any]:
    """和平里社区党总支 with one 党支部; 环境整治服务队 (first) and 治安巡逻服务队;
    黄瑜希 leads the first and patrols in the second, 王𠮷 and 李四 serve in one each,
    赵六 is in no team."""
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    root = Organisation(kind=OrganisationKind.GENERAL_BRANCH.value, name="和平里社区党总支")
    session.add(root)
    session.flush()
    branch = Organisation(
        kind=OrganisationKind.BRANCH.value, name="第一党支部", parent_id=root.id, sort_order=1
    )
    session.add(branch)
    session.flush()
    clean = team(session, "环境整治服务队", 1, "小区干净整洁，有事随叫随到")
    patrol = team(session, "治安巡逻服务队", 2, "守护平安，夜夜巡逻")
    huang = member(
        session,
        "黄瑜希",
        gender="F",
        birth_date=dt.date(1958, 5, 6),
        id_number=HUANG_ID,
        phone="13812345678",
        join_date=dt.date(1982, 7, 1),
        branch_id=branch.id,
        work_unit="和平里医院",
        retired=True,
        dual_registered=True,
    )
    wang = member(session, RARE_NAME, phone="13900001111", work_unit="东城区第一中学")
    li = member(session, "李四", phone="13700002222", political_status="masses")
    zhao = member(session, "赵六", phone="13600003333")
    place(session, huang, clean, TeamRole.LEADER)
    place(session, huang, patrol, TeamRole.MEMBER)
    place(session, wang, clean, TeamRole.MEMBER)
    place(session, li, patrol, TeamRole.DEPUTY)
    return {"clean": clean, "patrol": patrol, "huang": huang, "wang": wang, "li": li, "zhao": zhao}
