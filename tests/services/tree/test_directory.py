"""The member directory: filters, rows read for the ids shown, and the ledger's search
rule over members (name, pinyin, initials, ID tail, phone digits, work unit)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member, PoliticalStatus, ServiceTeam
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.tree.directory import (
    MemberFilter,
    count_members,
    member_ids,
    member_rows,
    search_members,
)


def test_filters_rows_and_search(session: Session) -> None:
    fill_demo(session, households=300)
    everyone = member_ids(session)
    assert len(everyone) == count_members(session) > 300
    team = session.scalars(select(ServiceTeam).order_by(ServiceTeam.sort_order)).first()
    assert team is not None
    in_team = member_ids(session, MemberFilter(team_id=team.id))
    assert 0 < len(in_team) < len(everyone)
    retired = member_ids(session, MemberFilter(retired=True))
    volunteers = member_ids(session, MemberFilter(political_status=PoliticalStatus.MASSES))
    assert not set(retired) & set(volunteers)

    rows = member_rows(session, retired[:5], today=dt.date(2026, 11, 29))
    assert [row.id for row in rows] == retired[:5]
    assert all(row.address and row.retired and row.party_years for row in rows)
    assert all("*" in row.id_masked and "*" in row.phone_masked for row in rows)
    (one,) = member_rows(session, in_team[:1])
    assert team.name in [name for name, _role in one.teams]

    member = session.get(Member, everyone[0])
    assert member is not None and member.phone and member.id_number
    by_name = search_members(session, member.name)
    assert by_name[0].name == member.name and by_name[0].kind == "name"
    initials = member.search_key.split()[-1]
    assert member.id in [hit.member_id for hit in search_members(session, initials, limit=500)]
    assert member.id in [hit.member_id for hit in search_members(session, member.phone[-4:])]
    assert member.id in [hit.member_id for hit in search_members(session, member.id_number[-6:])]
    assert search_members(session, "123") == []  # too few digits to mean anyone
    unit = (member.work_unit or "")[:4]
    if len(unit) >= 2:
        assert any(hit.kind in ("place", "name") for hit in search_members(session, unit))
