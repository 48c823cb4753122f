"""Checking a resident's fields: the one rule for entry forms and imports alike.

``clean_resident`` turns what a clerk typed (or a sheet held) into values that may be
stored, with findings per field: errors stop the record, warnings are shown. It does
not look at the store; uniqueness of ID numbers is checked by the services that write.

Free text follows ``domain.text_fields``: tabs and line breaks are spaces (notes turn
each run of them into one space, so a cell typed with Alt+Enter stays one line), any
other control character is an error naming the field, and no field is longer than its
column (the limits are read from ``Resident``), so SQLite and PostgreSQL agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import Finding, InvalidValue, error, warning
from hearth_desk.domain.id_numbers import check_id_number
from hearth_desk.domain.models import HEAD_RELATION, Gender, Resident
from hearth_desk.domain.phones import normalise_phone
from hearth_desk.domain.text_fields import (
    column_length,
    length_finding,
    spaces_for_line_breaks,
    text_problem,
)
from hearth_desk.domain.vocabulary import gender_term, relation_chinese

MAX_NAME = column_length(Resident.name)
MAX_RELATION = column_length(Resident.relation)
MAX_WORK_UNIT = column_length(Resident.work_unit)
_CJK_SPACES = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")

# Field keys, shared by forms, import column mapping and messages.
NAME, GENDER, BIRTH_DATE, ID_NUMBER, PHONE = "name", "gender", "birth_date", "id_number", "phone"
RELATION, WORK_UNIT, NOTES, TAGS = "relation", "work_unit", "notes", "tags"

GENDER_WORDS = {"男": Gender.MALE, "女": Gender.FEMALE, "M": Gender.MALE, "F": Gender.FEMALE}


@dataclass
class ResidentInput:
    """A resident as typed: text fields, optional gender and birth date."""

    name: str
    gender: Gender | None = None
    birth_date: dt.date | None = None
    id_number: str = ""
    phone: str = ""
    relation: str = HEAD_RELATION
    work_unit: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldFinding:
    field: str
    finding: Finding


@dataclass(slots=True)
class CleanResident:
    """Values ready to store, and the warnings found on the way."""

    name: str
    gender: Gender
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    relation: str
    work_unit: str | None
    notes: str | None
    tags: tuple[str, ...]
    warnings: list[FieldFinding] = field(default_factory=list)

    def column_values(self) -> dict[str, object]:
        """The resident table's columns these values fill (tags are a relation)."""
        return {
            "name": self.name,
            "gender": self.gender.value,
            "birth_date": self.birth_date,
            "id_number": self.id_number,
            "phone": self.phone,
            "relation": self.relation,
            "work_unit": self.work_unit,
            "notes": self.notes,
        }


def clean_name(raw: str) -> str:
    """Trim, collapse runs of spaces, and drop spaces between Chinese characters
    (王 芳 → 王芳); Latin names keep their single spaces."""
    text = " ".join(str(raw).split())
    return _CJK_SPACES.sub("", text)


def clean_resident(data: ResidentInput) -> tuple[CleanResident | None, list[FieldFinding]]:
    """The cleaned resident (None when any error) and every finding, errors first."""
    errors: list[FieldFinding] = []
    warnings: list[FieldFinding] = []
    name = clean_name(data.name)
    name_problem = text_problem(data.name)  # raw: str.split() also eats some controls
    if name_problem is not None:
        errors.append(FieldFinding(NAME, name_problem))
    elif not name:
        errors.append(FieldFinding(NAME, error(QT_TRANSLATE_NOOP("Finding", "The name is empty."))))
    elif len(name) > MAX_NAME:
        errors.append(
            FieldFinding(
                NAME,
                error(
                    QT_TRANSLATE_NOOP("Finding", "The name is longer than {limit} characters."),
                    limit=MAX_NAME,
                ),
            )
        )

    gender, birth = data.gender, data.birth_date
    id_number: str | None = None
    if data.id_number.strip():
        try:
            checked = check_id_number(data.id_number)
        except InvalidValue as problem:
            errors.append(FieldFinding(ID_NUMBER, problem.finding))
        else:
            id_number = checked.number
            warnings.extend(FieldFinding(ID_NUMBER, w) for w in checked.warnings)
            if gender is not None and gender != checked.gender:
                warnings.append(
                    FieldFinding(
                        GENDER,
                        warning(
                            QT_TRANSLATE_NOOP(
                                "Finding",
                                "Gender “{given}” differs from the ID number's “{from_id}”; "
                                "the ID number's is kept.",
                            ),
                            given=gender_term(gender),
                            from_id=gender_term(checked.gender),
                        ),
                    )
                )
            if birth is not None and birth != checked.birth_date:
                warnings.append(
                    FieldFinding(
                        BIRTH_DATE,
                        warning(
                            QT_TRANSLATE_NOOP(
                                "Finding",
                                "Birth date {given} differs from the ID number's {from_id}; "
                                "the ID number's is kept.",
                            ),
                            given=birth.isoformat(),
                            from_id=checked.birth_date.isoformat(),
                        ),
                    )
                )
            gender, birth = checked.gender, checked.birth_date
    if gender is None and not any(f.field == ID_NUMBER for f in errors):
        errors.append(
            FieldFinding(
                GENDER,
                error(
                    QT_TRANSLATE_NOOP(
                        "Finding", "The gender is missing (it is read from the ID number if given)."
                    )
                ),
            )
        )
    if birth is not None and birth > dt.date.today():
        errors.append(
            FieldFinding(
                BIRTH_DATE,
                error(
                    QT_TRANSLATE_NOOP("Finding", "The birth date {date} is in the future."),
                    date=birth.isoformat(),
                ),
            )
        )

    phone: str | None = None
    if data.phone.strip():
        try:
            phone = normalise_phone(data.phone)
        except InvalidValue as problem:
            errors.append(FieldFinding(PHONE, problem.finding))

    # A listed relation arrives as its code (spouse) and is stored as the office writes it.
    relation = relation_chinese(clean_name(data.relation)) or HEAD_RELATION
    work_unit = " ".join(data.work_unit.split())
    notes = spaces_for_line_breaks(data.notes).strip()
    for key, raw, value, limit in (
        (RELATION, data.relation, relation, MAX_RELATION),
        (WORK_UNIT, data.work_unit, work_unit, MAX_WORK_UNIT),
        (NOTES, data.notes, notes, None),
    ):
        problem = _text_problem(raw, value, limit)
        if problem is not None:
            errors.append(FieldFinding(key, problem))
    tags = tuple(dict.fromkeys(t.strip() for t in data.tags if t.strip()))
    if errors or gender is None:
        return None, errors + warnings
    return (
        CleanResident(
            name=name,
            gender=gender,
            birth_date=birth,
            id_number=id_number,
            phone=phone,
            relation=relation,
            work_unit=work_unit or None,
            notes=notes or None,
            tags=tags,
            warnings=warnings,
        ),
        warnings,
    )


def _text_problem(raw: str, value: str, limit: int | None) -> Finding | None:
    """Controls are looked for in what was typed, the length in what will be stored."""
    problem = text_problem(raw)
    if problem is None and limit is not None and len(value) > limit:
        problem = length_finding(len(value), limit)
    return problem


def checked_relation(raw: str) -> str:
    """A relation typed on its own (moving a member): stored form, or ``InvalidValue``."""
    relation = relation_chinese(clean_name(raw)) or ""
    problem = _text_problem(raw, relation, MAX_RELATION)
    if problem is not None:
        raise InvalidValue(problem)
    return relation or HEAD_RELATION
