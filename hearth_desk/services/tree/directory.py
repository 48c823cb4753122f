"""The member directory: which members a list shows, their rows, and search.

Like the ledger's lists, a list is its ids in order (cheap for every member) and the
rows are read for the ids on screen; search follows the rule the ledger uses
(``services/people_search.py``), with the work unit as the member's place text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import (
    Household,
    Member,
    Organisation,
    PoliticalStatus,
    Resident,
    ServiceTeam,
    TeamMembership,
)
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.people_search import (
    PersonColumns,
    escape_like,
    like,
    plan_query,
)
from hearth_desk.services.tree.members import party_years

MEMBER_COLUMNS = PersonColumns(Member.name, Member.search_key, Member.id_number, Member.phone)


@dataclass(frozen=True)
class MemberFilter:
    """Which members a list shows; every field narrows it, None means any."""

    team_id: int | None = None
    branch_id: int | None = None
    retired: bool | None = None
    dual_registered: bool | None = None
    political_status: PoliticalStatus | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    gender: str  # M / F
    age: int | None  # not the birth date: beside a masked ID it would unmask it
    political_status: str  # PoliticalStatus code
    party_years: int | None  # 党龄
    branch: str
    work_unit: str
    retired: bool
    dual_registered: bool
    teams: tuple[tuple[str, str], ...]  # (team, TeamRole code)
    phone_masked: str
    id_masked: str
    address: str  # of the linked resident record, "" when not linked


def _filtered(statement: Select, wanted: MemberFilter) -> Select:
    if wanted.team_id is not None:
        statement = statement.where(
            Member.id.in_(
                select(TeamMembership.member_id).where(TeamMembership.team_id == wanted.team_id)
            )
        )
    if wanted.branch_id is not None:
        statement = statement.where(Member.branch_id == wanted.branch_id)
    if wanted.retired is not None:
        statement = statement.where(Member.retired.is_(wanted.retired))
    if wanted.dual_registered is not None:
        statement = statement.where(Member.dual_registered.is_(wanted.dual_registered))
    if wanted.political_status is not None:
        statement = statement.where(Member.political_status == wanted.political_status.value)
    return statement


def member_ids(session: Session, wanted: MemberFilter = MemberFilter()) -> list[int]:
    """The members ``wanted`` lists, in pinyin order of their names."""
    statement = _filtered(select(Member.id), wanted)
    return list(session.scalars(statement.order_by(Member.search_key, Member.id)))


def count_members(session: Session, wanted: MemberFilter = MemberFilter()) -> int:
    return session.scalar(_filtered(select(func.count(Member.id)), wanted)) or 0


def member_rows(
    session: Session, ids: Sequence[int], today: dt.date | None = None
) -> list[MemberRow]:
    """The rows for ``ids``, in that order (ids no longer in the store are skipped)."""
    today = today or dt.date.today()
    teams: dict[int, list[tuple[str, str, int]]] = {}
    found: dict[int, MemberRow] = {}
    for chunk in in_chunks(ids):
        for member_id, team, role, order in session.execute(
            select(TeamMembership.member_id, ServiceTeam.name, TeamMembership.role,
                   ServiceTeam.sort_order)
            .join(ServiceTeam, TeamMembership.team_id == ServiceTeam.id)
            .where(TeamMembership.member_id.in_(chunk))
        ):  # fmt: skip
            teams.setdefault(member_id, []).append((team, role, order))
        for member, branch, address in session.execute(
            select(Member, Organisation.name, Household.address)
            .outerjoin(Organisation, Member.branch_id == Organisation.id)
            .outerjoin(Resident, Member.resident_id == Resident.id)
            .outerjoin(Household, Resident.household_id == Household.id)
            .where(Member.id.in_(chunk))
        ):
            places = sorted(teams.get(member.id, []), key=lambda place: place[2])
            found[member.id] = MemberRow(
                id=member.id,
                name=member.name,
                gender=member.gender,
                age=age_on(member.birth_date, today),
                political_status=member.political_status,
                party_years=party_years(member.join_date, today),
                branch=branch or "",
                work_unit=member.work_unit or "",
                retired=member.retired,
                dual_registered=member.dual_registered,
                teams=tuple((team, role) for team, role, _order in places),
                phone_masked=mask_phone(member.phone),
                id_masked=mask_id_number(member.id_number),
                address=address or "",
            )
    return [found[member_id] for member_id in ids if member_id in found]


def _work_unit_matches(query: str) -> ColumnElement[bool]:
    return like(Member.work_unit, f"%{escape_like(query)}%")


@dataclass(frozen=True)
class MemberHit:
    member_id: int
    name: str
    work_unit: str
    phone_masked: str
    kind: str  # name, pinyin, id, phone, place


def search_members(session: Session, query: str, *, limit: int = 50) -> list[MemberHit]:
    """The best ``limit`` members for what was typed, best first."""
    planned = plan_query(query, MEMBER_COLUMNS, _work_unit_matches)
    if planned is None:
        return []
    rows = session.execute(
        select(Member.id, Member.name, Member.work_unit, Member.phone, planned.rank.label("rank"))
        .where(planned.where)
        .order_by("rank", Member.search_key, Member.id)
        .limit(limit)
    )
    return [
        MemberHit(
            member_id, name, work_unit or "", mask_phone(phone),
            planned.kinds[min(rank, len(planned.kinds) - 1)],
        )
        for member_id, name, work_unit, phone, rank in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class MemberDetails:
    """What the member card shows beyond the directory's row."""

    row: MemberRow
    join_date: dt.date | None
    dual_organisation: str
    skills: str
    notes: str


def member_details(session: Session, member_id: int) -> MemberDetails | None:
    member = session.get(Member, member_id)
    rows = member_rows(session, [member_id])
    if member is None or not rows:
        return None
    return MemberDetails(
        row=rows[0],
        join_date=member.join_date,
        dual_organisation=member.dual_organisation or "",
        skills=member.skills or "",
        notes=member.notes or "",
    )
