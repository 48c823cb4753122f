"""Use cases that change households and their residents, each in the caller's transaction.

Every change the forms make goes through here so that three things never drift:
derived columns (a household's address text and sort key, a resident's pinyin key and
who changed it when, all from ``derived``, as the import writes them too), the
uniqueness of ID numbers with a message naming both people, and the change record of
who did it. Residents
are never deleted: they are marked moved out or deceased with a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import (
    HEAD_RELATION,
    Gender,
    GridLevel,
    Household,
    Resident,
    ResidentStatus,
)
from hearth_desk.domain.text_fields import checked, refused
from hearth_desk.services import audit
from hearth_desk.services.ledger.care_tags import tags_named
from hearth_desk.services.ledger.derived import MAX_DOOR, derive_resident, household_columns
from hearth_desk.services.ledger.grid import grid_path, node_or_error
from hearth_desk.services.ledger.query import reveal
from hearth_desk.services.ledger.residents import (
    CleanResident,
    ResidentInput,
    checked_relation,
    clean_resident,
)


def check_unique_id(
    session: Session, id_number: str | None, resident_id: int | None = None
) -> None:
    """Refuse an ID number another resident already has, naming that resident."""
    if not id_number:
        return
    other = session.scalars(select(Resident).where(Resident.id_number == id_number)).first()
    if other is not None and other.id != resident_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The ID number {number} already belongs to {name} ({address})."
            ),
            number=mask_id_number(id_number),
            name=other.name,
            address=other.household.address,
        )


def _clean_or_raise(data: ResidentInput) -> CleanResident:
    clean, findings = clean_resident(data)
    if clean is None:
        first = next(f for f in findings if f.finding.is_error)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{field}: {problem}"),
            field=Term(FIELD_LABELS[first.field]),
            problem=first.finding,
        )
    return clean


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("UserError", "Name"),
    "gender": QT_TRANSLATE_NOOP("UserError", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("UserError", "Birth date"),
    "id_number": QT_TRANSLATE_NOOP("UserError", "ID number"),
    "phone": QT_TRANSLATE_NOOP("UserError", "Phone"),
    "relation": QT_TRANSLATE_NOOP("UserError", "Relation to head"),
    "work_unit": QT_TRANSLATE_NOOP("UserError", "Work unit"),
    "notes": QT_TRANSLATE_NOOP("UserError", "Notes"),
    "tags": QT_TRANSLATE_NOOP("UserError", "Care tags"),
}


def _apply(session: Session, resident: Resident, clean: CleanResident) -> dict[str, tuple]:
    changes: dict[str, tuple] = {}
    for key, value in clean.column_values().items():
        old = getattr(resident, key)
        if old != value:
            changes[key] = (old, value)
            setattr(resident, key, value)
    tags = tags_named(session, clean.tags)
    old_tags = [t.name for t in resident.tags] if resident.id is not None else []
    if [t.name for t in tags] != old_tags:
        changes["tags"] = ("、".join(old_tags), "、".join(t.name for t in tags))
        resident.tags = tags
    derive_resident(resident)
    return changes


def add_household(session: Session, unit_id: int, door: str, head: ResidentInput) -> Household:
    """A new household at ``door`` of a unit, with its head."""
    unit = node_or_error(session, unit_id)
    if unit.level != GridLevel.UNIT.value:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Households live in units; choose a unit."))
    door = "".join(checked(door).split())
    if not door:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The door number is empty."))
    door = checked(door, MAX_DOOR)
    household = Household(
        unit_id=unit.id, door=door, **household_columns(grid_path(session, unit.id), door)
    )
    session.add(household)
    session.flush()
    audit.record(session, "household", household.id, "create", address=household.address)
    head.relation = HEAD_RELATION
    add_member(session, household.id, head)
    return household


def add_member(session: Session, household_id: int, data: ResidentInput) -> Resident:
    household = session.get(Household, household_id)
    if household is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That household no longer exists."))
    clean = _clean_or_raise(data)
    check_unique_id(session, clean.id_number)
    resident = Resident(household=household, status=ResidentStatus.LIVING.value)
    session.add(resident)
    changes = _apply(session, resident, clean)
    session.flush()
    audit.record(session, "resident", resident.id, "create", changes)
    return resident


def update_resident(session: Session, resident_id: int, data: ResidentInput) -> Resident:
    resident = _resident(session, resident_id)
    clean = _clean_or_raise(data)
    check_unique_id(session, clean.id_number, resident.id)
    changes = _apply(session, resident, clean)
    session.flush()
    if changes:
        audit.record(session, "resident", resident.id, "update", changes)
    return resident


def move_resident(session: Session, resident_id: int, household_id: int, relation: str) -> Resident:
    """Move a member into another household (a child marrying out, an elder moving in)."""
    resident = _resident(session, resident_id)
    target = session.get(Household, household_id)
    if target is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That household no longer exists."))
    try:
        relation = checked_relation(relation)
    except InvalidValue as problem:
        raise refused(relation, problem.finding) from None
    audit.record(
        session,
        "resident",
        resident.id,
        "move",
        {
            "household": (resident.household.address, target.address),
            "relation": (resident.relation, relation),
        },
    )
    resident.household = target
    resident.relation = relation
    derive_resident(resident)
    session.flush()
    return resident


def set_status(
    session: Session, resident_id: int, status: ResidentStatus, date: dt.date | None
) -> Resident:
    """Mark a resident living again, moved out or deceased (with the date it happened)."""
    resident = _resident(session, resident_id)
    if status is not ResidentStatus.LIVING and date is None:
        date = dt.date.today()
    if status is ResidentStatus.LIVING:
        date = None
    audit.record(
        session,
        "resident",
        resident.id,
        "status",
        {"status": (resident.status, status.value), "status_date": (resident.status_date, date)},
    )
    resident.status, resident.status_date = status.value, date
    derive_resident(resident)
    session.flush()
    return resident


def household_members(session: Session, household_id: int) -> Sequence[Resident]:
    """Members, head first, then by birth date."""
    return session.scalars(
        select(Resident)
        .where(Resident.household_id == household_id)
        .order_by((Resident.relation != HEAD_RELATION), Resident.birth_date, Resident.id)
    ).all()


def _resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That resident no longer exists."))
    return resident


def input_for_editing(session: Session, resident_id: int) -> ResidentInput:
    """A resident as the form shows it for a change: with the full ID number and phone,
    which is a viewing of them and recorded as one (``query.reveal``)."""
    id_number, phone = reveal(session, resident_id)
    resident = _resident(session, resident_id)
    return ResidentInput(
        name=resident.name,
        gender=Gender(resident.gender),
        birth_date=resident.birth_date,
        id_number=id_number,
        phone=phone,
        relation=resident.relation,
        work_unit=resident.work_unit or "",
        notes=resident.notes or "",
        tags=tuple(tag.name for tag in resident.tags),
    )
