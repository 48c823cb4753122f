"""The household card learns which residents are in the tree, with their teams."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.tree_links import tree_places


def test_linked_members_and_their_teams(session: Session) -> None:
    fill_demo(session, households=150)
    linked = session.scalars(select(Member).where(Member.resident_id.is_not(None))).all()
    assert linked
    ids = [m.resident_id for m in linked if m.resident_id is not None]
    places = tree_places(session, [*ids, 999_999])
    assert set(places) == set(ids)
    first = places[ids[0]]
    assert first.political_status == "member" and first.teams
