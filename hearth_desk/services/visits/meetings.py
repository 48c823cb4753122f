"""Joint meetings (联席会议) of the five parties, and the matters on their agendas.

A matter is brought to the table from a request (its title is the request's
description, and it is settled once the request is closed or followed up) or is new.
Each gets a decision, an owner and a due date, and is settled when done.

Matters get lost between meetings on paper, so here they cannot: holding a meeting
copies every matter of the latest earlier meeting that is not settled onto the new
agenda by itself (``carried_from_id`` says where from), and a matter's chain through
the meetings reads back with ``matter_chain``. Meetings are numbered and shown as #N.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    MatterStatus,
    Meeting,
    MeetingAttendee,
    MeetingMatter,
    MeetingParty,
    Request,
)
from hearth_desk.domain.request_flow import DONE_STATUSES, OPEN_STATUSES, is_overdue
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.audit import current_actor
from hearth_desk.services.visits.requests import get_request

PARTIES: tuple[str, ...] = tuple(party.value for party in MeetingParty)  # the printed order


@dataclass(frozen=True)
class NewMeeting:
    date: dt.date
    place: str | None = None
    convenor: str = ""
    recorder: str | None = None
    notes: str | None = None
    attendees: Sequence[tuple[str, str]] = ()  # (party code, name), one per person
    request_ids: Sequence[int] = ()  # requests brought to the table
    new_matters: Sequence[str] = ()  # titles of matters that are not requests


@dataclass(frozen=True)
class MatterLine:
    """One matter as the meeting's page, ``meeting show`` and the minutes show it."""

    id: int
    position: int  # 1, 2, … on this meeting's agenda: ``--matter K``
    title: str
    request_id: int | None
    request_status: str | None  # the linked request's status now
    carried_from_meeting: int | None  # the meeting it was carried over from
    decision: str
    owner: str
    due_date: dt.date | None
    settled: bool


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    date: dt.date
    place: str
    convenor: str
    recorder: str
    notes: str
    attendees: dict[str, tuple[str, ...]]  # by party code, every party present as a key
    matters: tuple[MatterLine, ...] = field(default=())

    @property
    def carried(self) -> int:
        return sum(1 for matter in self.matters if matter.carried_from_meeting is not None)


@dataclass(frozen=True)
class MeetingLine:
    """A meeting in the list, newest first."""

    id: int
    date: dt.date
    place: str
    convenor: str
    matters: int
    open_matters: int


@dataclass(frozen=True)
class OpenRequest:
    """A request that may be brought to the table (the new meeting's list)."""

    id: int
    description: str
    status: str
    due_date: dt.date
    overdue: bool


@dataclass(frozen=True)
class ChainLink:
    meeting_id: int
    meeting_date: dt.date
    matter_id: int
    decision: str
    settled: bool


def _text(value: str | None, column: object) -> str | None:
    """Trimmed and checked against the column (a Text column has no limit); None when
    empty."""
    text = (value or "").strip()
    if not text:
        return None
    limit = getattr(getattr(column, "expression", column).type, "length", None)
    return checked(text, limit)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no joint meeting #{number}."),
            number=meeting_id,
        )
    return meeting


def is_settled(matter: MeetingMatter) -> bool:
    """Settled by hand, or because the request it stands for is closed or followed up."""
    if matter.status == MatterStatus.SETTLED:
        return True
    return matter.request is not None and matter.request.status in DONE_STATUSES


