"""Applying a roster plan in the caller's transaction: all or nothing.

New teams first (``structure.add_team``), then new members and their places in
teams, then the updates; leaders are placed after everyone else so that the one
leader rule of ``structure.place_in_team`` settles on the sheet's leader. Every member
written has a change record, as the residents import writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.models import Member, TeamRole
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services import audit
from hearth_desk.services.ledger.importing.apply import refuse_errors
from hearth_desk.services.ledger.importing.plan import NEW, UPDATE
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.importing.plan import TEAMS_CHANGE, MemberPlan
from hearth_desk.services.tree.importing.rows import MemberRow
from hearth_desk.services.tree.members import recorded_fields, resident_with_id_number
from hearth_desk.services.tree.structure import add_team, place_in_team, remove_from_team, teams

WRITING = QT_TRANSLATE_NOOP("Progress", "Importing members…")
PROGRESS_EVERY = 50


@dataclass(frozen=True)
class MemberImportSummary:
    teams_created: tuple[str, ...]
    members_created: int
    members_updated: int
    members_unchanged: int
    rows_rejected: int


def apply_member_import(
    session: Session,
    plan: MemberPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> MemberImportSummary:
    """Write what ``plan`` found; refuses a plan with errors unless ``skip_invalid``."""
    refuse_errors(plan, skip_invalid)
    progress = progress or Progress.silent()
    source = plan.source.name
    for name in plan.new_teams:
        team = add_team(session, name)
        audit.record(session, "service_team", team.id, "import", name=name, file=source)
    team_ids = {team.name: team.id for team in teams(session)}
    rows = [row for row in plan.rows if not row.rejected]
    leaders: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        if index % PROGRESS_EVERY == 0:
            progress.report(index, len(rows), WRITING)
        if row.action == NEW:
            member_id = _create(session, row, source)
        elif row.action == UPDATE:
            member_id = _update(session, row, source)
        else:
            continue
        if row.action == NEW or TEAMS_CHANGE in row.changes:
            leaders += _place(session, member_id, row, team_ids)
    for member_id, team_id in leaders:
        place_in_team(session, member_id, team_id, TeamRole.LEADER)
    progress.report(len(rows), len(rows), WRITING)
    session.flush()
    return MemberImportSummary(
        teams_created=tuple(plan.new_teams),
        members_created=sum(1 for row in rows if row.action == NEW),
        members_updated=sum(1 for row in rows if row.action == UPDATE),
        members_unchanged=sum(1 for row in rows if row.action not in (NEW, UPDATE)),
        rows_rejected=plan.rejected_row_count,
    )


def _create(session: Session, row: MemberRow, source: str) -> int:
    assert row.clean is not None
    member = Member(**row.clean.values)
    member.resident_id = resident_with_id_number(session, member.id_number)
    session.add(member)
    session.flush()
    changes = recorded_fields(row.clean.values)
    audit.record(session, "member", member.id, "import", changes, file=source)
    return member.id


def _update(session: Session, row: MemberRow, source: str) -> int:
    member = session.get_one(Member, row.match.id)
    for key, (_old, new) in row.changes.items():
        if key != TEAMS_CHANGE:
            setattr(member, key, new)
    if "name" in row.changes:
        member.search_key = name_search_key(member.name)
    if "id_number" in row.changes:
        member.resident_id = resident_with_id_number(session, member.id_number)
    audit.record(session, "member", member.id, "update", row.changes, file=source)
    session.flush()
    return member.id


def _place(
    session: Session, member_id: int, row: MemberRow, team_ids: dict[str, int]
) -> list[tuple[int, int]]:
    """Put the member in exactly the row's teams; the leaders' places to make last."""
    wanted = {team_ids[name]: role for name, role in row.teams}
    if row.match is not None:
        for name in row.match.teams:
            if name in team_ids and team_ids[name] not in wanted:
                remove_from_team(session, member_id, team_ids[name])
    leaders = []
    for team_id, role in wanted.items():
        if role is TeamRole.LEADER:
            leaders.append((member_id, team_id))
        else:
            place_in_team(session, member_id, team_id, role)
    return leaders
