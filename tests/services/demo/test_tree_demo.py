"""The demo plants the tree of the domain brief on top of the ledger's demo."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member, PartnerUnit, PoliticalStatus, Resident, TeamMembership
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.tree.summary import tree_summary


def test_the_demo_tree(session: Session) -> None:
    fill_demo(session, households=400)
    summary = tree_summary(session)
    assert summary.organisation == "和平里社区党总支" and len(summary.branches) == 3
    assert len(summary.teams) == 9 and all(team.leader for team in summary.teams)
    members = session.scalars(select(Member)).all()
    in_service = [m for m in members if not m.retired and m.political_status != "masses"]
    assert 260 <= len(in_service) <= 280
    assert sum(m.dual_registered for m in in_service) > len(in_service) / 2
    retirees = [m for m in members if m.retired]
    assert 70 <= len(retirees) <= 80 and all(m.resident_id for m in retirees)
    linked = session.get(Resident, retirees[0].resident_id)
    assert linked is not None and linked.id_number == retirees[0].id_number
    assert sum(m.political_status == PoliticalStatus.MASSES.value for m in members) == 60
    places = session.scalar(select(func.count()).select_from(TeamMembership)) or 0
    serving = session.scalar(select(func.count(func.distinct(TeamMembership.member_id)))) or 0
    assert places > serving  # some serve in two teams
    assert 250 < places <= 400  # the whole tree fits one A1 poster
    assert session.scalar(select(func.count()).select_from(PartnerUnit)) == 5


def test_demo_replace_clears_the_tree_too(session: Session) -> None:
    fill_demo(session, households=50)
    fill_demo(session, households=50, replace=True)
    assert len(tree_summary(session).teams) == 9
