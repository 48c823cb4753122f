"""Members of the tree: checking one, adding one, linking them to their resident record.

A member is first a person, checked by the ledger's one rule for a person
(``services.ledger.residents.clean_resident``: name, gender, birth date, ID number,
phone, work unit, notes), then a party member or volunteer: political status, join
date (入党时间) and the rest. Joining before birth or before 18 is an error, as is a
join date for someone who is not a party member.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.findings import error
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.messages import Term
from hearth_desk.domain.models import Gender, Member, PoliticalStatus, Resident
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.domain.text_fields import column_length, length_finding
from hearth_desk.services import audit
from hearth_desk.services.ledger.households import FIELD_LABELS as PERSON_LABELS
from hearth_desk.services.ledger.residents import (
    FieldFinding,
    ResidentInput,
    clean_resident,
)

JOIN_DATE, POLITICAL_STATUS, BRANCH, SKILLS = "join_date", "political_status", "branch", "skills"
DUAL_ORGANISATION = "dual_organisation"
JOIN_AGE = 18  # the party admits no one younger
FIELD_LABELS = {
    **PERSON_LABELS,
    JOIN_DATE: QT_TRANSLATE_NOOP("UserError", "Join date"),
    DUAL_ORGANISATION: QT_TRANSLATE_NOOP("UserError", "Workplace party organisation"),
    SKILLS: QT_TRANSLATE_NOOP("UserError", "Skills"),
}
MAX_SKILLS = column_length(Member.skills)
MAX_DUAL_ORGANISATION = column_length(Member.dual_organisation)


@dataclass
class MemberInput:
    """A member as typed or read from a sheet."""

    person: ResidentInput
    political_status: PoliticalStatus = PoliticalStatus.MEMBER
    join_date: dt.date | None = None
    branch_id: int | None = None
    retired: bool = False
    dual_registered: bool = False
    dual_organisation: str = ""
    skills: str = ""


@dataclass
class CleanMember:
    values: dict[str, object]  # the member table's columns
    warnings: list[FieldFinding] = field(default_factory=list)


def party_years(join_date: dt.date | None, today: dt.date) -> int | None:
    """党龄: whole years since joining (None for no join date)."""
    if join_date is None:
        return None
    years = today.year - join_date.year
    if (today.month, today.day) < (join_date.month, join_date.day):
        years -= 1
    return max(years, 0)


def clean_member(
    data: MemberInput, today: dt.date | None = None
) -> tuple[CleanMember | None, list[FieldFinding]]:
    """The member's column values (None when any error) and every finding, errors first."""
    today = today or dt.date.today()
    person, findings = clean_resident(data.person)
    errors = [f for f in findings if f.finding.is_error]
    warnings = [f for f in findings if not f.finding.is_error]
    join = data.join_date
    birth = person.birth_date if person is not None else data.person.birth_date
    if join is not None:
        if data.political_status is PoliticalStatus.MASSES:
            errors.append(
                _error(
                    JOIN_DATE,
                    QT_TRANSLATE_NOOP(
                        "Finding", "Someone who is not a party member has no join date."
                    ),
                )
            )
        elif join > today:
            errors.append(
                _error(
                    JOIN_DATE,
                    QT_TRANSLATE_NOOP("Finding", "The join date {date} is in the future."),
                    date=join.isoformat(),
                )
            )
        elif birth is not None and join < birth:
            errors.append(
                _error(
                    JOIN_DATE,
                    QT_TRANSLATE_NOOP(
                        "Finding", "The join date {join} is before the birth date {birth}."
                    ),
                    join=join.isoformat(),
                    birth=birth.isoformat(),
                )
            )
        elif birth is not None and (party_years(birth, join) or 0) < JOIN_AGE:
            errors.append(
                _error(
                    JOIN_DATE,
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Joined the party on {join} at {age}: no one joins before {minimum}.",
                    ),
                    join=join.isoformat(),
                    age=party_years(birth, join),
                    minimum=JOIN_AGE,
                )
            )
    dual_organisation = " ".join(data.dual_organisation.split())
    skills = " ".join(data.skills.split())
    for key, value, limit in (
        (DUAL_ORGANISATION, dual_organisation, MAX_DUAL_ORGANISATION),
        (SKILLS, skills, MAX_SKILLS),
    ):
        if len(value) > limit:
            errors.append(FieldFinding(key, length_finding(len(value), limit)))
    if errors or person is None:
        return None, errors + warnings
    values: dict[str, object] = {
        "name": person.name,
        "gender": person.gender.value,
        "birth_date": person.birth_date,
        "id_number": person.id_number,
        "phone": person.phone,
        "work_unit": person.work_unit,
        "notes": person.notes,
        "political_status": data.political_status.value,
        "join_date": join,
        "branch_id": data.branch_id,
        "retired": data.retired,
        "dual_registered": data.dual_registered,
        "dual_organisation": dual_organisation or None,
        "skills": skills or None,
        "search_key": name_search_key(person.name),
    }
    return CleanMember(values, warnings), warnings


