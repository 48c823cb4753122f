"""Service done outside events (志愿服务记录), added, changed and deleted one at a time:
a member repaired a pipe for a household, visited someone, patrolled the compound.

Every record is checked before it is written, so that the figures and certificates
counted from it can be trusted: hours to a tenth, more than 0 and at most 24; what was
done said; a day that has come; a member still in the tree; 人次 at least one when a
household was served (who else was served?), else at least none. Who entered it, and
when, is kept as it was first entered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Household, Member, ServiceRecord, TeamMembership
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.audit import current_actor
from hearth_desk.services.events.hours import checked_hours


@dataclass(frozen=True)
class RecordInput:
    member_id: int
    date: dt.date
    hours: Decimal | str  # text as typed is checked too: "2.55" is refused, not rounded
    what: str  # 说明
    household_id: int | None = None
    served: int = 1  # 人次


@dataclass(frozen=True)
class RecordLine:
    """One record as the window lists it."""

    id: int
    date: dt.date
    member_id: int
    member: str  # the member's name
    hours: Decimal
    what: str
    household: str  # the household's address, "" when none was served
    served: int  # 人次


def add_record(session: Session, data: RecordInput, today: dt.date | None = None) -> ServiceRecord:
    record = ServiceRecord(
        entered_by=current_actor()[: column_length(ServiceRecord.entered_by)],
        entered_at=dt.datetime.now().replace(microsecond=0),
    )
    _fill(session, record, data, today or dt.date.today())
    session.add(record)
    session.flush()
    return record


def update_record(
    session: Session, record_id: int, data: RecordInput, today: dt.date | None = None
) -> ServiceRecord:
    record = existing_record(session, record_id)
    _fill(session, record, data, today or dt.date.today())
    session.flush()
    return record


def delete_record(session: Session, record_id: int) -> None:
    session.delete(existing_record(session, record_id))
    session.flush()


def existing_record(session: Session, record_id: int) -> ServiceRecord:
    record = session.get(ServiceRecord, record_id)
    if record is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no service record #{number}."),
            number=record_id,
        )
    return record


def record_input(record: ServiceRecord) -> RecordInput:
    """What the record's form starts from when it is changed."""
    return RecordInput(record.member_id, record.date, Decimal(record.hours), record.what,
                       record.household_id, record.served)  # fmt: skip


def record_lines(
    session: Session,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    member_id: int | None = None,
    team_id: int | None = None,
) -> list[RecordLine]:
    """Records between ``start`` and ``end`` (both included; None: no bound), of one
    member or of one team's members, newest first."""
    query = (
        select(ServiceRecord.id, ServiceRecord.date, ServiceRecord.member_id, Member.name,
               ServiceRecord.hours, ServiceRecord.what, Household.address, ServiceRecord.served)
        .join(Member, Member.id == ServiceRecord.member_id)
        .outerjoin(Household, Household.id == ServiceRecord.household_id)
        .order_by(ServiceRecord.date.desc(), ServiceRecord.id.desc())
    )  # fmt: skip
    if start is not None:
        query = query.where(ServiceRecord.date >= start)
    if end is not None:
        query = query.where(ServiceRecord.date <= end)
    if member_id is not None:
        query = query.where(ServiceRecord.member_id == member_id)
    if team_id is not None:
        query = query.where(
            ServiceRecord.member_id.in_(
                select(TeamMembership.member_id).where(TeamMembership.team_id == team_id)
            )
        )
    return [
        RecordLine(row_id, date, who, name, Decimal(hours), what, address or "", served)
        for row_id, date, who, name, hours, what, address, served in session.execute(query)
    ]


def _fill(session: Session, record: ServiceRecord, data: RecordInput, today: dt.date) -> None:
    """Check ``data`` and write it onto ``record``."""
    if session.get(Member, data.member_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That member is no longer in the tree."))
    hours = checked_hours(data.hours)
    what = checked(" ".join(data.what.split()), column_length(ServiceRecord.what))
    if not what:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say what was done, such as 疏通下水道."))
    if data.date > today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{date} has not come yet; record service once it is done."
            ),
            date=data.date.isoformat(),
        )
    if data.household_id is not None and session.get(Household, data.household_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That household no longer exists."))
    least = 0 if data.household_id is None else 1
    if data.served < least:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The times served (人次) must be at least {least}, not {served}."
            ),
            least=least,
            served=data.served,
        )
    record.member_id, record.date, record.hours, record.what = (
        data.member_id, data.date, hours, what,
    )  # fmt: skip
    record.household_id, record.served = data.household_id, data.served