def hold_meeting(session: Session, new: NewMeeting) -> Meeting:
    """Record a meeting; the open matters of the latest earlier meeting come onto its
    agenda first (carried over), then the requests and new matters given."""
    attendees: list[MeetingAttendee] = []
    for party, name in new.attendees:
        MeetingParty(party)  # codes come from the edges' word lists
        if person := _text(name, MeetingAttendee.name):
            attendees.append(MeetingAttendee(party=party, name=person))
    meeting = Meeting(
        date=new.date,
        place=_text(new.place, Meeting.place),
        convenor=_text(new.convenor, Meeting.convenor) or "",
        recorder=_text(new.recorder, Meeting.recorder),
        notes=_text(new.notes, Meeting.notes),
        entered_by=current_actor()[: column_length(Meeting.entered_by)],
        attendees=attendees,
    )
    session.add(meeting)
    session.flush()
    previous = _previous_meeting(session, meeting)
    if previous is not None:
        for matter in previous.matters:
            if not is_settled(matter):
                _append(
                    meeting,
                    MeetingMatter(
                        title=matter.title,
                        request_id=matter.request_id,
                        carried_from_id=matter.id,
                        owner=matter.owner,
                        due_date=matter.due_date,
                    ),
                )
    for request_id in new.request_ids:
        add_request_matter(session, meeting.id, request_id)
    for title in new.new_matters:
        add_new_matter(session, meeting.id, title)
    session.flush()
    return meeting


def _previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The latest meeting before this one (by date, then by number on the same day)."""
    return session.scalars(
        select(Meeting)
        .where(
            or_(
                Meeting.date < meeting.date,
                and_(Meeting.date == meeting.date, Meeting.id < meeting.id),
            )
        )
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
        .options(selectinload(Meeting.matters).selectinload(MeetingMatter.request))
    ).first()


def _append(meeting: Meeting, matter: MeetingMatter) -> MeetingMatter:
    matter.sort_order = max((m.sort_order for m in meeting.matters), default=0) + 1
    meeting.matters.append(matter)
    return matter


def add_request_matter(session: Session, meeting_id: int, request_id: int) -> MeetingMatter:
    """Bring request #R to the table; it is on the agenda once (carried over or not)."""
    meeting = get_meeting(session, meeting_id)
    request = get_request(session, request_id)
    if any(matter.request_id == request.id for matter in meeting.matters):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Request #{request} is already on the agenda of meeting #{number}."
            ),
            request=request.id,
            number=meeting.id,
        )
    title = request.description.strip()[: column_length(MeetingMatter.title)]
    matter = _append(meeting, MeetingMatter(title=title, request_id=request.id))
    session.flush()
    return matter


def add_new_matter(session: Session, meeting_id: int, title: str) -> MeetingMatter:
    """A matter raised at the meeting that is not (yet) a request."""
    meeting = get_meeting(session, meeting_id)
    text = _text(title, MeetingMatter.title)
    if text is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Say what the matter is."))
    matter = _append(meeting, MeetingMatter(title=text))
    session.flush()
    return matter


def matter_at(session: Session, meeting_id: int, position: int) -> MeetingMatter:
    """Matter K of meeting #N, as ``meeting show`` numbers them."""
    matters = get_meeting(session, meeting_id).matters
    if not 1 <= position <= len(matters):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Meeting #{number} has no matter {position}: it has {count}."
            ),
            number=meeting_id,
            position=position,
            count=len(matters),
        )
    return matters[position - 1]


def _matter(session: Session, matter_id: int) -> MeetingMatter:
    matter = session.get(MeetingMatter, matter_id)
    if matter is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That matter is no longer on the agenda."))
    return matter


def decide_matter(
    session: Session,
    matter_id: int,
    decision: str | None,
    owner: str | None = None,
    due_date: dt.date | None = None,
) -> MeetingMatter:
    """Record what was decided, who owns it and by when (empty text clears it)."""
    matter = _matter(session, matter_id)
    if due_date is not None and due_date < matter.meeting.date:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The due date {due} is before the meeting."),
            due=due_date.isoformat(),
        )
    matter.decision = _text(decision, MeetingMatter.decision)
    matter.owner = _text(owner, MeetingMatter.owner)
    matter.due_date = due_date
    session.flush()
    return matter


def settle_matter(session: Session, matter_id: int, settled: bool = True) -> MeetingMatter:
    """Mark a matter done (or open again): a settled matter is not carried over."""
    matter = _matter(session, matter_id)
    matter.status = (MatterStatus.SETTLED if settled else MatterStatus.OPEN).value
    session.flush()
    return matter