def _error(key: str, message: str, **params: object) -> FieldFinding:
    return FieldFinding(key, error(message, **params))


def add_member(session: Session, data: MemberInput, today: dt.date | None = None) -> Member:
    """Add a member after checking them; linked to their resident record if one has the
    same ID number. A problem is a ``UserError`` naming the first field at fault."""
    values = _checked_values(data, today)
    _check_unique_id(session, values["id_number"], None)
    member = Member(**values)
    member.resident_id = resident_with_id_number(session, member.id_number)
    session.add(member)
    session.flush()
    audit.record(session, "member", member.id, "create", recorded_fields(values))
    return member


def update_member(
    session: Session, member_id: int, data: MemberInput, today: dt.date | None = None
) -> Member:
    """Change every field of a member by the same rules as ``add_member``; the teams
    they serve in are kept. A changed ID number follows the link to the ledger."""
    member = existing_member(session, member_id)
    values = _checked_values(data, today)
    _check_unique_id(session, values["id_number"], member.id)
    changes = {
        key: (getattr(member, key), value)
        for key, value in values.items()
        if key != "search_key" and getattr(member, key) != value
    }
    for key, value in values.items():
        setattr(member, key, value)
    if "id_number" in changes:
        member.resident_id = resident_with_id_number(session, member.id_number)
    session.flush()
    if changes:
        audit.record(session, "member", member.id, "update", changes)
    return member


def delete_member(session: Session, member_id: int) -> None:
    """Take a member out of the tree, with their places in teams; their resident
    record in the ledger stays as it is."""
    member = existing_member(session, member_id)
    audit.record(session, "member", member.id, "delete", {"name": (member.name, None)})
    session.delete(member)
    session.flush()


def member_input(session: Session, member_id: int) -> MemberInput:
    """A stored member as the form edits them: full ID number and phone, since the
    form is where they are corrected."""
    member = existing_member(session, member_id)
    return MemberInput(
        person=ResidentInput(
            name=member.name,
            gender=Gender(member.gender),
            birth_date=member.birth_date,
            id_number=member.id_number or "",
            phone=member.phone or "",
            work_unit=member.work_unit or "",
            notes=member.notes or "",
        ),
        political_status=PoliticalStatus(member.political_status),
        join_date=member.join_date,
        branch_id=member.branch_id,
        retired=member.retired,
        dual_registered=member.dual_registered,
        dual_organisation=member.dual_organisation or "",
        skills=member.skills or "",
    )


def existing_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:  # removed meanwhile, from another window or another PC
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That member is no longer in the tree."))
    return member


def _checked_values(data: MemberInput, today: dt.date | None) -> dict[str, object]:
    cleaned, findings = clean_member(data, today)
    if cleaned is None:
        first = next(f for f in findings if f.finding.is_error)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{field}: {problem}"),
            field=Term(FIELD_LABELS[first.field]),
            problem=first.finding,
        )
    return cleaned.values


def _check_unique_id(session: Session, id_number: object, member_id: int | None) -> None:
    if id_number is None:
        return
    query = select(Member.id).where(Member.id_number == id_number)
    if member_id is not None:
        query = query.where(Member.id != member_id)
    if session.scalar(query) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A member with the ID number {number} is already in the tree."
            ),
            number=mask_id_number(str(id_number)),
        )


def recorded_fields(values: dict[str, object]) -> dict[str, tuple[object, object]]:
    """What the change log keeps of a new member, typed or imported (it masks the ID
    number and phone itself)."""
    kept = ("name", "gender", "birth_date", "id_number", "phone")
    return {key: (None, values[key]) for key in kept if values[key] is not None}


def resident_with_id_number(session: Session, id_number: str | None) -> int | None:
    """The resident record a member is (the most recent one with that ID number)."""
    if not id_number:
        return None
    return session.scalar(
        select(Resident.id).where(Resident.id_number == id_number).order_by(Resident.id.desc())
    )
