"""Gathering the wall poster's plain data (``PosterData``) from the store.

The poster is drawn by ``reports.tree.poster`` without a session; everything it shows
is read here in one pass: the organisation (root and its 党支部), the teams in the
office's order with their members (leaders, deputies, then members by name), and the
residents and households the soil stands for (``services.population``, the one
definition of who lives here).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models.tree import (
    Member,
    ServiceTeam,
    TeamMembership,
    TeamRole,
)
from hearth_desk.services.community import community_heading
from hearth_desk.services.population import population
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree import structure
from hearth_desk.services.tree.printouts import Branch, Leaf, PosterData, TreeChoice
from hearth_desk.services.tree.structure import ROLE_ORDER


def poster_data(
    session: Session, team_id: int | None = None, progress: Progress | None = None
) -> PosterData:
    """What the poster shows: every team, or only ``team_id`` for one poster per team."""
    query = select(ServiceTeam).order_by(ServiceTeam.sort_order, ServiceTeam.name)
    if team_id is not None:
        query = query.where(ServiceTeam.id == team_id)
    teams = session.scalars(query).all()
    leaves: dict[int, list[tuple[int, str, int, Leaf]]] = defaultdict(list)
    rows = session.execute(
        select(TeamMembership.team_id, TeamMembership.role, Member)
        .join(Member, Member.id == TeamMembership.member_id)
        .where(TeamMembership.team_id.in_([team.id for team in teams]))
    ).all()
    for team, role, member in rows:
        leaf = Leaf(
            name=member.name,
            work_unit=member.work_unit or "",
            phone=member.phone or "",
            role=role,
            member_id=member.id,
        )
        # Leaders, deputies, then members in pinyin order; namesakes as they were added.
        leaves[team].append((ROLE_ORDER.get(role, 3), member.search_key, member.id, leaf))
    branches = []
    for team in teams:
        ordered = tuple(leaf for *_order, leaf in sorted(leaves[team.id]))
        leader = next((leaf.name for leaf in ordered if leaf.role == TeamRole.LEADER), "")
        branches.append(
            Branch(
                name=team.name,
                colour=team.colour,
                leader=leader,
                promise=team.promise or "",
                leaves=ordered,
            )
        )
    root = structure.root_organisation(session)
    counted = population(session)
    return PosterData(
        heading=community_heading(session),
        organisation=root.name if root is not None else "",
        branches_of_party=tuple(b.name for b in structure.branches(session)),
        branches=tuple(branches),
        residents=counted.residents,
        households=counted.households,
    )


def poster_for(
    session: Session, choice: TreeChoice, progress: Progress | None = None
) -> PosterData:
    """``poster_data`` for what the user chose (the printout catalogue's call): every
    team, or one team for one poster per team."""
    return poster_data(session, choice.team_id, progress)
