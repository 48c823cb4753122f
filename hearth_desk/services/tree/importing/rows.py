"""One row of a 党员花名册 turned into a checked member with their teams and roles.

The member is checked by ``services.tree.members.clean_member`` (the person by the
ledger's rule, then join date, status and the rest), the rule the forms use too; this
module only reads the cells into its input, with the residents import's cell reader
(``CellReader``: each problem names the sheet's column).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import InvalidValue, error, warning
from hearth_desk.domain.masking import is_masked
from hearth_desk.domain.models import PoliticalStatus, ServiceTeam, TeamRole
from hearth_desk.domain.text_fields import column_length, in_value, text_problem
from hearth_desk.services.ledger.importing.problems import RowProblem
from hearth_desk.services.ledger.importing.rows import CellReader
from hearth_desk.services.ledger.importing.sheets import Row
from hearth_desk.services.ledger.importing.values import (
    id_number_text,
    parse_date,
    parse_gender,
    plain_text,
    text_of,
)
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    WORK_UNIT,
    ResidentInput,
)
from hearth_desk.services.tree.importing.headers import DUAL, RETIRED, ROLES, TEAMS
from hearth_desk.services.tree.importing.values import (
    parse_join_date,
    parse_political,
    parse_retired,
    parse_role,
    parse_yes_no,
    split_list,
)
from hearth_desk.services.tree.members import (
    BRANCH,
    DUAL_ORGANISATION,
    JOIN_DATE,
    POLITICAL_STATUS,
    SKILLS,
    CleanMember,
    MemberInput,
    clean_member,
)

MAX_TEAM_NAME = column_length(ServiceTeam.name)


@dataclass(eq=False, slots=True)
class MemberRow:
    """A data row: its cells as read, the member they give, and what is wrong."""

    number: int
    cells: Row
    clean: CleanMember | None = None
    teams: list[tuple[str, TeamRole]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    # Filled by the plan: the stored member it is, and what importing it changes.
    match: Any = None  # plan.StoredMember
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    action: str = ""  # new, update, unchanged
    rejected: bool = False

    @property
    def has_error(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def id_number(self) -> str | None:
        return self.clean.values["id_number"] if self.clean else None  # type: ignore[return-value]


class MemberReader(CellReader):
    """Reads the rows of one roster; ``branches`` maps the store's branch names to ids."""

    def __init__(
        self, header: Any, sheet: str, branches: dict[str, int], today: dt.date | None = None
    ) -> None:
        super().__init__(header, sheet)
        self.branches = branches
        self.today = today

    def read(self, number: int, cells: Row) -> MemberRow:
        row = MemberRow(number, cells)
        person = ResidentInput(name=plain_text(self._cell(cells, NAME)))
        self._read_field(row, ID_NUMBER, lambda v: self._id_number(row, person, v))
        self._read_field(row, GENDER, lambda v: setattr(person, "gender", parse_gender(v)))
        birth = self._read_field(row, BIRTH_DATE, parse_date)
        if birth is not None:
            person.birth_date = birth.date
        person.phone = plain_text(self._cell(cells, PHONE))
        person.work_unit = plain_text(self._cell(cells, WORK_UNIT))
        person.notes = plain_text(self._cell(cells, NOTES))
        if birth is not None and birth.month_only:
            self._month_only(row, person, birth.date)
        data = MemberInput(person)
        data.political_status = (
            self._read_field(row, POLITICAL_STATUS, parse_political) or PoliticalStatus.MEMBER
        )
        join = self._read_field(row, JOIN_DATE, parse_join_date)
        data.join_date = join.date if join is not None else None
        data.branch_id = self._read_field(row, BRANCH, self._branch)
        data.retired = bool(self._read_field(row, RETIRED, parse_retired))
        data.dual_registered = bool(self._read_field(row, DUAL, parse_yes_no))
        data.dual_organisation = plain_text(self._cell(cells, DUAL_ORGANISATION))
        data.skills = plain_text(self._cell(cells, SKILLS))
        self._read_teams(row)
        clean, findings = clean_member(data, self.today)
        for found in findings:
            self.problem(row, found.field, found.finding)
        row.clean = clean
        return row

    def _id_number(self, row: MemberRow, person: ResidentInput, value: Any) -> None:
        """A masked number (an export without --full-id) cannot be checked or stored:
        the row is matched by name and phone instead, and its number left as it is."""
        if isinstance(value, str) and is_masked(text_of(value)):
            self.problem(
                row,
                ID_NUMBER,
                warning(
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The ID number is masked; the member is matched by name and phone "
                        "and their stored ID number is left as it is.",
                    )
                ),
            )
            return
        person.id_number = id_number_text(value)

    def _branch(self, value: Any) -> int:
        name = " ".join(text_of(value).split())
        if name in self.branches:
            return self.branches[name]
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP("Finding", "Unknown branch “{name}”; the tree has: {known}."),
                name=name,
                known="、".join(self.branches) or "—",
            )
        )

    def _read_teams(self, row: MemberRow) -> None:
        """Teams of one cell; 队内职务 gives one role for them all, or one per team in
        the same order."""
        teams = split_list(self._cell(row.cells, TEAMS))
        for name in teams:
            problem = text_problem(name, MAX_TEAM_NAME)
            if problem is not None:
                self.problem(row, TEAMS, in_value(name, problem))
                return
        words = split_list(self._cell(row.cells, ROLES))
        roles: list[TeamRole] = []
        for word in words:
            role = self._read_field(row, ROLES, lambda _v, w=word: parse_role(w))
            if role is None:
                return
            roles.append(role)
        if roles and not teams:
            self.problem(
                row,
                ROLES,
                error(QT_TRANSLATE_NOOP("Finding", "A role is given but no service team.")),
            )
            return
        if len(roles) > 1 and len(roles) != len(teams):
            self.problem(
                row,
                ROLES,
                error(
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "{roles} roles for {teams} teams; give one role for all of them, "
                        "or one for each team in the same order.",
                    ),
                    roles=len(roles),
                    teams=len(teams),
                ),
            )
            return
        if len(roles) <= 1:
            roles = [roles[0] if roles else TeamRole.MEMBER] * len(teams)
        row.teams = list(zip(teams, roles, strict=True))
