"""A service team's page: the teams with their counts and leaders, one team's members
with their roles, and joining a team without touching a role already held.

``structure.place_in_team`` sets a role; joining from a search must not, because
adding the leader again as a 队员 would quietly demote them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership, TeamRole
from hearth_desk.services.tree.structure import ROLE_ORDER, place_in_team, teams


@dataclass(frozen=True)
class TeamMemberRow:
    member_id: int
    name: str
    role: str  # TeamRole code
    work_unit: str
    phone_masked: str


@dataclass(frozen=True)
class TeamEntry:
    """One team as the list and the team's header show it."""

    id: int
    name: str
    purpose: str
    promise: str
    members: int
    leader: str  # "" when the team has none
    colour: str = "#2E7D32"  # the team's branch on the poster


def team_members(session: Session, team_id: int) -> list[TeamMemberRow]:
    """The team's members: the leader, the deputies, then the members in pinyin order."""
    rows = session.execute(
        select(Member.id, Member.name, TeamMembership.role, Member.work_unit, Member.phone,
               Member.search_key)
        .join(TeamMembership, TeamMembership.member_id == Member.id)
        .where(TeamMembership.team_id == team_id)
    ).all()  # fmt: skip
    rows.sort(key=lambda row: (ROLE_ORDER.get(row.role, len(ROLE_ORDER)), row.search_key, row.id))
    return [
        TeamMemberRow(row.id, row.name, row.role, row.work_unit or "", mask_phone(row.phone))
        for row in rows
    ]


def team_entries(session: Session) -> list[TeamEntry]:
    """Every team in the tree's order, with its member count and leader."""
    entries = []
    for team in teams(session):
        people = team_members(session, team.id)
        leader = next((p.name for p in people if p.role == TeamRole.LEADER.value), "")
        entries.append(_entry(team, len(people), leader))
    return entries


def _entry(team: ServiceTeam, members: int, leader: str) -> TeamEntry:
    return TeamEntry(
        team.id, team.name, team.purpose or "", team.promise or "", members, leader, team.colour
    )


def join_team(session: Session, member_id: int, team_id: int) -> bool:
    """Add the member to the team as a 队员; False (and nothing changes) when they are
    in it already, whatever their role there."""
    if session.get(TeamMembership, (member_id, team_id)) is not None:
        return False
    place_in_team(session, member_id, team_id, TeamRole.MEMBER)
    return True
