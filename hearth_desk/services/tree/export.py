"""Export of the tree's members to the 党员花名册 the office keeps, in the import's own
header words (``importing.headers.EXPORT_WORDS``), so that the file imports back
unchanged.

ID numbers are masked unless the user asks for full numbers; the birth date beside a
masked number would give back what the mask hides, so a masked sheet writes the birth
year under its own word (出生年份, which the import does not read). A masked sheet
therefore cannot update ID numbers: its rows are matched by name and phone. Phones
are written whole: they are on the poster and the contact cards on purpose.

With a team, only that team's members are written, each still with all their teams,
so that importing the file back takes no one out of another team. Like every export
the file is private and written beside the target, then renamed into place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Member, Organisation, ServiceTeam, TeamMembership
from hearth_desk.domain.vocabulary import GENDER_CHINESE
from hearth_desk.services.spreadsheets import cell_value, save
from hearth_desk.services.tree.importing.headers import EXPORT_WORDS
from hearth_desk.services.tree.importing.values import (
    LIST_SEPARATOR,
    NO,
    POLITICAL_CHINESE,
    RETIRED_WORD,
    ROLE_CHINESE,
    WORKING,
    YES,
)
from hearth_desk.services.tree.printouts import team_named

SHEET_TITLE = "党员花名册"
BIRTH_YEAR = "出生年份"
ID_COLUMN, BIRTH_COLUMN, PHONE_COLUMN = (
    EXPORT_WORDS.index(w) for w in ("公民身份号码", "出生日期", "联系电话")
)
MASKED_WORDS = (*EXPORT_WORDS[:BIRTH_COLUMN], BIRTH_YEAR, *EXPORT_WORDS[BIRTH_COLUMN + 1 :])
WIDTHS = (10, 6, 12, 22, 15, 10, 12, 14, 24, 9, 8, 24, 16, 30, 16, 20)


def export_members(
    session: Session, out: Path, *, team: str | None = None, full_numbers: bool = False
) -> int:
    """Write the members (of ``team``, if given) to the .xlsx ``out``; the rows written."""
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Export members to a file ending in .xlsx, not “{name}”."
            ),
            name=out.name,
        )
    rows = member_rows(session, team=team, full_numbers=full_numbers)
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet.append(list(EXPORT_WORDS if full_numbers else MASKED_WORDS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for values in rows:
        sheet.append([cell_value(value) for value in values])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even "=…" or an all-digit ID number
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            if cell.column - 1 in (ID_COLUMN, PHONE_COLUMN):
                cell.number_format = "@"  # Excel never turns an ID number into 1.1E+17
    sheet.freeze_panes = "A2"
    workbook.properties.creator = "Hearth Desk"
    save(workbook, out)
    return len(rows)


def member_rows(
    session: Session, *, team: str | None = None, full_numbers: bool = False
) -> list[tuple[Any, ...]]:
    """The export's rows as plain values, in ``EXPORT_WORDS``' order: by branch, then
    by name in pinyin order."""
    query = select(Member).order_by(Member.branch_id, Member.search_key, Member.id)
    if team is not None:
        found = team_named(session, team)
        query = query.where(
            Member.id.in_(
                select(TeamMembership.member_id).where(TeamMembership.team_id == found.id)
            )
        )
    branch_names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    teams: dict[int, list[str]] = {}
    for member_id, name, role in session.execute(
        select(TeamMembership.member_id, ServiceTeam.name, TeamMembership.role)
        .join(ServiceTeam, ServiceTeam.id == TeamMembership.team_id)
        .order_by(ServiceTeam.sort_order, ServiceTeam.id)
    ):
        teams.setdefault(member_id, []).append(f"{name}\t{role}")
    rows = []
    for member in session.scalars(query):
        places = [text.split("\t") for text in teams.get(member.id, [])]
        roles = [ROLE_CHINESE[role] for _name, role in places]
        if len(set(roles)) == 1:
            roles = roles[:1]  # one role for every team, as offices write it
        if full_numbers:
            id_number, birth = member.id_number, member.birth_date
        else:
            id_number = mask_id_number(member.id_number) if member.id_number else None
            birth = member.birth_date.year if member.birth_date else None
        rows.append(
            (
                member.name,
                GENDER_CHINESE.get(member.gender, member.gender),
                birth,
                id_number,
                member.phone,
                POLITICAL_CHINESE.get(member.political_status, member.political_status),
                member.join_date,
                branch_names.get(member.branch_id) if member.branch_id else None,
                member.work_unit,
                RETIRED_WORD if member.retired else WORKING,
                YES if member.dual_registered else NO,
                member.dual_organisation,
                member.skills,
                LIST_SEPARATOR.join(name for name, _role in places) or None,
                LIST_SEPARATOR.join(roles) or None,
                member.notes,
            )
        )
    return rows
