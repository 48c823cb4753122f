"""Which residents are in the connected-heart tree, for the household card.

Read through the shared models, not the tree's services: the tree reads the ledger,
never the other way round. A member is linked to their resident record by ID number
(``services/tree/members.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership


@dataclass(frozen=True)
class TreePlace:
    political_status: str  # PoliticalStatus code
    teams: tuple[tuple[str, str], ...]  # (team, TeamRole code), in the teams' order


def tree_places(session: Session, resident_ids: Sequence[int]) -> dict[int, TreePlace]:
    """The tree's entry of each of ``resident_ids`` that is a member."""
    members = {
        member_id: (resident_id, status)
        for member_id, resident_id, status in session.execute(
            select(Member.id, Member.resident_id, Member.political_status).where(
                Member.resident_id.in_(list(resident_ids))
            )
        )
    }
    teams: dict[int, list[tuple[int, str, str]]] = {}
    if members:
        for member_id, order, name, role in session.execute(
            select(TeamMembership.member_id, ServiceTeam.sort_order, ServiceTeam.name,
                   TeamMembership.role)
            .join(ServiceTeam, TeamMembership.team_id == ServiceTeam.id)
            .where(TeamMembership.member_id.in_(list(members)))
        ):  # fmt: skip
            teams.setdefault(member_id, []).append((order, name, role))
    return {
        resident_id: TreePlace(
            status, tuple((name, role) for _order, name, role in sorted(teams.get(member_id, [])))
        )
        for member_id, (resident_id, status) in members.items()
    }
