"""Planning a roster import: read and check the whole sheet against the store, write
nothing.

The sheet is found and read by the residents import (``open_sheet``: title rows,
merged cells, hidden sheets, a 合计 row). A row whose ID number is a stored member's
updates that member; a row without one (or with a masked one) updates the member with
the same name and phone. The columns the sheet has are the truth for those fields, and
its 所属服务队 column for the member's teams and roles; a team the store does not know
is created. Importing the same file again therefore finds nothing to change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import error
from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership, TeamRole
from hearth_desk.services.ledger.importing.headers import Header
from hearth_desk.services.ledger.importing.plan import (
    CHECKING,
    NEW,
    PROGRESS_EVERY,
    READING,
    UNCHANGED,
    UPDATE,
    check_duplicates,
    open_sheet,
)
from hearth_desk.services.ledger.importing.problems import ProblemCounts, RowProblem
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    NOTES,
    PHONE,
    WORK_UNIT,
)
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.importing import headers as h
from hearth_desk.services.tree.importing.rows import MemberReader, MemberRow
from hearth_desk.services.tree.importing.values import LIST_SEPARATOR, ROLE_CHINESE
from hearth_desk.services.tree.members import (
    BRANCH,
    DUAL_ORGANISATION,
    JOIN_DATE,
    POLITICAL_STATUS,
    SKILLS,
)
from hearth_desk.services.tree.structure import branches

# Sheet column → the member's columns it sets.
COLUMNS = {
    GENDER: ("gender",),
    BIRTH_DATE: ("birth_date",),
    PHONE: ("phone",),
    WORK_UNIT: ("work_unit",),
    NOTES: ("notes",),
    POLITICAL_STATUS: ("political_status",),
    JOIN_DATE: ("join_date",),
    BRANCH: ("branch_id",),
    h.RETIRED: ("retired",),
    h.DUAL: ("dual_registered",),
    DUAL_ORGANISATION: ("dual_organisation",),
    SKILLS: ("skills",),
}
TEAMS_CHANGE = "teams"


@dataclass
class StoredMember:
    id: int
    values: dict[str, Any]  # the member's columns as stored
    teams: dict[str, str]  # team name → role code


@dataclass
class MemberPlan(ProblemCounts):
    source: Path
    sheet: str
    header: Header
    rows: list[MemberRow]
    problems: list[RowProblem]
    new_teams: list[str] = field(default_factory=list)  # in the order the sheet names them
    new_members: int = 0
    updated_members: int = 0
    unchanged_members: int = 0

    @property
    def updates(self) -> list[MemberRow]:
        return [row for row in self.rows if not row.rejected and row.action == UPDATE]


def plan_member_import(
    session: Session,
    path: Path,
    *,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> MemberPlan:
    """Read the roster at ``path`` and work out what importing it would do."""
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    sheet, header, data = open_sheet(Path(path), progress, names=h.NAMES, check=h.check_header)
    reader = MemberReader(header, sheet, {b.name: b.id for b in branches(session)}, today)
    rows: list[MemberRow] = []
    for index, (number, cells) in enumerate(data):
        if index % PROGRESS_EVERY == 0:
            progress.report(index, len(data), CHECKING)
        rows.append(reader.read(number, cells))
    check_duplicates(rows, reader, lambda row: row.id_number)
    _check_leaders(rows, reader)
    for row in rows:
        row.rejected = row.has_error
    _match(rows, _stored_members(session), header)
    progress.report(len(data), len(data), CHECKING)
    known = set(session.scalars(select(ServiceTeam.name)))
    valid = [row for row in rows if not row.rejected]
    plan = MemberPlan(Path(path), sheet, header, rows, [p for row in rows for p in row.problems])
    plan.new_teams = list(
        dict.fromkeys(name for row in valid for name, _role in row.teams if name not in known)
    )
    plan.new_members = sum(1 for row in valid if row.action == NEW)
    plan.updated_members = sum(1 for row in valid if row.action == UPDATE)
    plan.unchanged_members = sum(1 for row in valid if row.action == UNCHANGED)
    return plan


def _check_leaders(rows: list[MemberRow], reader: MemberReader) -> None:
    """A team has one leader: two rows naming a leader of the same team are both wrong."""
    first: dict[str, MemberRow] = {}
    for row in rows:
        for team, role in row.teams:
            if role is not TeamRole.LEADER:
                continue
            if team not in first:
                first[team] = row
                continue
            finding = error(
                QT_TRANSLATE_NOOP(
                    "Finding", "{team} has two leaders (队长): rows {first} and {second}."
                ),
                team=team,
                first=first[team].number,
                second=row.number,
            )
            for each in (first[team], row):
                reader.problem(each, h.ROLES, finding)


def _stored_members(session: Session) -> list[StoredMember]:
    columns = [c for c in Member.__table__.columns if c.key not in ("search_key", "resident_id")]
    teams: dict[int, dict[str, str]] = {}
    for member_id, name, role in session.execute(
        select(TeamMembership.member_id, ServiceTeam.name, TeamMembership.role).join(
            ServiceTeam, ServiceTeam.id == TeamMembership.team_id
        )
    ):
        teams.setdefault(member_id, {})[name] = role
    return [
        StoredMember(row.id, dict(row._mapping), teams.get(row.id, {}))
        for row in session.execute(select(*columns).order_by(Member.id))
    ]


def _match(rows: list[MemberRow], stored: list[StoredMember], header: Header) -> None:
    by_number = {m.values["id_number"]: m for m in stored if m.values["id_number"]}
    by_contact: dict[tuple[str, str | None], list[StoredMember]] = {}
    for member in stored:
        by_contact.setdefault((member.values["name"], member.values["phone"]), []).append(member)
    used: set[int] = set()
    for row in rows:
        if row.rejected or row.clean is None:
            continue
        values = row.clean.values
        number = values["id_number"]
        match = by_number.get(number) if number else None
        if match is None:
            match = next(
                (
                    m
                    for m in by_contact.get((values["name"], values["phone"]), [])
                    if m.id not in used and not (m.values["id_number"] and number)
                ),
                None,
            )
        if match is None or match.id in used:
            row.action = NEW
            continue
        used.add(match.id)
        row.match = match
        row.changes = _changes(row, match, header)
        row.action = UPDATE if row.changes else UNCHANGED


def _changes(row: MemberRow, stored: StoredMember, header: Header) -> dict[str, tuple[Any, Any]]:
    assert row.clean is not None
    values = row.clean.values
    keys = ["name"]
    if values["id_number"]:
        keys += ["id_number", "gender", "birth_date"]
    for column, members_columns in COLUMNS.items():
        if header.has(column):
            keys += members_columns
    changes = {
        key: (stored.values[key], values[key])
        for key in dict.fromkeys(keys)
        if stored.values[key] != values[key]
    }
    if header.has(h.TEAMS):
        wanted = {name: role.value for name, role in row.teams}
        if wanted != stored.teams:
            changes[TEAMS_CHANGE] = (teams_text(stored.teams), teams_text(wanted))
    return changes


def teams_text(teams: dict[str, str]) -> str:
    """环境整治服务队（队长）、治安巡逻服务队（队员）: teams and roles as a change shows them."""
    return LIST_SEPARATOR.join(
        f"{name}（{ROLE_CHINESE.get(role, role)}）" for name, role in teams.items()
    )
