"""Reading the ledger: filtered, ordered lists of residents and households.

Large tables load in two steps so that 100,000 rows open at once: the ids of every
matching row (one narrow query), then the rows a view actually shows, a page at a
time (``resident_rows``). Rows carry ID numbers and phones masked; the full values
come only from ``reveal`` for one record at a time. Beside a masked ID number a row
carries the age, never the birth date, which is what the mask hides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import age_on, years_ago
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import (
    HEAD_RELATION,
    Household,
    Resident,
    ResidentStatus,
    resident_care_tag,
)
from hearth_desk.domain.vocabulary import relation_code
from hearth_desk.services import audit
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.ledger.care_tags import tag_names_of
from hearth_desk.services.ledger.grid import units_under


@dataclass(frozen=True)
class ResidentFilter:
    """Which residents a list shows; every field narrows it, None means any."""

    node_id: int | None = None  # a compound, building or unit
    tag_id: int | None = None
    min_age: int | None = None  # 80 for "80+"
    max_age: int | None = None
    status: ResidentStatus | None = ResidentStatus.LIVING
    household_id: int | None = None


@dataclass(frozen=True)
class ResidentRow:
    id: int
    household_id: int
    name: str
    gender: str  # M / F: the edges say it in the user's language
    age: int | None  # not the birth date: with it the masked ID number could be rebuilt
    id_masked: str
    phone_masked: str
    address: str
    relation: str  # a vocabulary code (spouse), or a word the list does not know
    work_unit: str
    tags: str  # 独居老人、高龄
    status: str  # living / moved_out / deceased
    status_date: dt.date | None


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    unit_id: int
    address: str
    door: str
    head: str
    members: int  # living members


def apply_filter(
    statement: Select, session: Session, wanted: ResidentFilter, today: dt.date
) -> Select:
    """Narrow a select that already joins Resident and Household."""
    if wanted.household_id is not None:
        statement = statement.where(Resident.household_id == wanted.household_id)
    if wanted.node_id is not None:
        statement = statement.where(Household.unit_id.in_(units_under(session, wanted.node_id)))
    if wanted.tag_id is not None:
        statement = statement.where(
            Resident.id.in_(
                select(resident_care_tag.c.resident_id).where(
                    resident_care_tag.c.care_tag_id == wanted.tag_id
                )
            )
        )
    if wanted.min_age is not None:
        statement = statement.where(Resident.birth_date <= years_ago(today, wanted.min_age))
    if wanted.max_age is not None:
        statement = statement.where(Resident.birth_date > years_ago(today, wanted.max_age + 1))
    if wanted.status is not None:
        statement = statement.where(Resident.status == wanted.status.value)
    return statement


def ledger_order() -> tuple:
    """Address, then household, head first, then eldest first: the order of a paper ledger."""
    return (
        Household.sort_key,
        Household.id,
        Resident.relation != HEAD_RELATION,
        Resident.birth_date,
        Resident.id,
    )


def resident_ids(
    session: Session, wanted: ResidentFilter = ResidentFilter(), today: dt.date | None = None
) -> list[int]:
    statement = select(Resident.id).join(Household, Resident.household_id == Household.id)
    statement = apply_filter(statement, session, wanted, today or dt.date.today())
    return list(session.scalars(statement.order_by(*ledger_order())))


def count_residents(session: Session, wanted: ResidentFilter = ResidentFilter()) -> int:
    statement = select(func.count(Resident.id)).join(
        Household, Resident.household_id == Household.id
    )
    statement = apply_filter(statement, session, wanted, dt.date.today())
    return session.scalar(statement) or 0


def resident_rows(
    session: Session, ids: Sequence[int], today: dt.date | None = None
) -> list[ResidentRow]:
    """The rows for ``ids``, in that order (ids no longer in the store are skipped)."""
    today = today or dt.date.today()
    found: dict[int, ResidentRow] = {}
    tags = tag_names_of(session, ids)
    for chunk in in_chunks(ids):
        for r, address in session.execute(
            select(Resident, Household.address)
            .join(Household, Resident.household_id == Household.id)
            .where(Resident.id.in_(chunk))
        ):
            found[r.id] = ResidentRow(
                id=r.id,
                household_id=r.household_id,
                name=r.name,
                gender=r.gender,
                age=age_on(r.birth_date, today),
                id_masked=mask_id_number(r.id_number),
                phone_masked=mask_phone(r.phone),
                address=address,
                relation=relation_code(r.relation),
                work_unit=r.work_unit or "",
                tags="、".join(tags.get(r.id, ())),
                status=r.status,
                status_date=r.status_date,
            )
    return [found[i] for i in ids if i in found]


def reveal(session: Session, resident_id: int) -> tuple[str, str]:
    """The full ID number and phone of one resident, shown because a user asked."""
    row = session.execute(
        select(Resident.id_number, Resident.phone).where(Resident.id == resident_id)
    ).first()
    if row is None:
        return "", ""
    audit.record(session, "resident", resident_id, "reveal")
    return row[0] or "", row[1] or ""


def household_ids(session: Session, node_id: int | None = None) -> list[int]:
    statement = select(Household.id)
    if node_id is not None:
        statement = statement.where(Household.unit_id.in_(units_under(session, node_id)))
    return list(session.scalars(statement.order_by(Household.sort_key, Household.id)))


def household_rows(session: Session, ids: Sequence[int]) -> list[HouseholdRow]:
    found: dict[int, HouseholdRow] = {}
    for chunk in in_chunks(ids):
        heads = dict(
            session.execute(
                select(Resident.household_id, func.min(Resident.name))
                .where(Resident.household_id.in_(chunk), Resident.relation == HEAD_RELATION)
                .group_by(Resident.household_id)
            ).all()
        )
        counts = dict(
            session.execute(
                select(Resident.household_id, func.count())
                .where(
                    Resident.household_id.in_(chunk),
                    Resident.status == ResidentStatus.LIVING.value,
                )
                .group_by(Resident.household_id)
            ).all()
        )
        for h in session.scalars(select(Household).where(Household.id.in_(chunk))):
            found[h.id] = HouseholdRow(
                h.id, h.unit_id, h.address, h.door, heads.get(h.id, ""), counts.get(h.id, 0)
            )
    return [found[i] for i in ids if i in found]
