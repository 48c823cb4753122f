"""The tree at a glance: the organisation, its branches and its teams with their
member counts and leaders (``hearth-desk tree``), and each team's members on request."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership, TeamRole
from hearth_desk.services.tree.structure import ROLE_ORDER, branches, root_organisation, teams


@dataclass(frozen=True)
class TeamPerson:
    name: str
    role: str  # TeamRole code
    phone: str  # masked: the command line is not the poster


@dataclass(frozen=True)
class TeamLine:
    name: str
    members: int
    leader: str  # "" when the team has none
    people: tuple[TeamPerson, ...]  # only when asked for


@dataclass(frozen=True)
class BranchLine:
    name: str
    secretary: str
    members: int


@dataclass(frozen=True)
class TreeSummary:
    organisation: str  # "" until it is set
    secretary: str
    branches: tuple[BranchLine, ...]
    teams: tuple[TeamLine, ...]
    members: int  # everyone in the tree, in a team or not


def tree_summary(session: Session, *, with_people: bool = False) -> TreeSummary:
    root = root_organisation(session)
    per_branch = dict(
        session.execute(select(Member.branch_id, func.count()).group_by(Member.branch_id)).all()
    )
    return TreeSummary(
        organisation=root.name if root is not None else "",
        secretary=(root.secretary or "") if root is not None else "",
        branches=tuple(
            BranchLine(b.name, b.secretary or "", per_branch.get(b.id, 0))
            for b in branches(session)
        ),
        teams=tuple(_team_line(session, team, with_people) for team in teams(session)),
        members=session.scalar(select(func.count()).select_from(Member)) or 0,
    )


def _team_line(session: Session, team: ServiceTeam, with_people: bool) -> TeamLine:
    rows = session.execute(
        select(Member.name, TeamMembership.role, Member.phone, Member.search_key)
        .join(TeamMembership, TeamMembership.member_id == Member.id)
        .where(TeamMembership.team_id == team.id)
    ).all()
    # Leader, deputies, then members in pinyin order, as a team's list is read out.
    rows.sort(key=lambda row: (ROLE_ORDER.get(row.role, len(ROLE_ORDER)), row.search_key))
    leader = next((row.name for row in rows if row.role == TeamRole.LEADER.value), "")
    people = (
        tuple(TeamPerson(row.name, row.role, mask_phone(row.phone)) for row in rows)
        if with_people
        else ()
    )
    return TeamLine(team.name, len(rows), leader, people)