def matter_chain(session: Session, matter_id: int) -> list[ChainLink]:
    """The matter through the meetings, first raised first: each carry-over follows
    ``carried_from`` back, and the meetings it was carried on to follow forward."""
    matter = _matter(session, matter_id)
    first = matter
    while first.carried_from is not None:
        first = first.carried_from
    links: list[ChainLink] = []
    current: MeetingMatter | None = first
    while current is not None:
        links.append(
            ChainLink(
                current.meeting_id,
                current.meeting.date,
                current.id,
                current.decision or "",
                is_settled(current),
            )
        )
        current = session.scalars(
            select(MeetingMatter).where(MeetingMatter.carried_from_id == current.id).limit(1)
        ).first()
    return links


def _lines(meeting: Meeting) -> tuple[MatterLine, ...]:
    return tuple(
        MatterLine(
            id=matter.id,
            position=position,
            title=matter.title,
            request_id=matter.request_id,
            request_status=matter.request.status if matter.request is not None else None,
            carried_from_meeting=matter.carried_from.meeting_id if matter.carried_from else None,
            decision=matter.decision or "",
            owner=matter.owner or "",
            due_date=matter.due_date,
            settled=is_settled(matter),
        )
        for position, matter in enumerate(meeting.matters, start=1)
    )


def meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """Everything about meeting #N as plain data, for the window, the CLI and paper."""
    meeting = get_meeting(session, meeting_id)
    attendees: dict[str, list[str]] = {party: [] for party in PARTIES}
    for person in meeting.attendees:
        attendees[person.party].append(person.name)
    return MeetingDetail(
        id=meeting.id,
        date=meeting.date,
        place=meeting.place or "",
        convenor=meeting.convenor,
        recorder=meeting.recorder or "",
        notes=meeting.notes or "",
        attendees={party: tuple(names) for party, names in attendees.items()},
        matters=_lines(meeting),
    )


def meeting_lines(session: Session) -> list[MeetingLine]:
    """Every meeting, newest first, with how many of its matters are still open."""
    meetings = session.scalars(
        select(Meeting)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .options(selectinload(Meeting.matters).selectinload(MeetingMatter.request))
    ).all()
    return [
        MeetingLine(
            meeting.id,
            meeting.date,
            meeting.place or "",
            meeting.convenor,
            len(meeting.matters),
            sum(1 for matter in meeting.matters if not is_settled(matter)),
        )
        for meeting in meetings
    ]


def latest_meeting_id(session: Session) -> int | None:
    return session.scalar(
        select(Meeting.id).order_by(Meeting.date.desc(), Meeting.id.desc()).limit(1)
    )


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarters_without_meeting(session: Session, today: dt.date | None = None) -> tuple[int, ...]:
    """The quarters of this year, up to the current one, in which no meeting was held
    (the five parties meet every quarter). Counted from the first meeting the store
    holds: an office that has not begun keeping its meetings here is not told off for
    the quarters before. Two small queries: the home page asks."""
    today = today or dt.date.today()
    first = session.scalar(select(func.min(Meeting.date)))
    if first is None or first > today:
        return ()
    held = {
        quarter_of(day)
        for day in session.scalars(
            select(Meeting.date).where(
                Meeting.date >= dt.date(today.year, 1, 1), Meeting.date <= today
            )
        )
    }
    since = quarter_of(first) if first.year == today.year else 1
    return tuple(q for q in range(since, quarter_of(today) + 1) if q not in held)


def open_requests(session: Session, today: dt.date | None = None) -> list[OpenRequest]:
    """The requests not yet closed, overdue first, then by due date: what a meeting
    may take up."""
    today = today or dt.date.today()
    rows = session.execute(
        select(Request.id, Request.description, Request.status, Request.due_date)
        .where(Request.status.in_([status.value for status in OPEN_STATUSES]))
        .order_by(Request.due_date, Request.id)
    ).all()
    return [
        OpenRequest(id_, text, status, due, is_overdue(status, due, today))
        for id_, text, status, due in rows
    ]
