"""What the events' printouts show, read from the store as plain data.

The sign-in sheet (签到表), the notice for the board and the call list are laid out by
``reports.events`` from the dataclasses here, which never touch a session. Phones on
the sign-in sheet are masked (it lies on a table at the door); the notice's contact
and the call list's numbers are full, because they exist so that someone can call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import Community, Event, EventStatus, Signup, SignupStatus
from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.services.community import community_heading
from hearth_desk.services.events.events import existing_event, planned
from hearth_desk.services.events.listing import HELD, time_span
from hearth_desk.services.events.signups import person_name, person_phone
from hearth_desk.services.progress import Progress

READING = QT_TRANSLATE_NOOP("Progress", "Reading the sign-ups…")
ELDERLY_AGE = 60  # the call list phones those this old or older on the event's day
UPCOMING_SHOWN = 200  # the print dialog's choice: every upcoming event, at most this many
RECENT_SHOWN = 30  # and this many of the latest past ones


class EventChoice(Protocol):
    """Which event a printout is of: the printout catalogue's one choice for every
    printout (``LedgerChoice``) has it."""

    @property
    def event_id(self) -> int | None: ...


@dataclass(frozen=True)
class EventHeader:
    """What heads each of the event's printouts."""

    heading: str | None  # the community's full name; None when it is not set
    community: str  # its short name (和平里社区), for the foot of the notice; "" if not set
    number: int  # shown as #12
    title: str
    kind: str  # EventKind code
    date: dt.date
    time: str  # 14:00–16:30, or ""
    place: str
    status: str  # EventStatus code
    today: dt.date


@dataclass(frozen=True)
class SigninRow:
    name: str
    phone: str  # masked: the sheet lies open at the door
    code: str  # the row's 14-digit code (``domain.signin_codes``)
    waiting_position: int | None  # 候补第k位; None for one holding a place


@dataclass(frozen=True)
class SigninSheetData:
    event: EventHeader
    rows: tuple[SigninRow, ...]  # those holding a place in sign-up order, then the waiting

    @property
    def holding(self) -> int:
        return sum(1 for row in self.rows if row.waiting_position is None)


@dataclass(frozen=True)
class StallLine:
    unit: str
    service: str


@dataclass(frozen=True)
class NoticeData:
    event: EventHeader
    stalls: tuple[StallLine, ...]
    capacity: int | None
    deadline: dt.date | None
    notice: str
    contact_name: str
    contact_phone: str  # full: a public contact for the board; "" when nobody is named


@dataclass(frozen=True)
class CallRow:
    name: str
    age: int | None  # None for a walk-in or an unknown birth date
    phone: str  # full: the list exists for calling
    status: str  # SignupStatus code
    on_site: bool


@dataclass(frozen=True)
class CallListData:
    event: EventHeader
    moved_up: tuple[CallRow, ...]  # given a place from the waiting list, still holding it
    elderly: tuple[CallRow, ...]  # ELDERLY_AGE or older on the day, holding a place
    # When the event is called off, everyone who held a place or waited is phoned.
    everyone: tuple[CallRow, ...] = ()


@dataclass(frozen=True)
class EventOption:
    """One line of the print dialog's event list: #12 2026-12-05 便民服务日."""

    id: int
    date: dt.date
    title: str
    upcoming: bool
    cancelled: bool


def event_header(session: Session, event: Event, today: dt.date | None = None) -> EventHeader:
    community = session.scalars(select(Community.name).order_by(Community.id).limit(1)).first()
    return EventHeader(
        heading=community_heading(session),
        community=community or "",
        number=event.id,
        title=event.title,
        kind=event.kind,
        date=event.date,
        time=time_span(event.start_time, event.end_time),
        place=event.place or "",
        status=event.status,
        today=today or dt.date.today(),
    )


def _chosen_event(session: Session, choice: EventChoice) -> Event:
    if choice.event_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose an event to print."))
    return existing_event(session, choice.event_id)


def _signups(session: Session, event_id: int) -> list[Signup]:
    """``events.signups_of``'s order, with the residents read in one go (hundreds of
    rows would otherwise be a query each)."""
    return list(
        session.scalars(
            select(Signup)
            .where(Signup.event_id == event_id)
            .order_by(Signup.queued_at, Signup.id)
            .options(selectinload(Signup.resident))
        )
    )


def _held(signup: Signup) -> bool:
    return signup.status in {status.value for status in HELD}


def signin_sheet_data(
    session: Session,
    event_id: int,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> SigninSheetData:
    """Those holding a place (signed up, checked in, or marked absent afterwards) in
    sign-up order, then the waiting list in its order: they may come, and the door
    lets them in when a place is free. Cancelled sign-ups are left out."""
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    event = existing_event(session, event_id)
    signups = _signups(session, event.id)
    held = [s for s in signups if _held(s)]
    waiting = [s for s in signups if s.status == SignupStatus.WAITING.value]
    rows = [_signin_row(event.id, signup, None) for signup in held]
    rows += [_signin_row(event.id, signup, k) for k, signup in enumerate(waiting, start=1)]
    progress.report(1, 1, READING)
    return SigninSheetData(event_header(session, event, today), tuple(rows))


def _signin_row(event_id: int, signup: Signup, waiting: int | None) -> SigninRow:
    return SigninRow(
        person_name(signup),
        mask_phone(person_phone(signup)),
        signin_code(event_id, signup.id),
        waiting,
    )


def notice_data(session: Session, event_id: int, *, today: dt.date | None = None) -> NoticeData:
    """The event as the board shows it. Without a contact of its own, the community's
    own grid leader (set in the organisation's form) is the one to ask, if there is one."""
    event = existing_event(session, event_id)
    name, phone = event.contact_name or "", event.contact_phone or ""
    if not phone:
        leader = session.execute(
            select(Community.leader_name, Community.leader_phone).order_by(Community.id).limit(1)
        ).first()
        if leader is not None and leader[1]:
            name, phone = name or leader[0] or "", leader[1]
    return NoticeData(
        event=event_header(session, event, today),
        stalls=tuple(StallLine(stall.unit_name, stall.service) for stall in event.stalls),
        capacity=event.capacity,
        deadline=event.signup_deadline,
        notice=event.notice or "",
        contact_name=name,
        contact_phone=phone,
    )


def call_list_data(
    session: Session,
    event_id: int,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CallListData:
    """Whom to phone about the event, full numbers: those who moved up from the waiting
    list and still hold the place, and the elderly (ELDERLY_AGE or over on the event's
    day) holding a place, each in sign-up order. One who is both is in both lists. For
    an event called off, everyone who held a place or waited, to be told so."""
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    event = existing_event(session, event_id)
    signups = _signups(session, event.id)
    moved_up, elderly, everyone = [], [], []
    for signup in signups:
        birth = signup.resident.birth_date if signup.resident is not None else None
        row = CallRow(
            person_name(signup),
            age_on(birth, event.date),
            person_phone(signup),
            signup.status,
            signup.on_site,
        )
        if signup.status == SignupStatus.WAITING.value or _held(signup):
            everyone.append(row)
        if not _held(signup):
            continue
        if signup.moved_up_at is not None:
            moved_up.append(row)
        if row.age is not None and row.age >= ELDERLY_AGE:
            elderly.append(row)
    progress.report(1, 1, READING)
    called_off = event.status == EventStatus.CANCELLED.value
    return CallListData(
        event_header(session, event, today),
        tuple(moved_up),
        tuple(elderly),
        tuple(everyone) if called_off else (),
    )


def signin_sheet_for(
    session: Session, choice: EventChoice, progress: Progress | None = None
) -> SigninSheetData:
    """``signin_sheet_data`` for the chosen event (the printout catalogue's call)."""
    return signin_sheet_data(session, _chosen_event(session, choice).id, progress=progress)


def notice_for(
    session: Session, choice: EventChoice, progress: Progress | None = None
) -> NoticeData:
    """``notice_data`` for the chosen event (the printout catalogue's call)."""
    return notice_data(session, _chosen_event(session, choice).id)


def call_list_for(
    session: Session, choice: EventChoice, progress: Progress | None = None
) -> CallListData:
    """``call_list_data`` for the chosen event (the printout catalogue's call)."""
    return call_list_data(session, _chosen_event(session, choice).id, progress=progress)


def event_options(session: Session, today: dt.date | None = None) -> list[EventOption]:
    """The events the print dialog offers: the upcoming ones soonest first, then the
    recent past latest first (a cancelled one too: its call list tells people so)."""
    today = today or dt.date.today()
    columns = (Event.id, Event.date, Event.title, Event.status)
    upcoming = session.execute(
        select(*columns)
        .where(Event.date >= today, planned())
        .order_by(Event.date, Event.start_time, Event.id)
        .limit(UPCOMING_SHOWN)
    ).all()
    past = session.execute(
        select(*columns)
        .where(Event.date < today, planned())
        .order_by(Event.date.desc(), Event.start_time.desc(), Event.id.desc())
        .limit(RECENT_SHOWN)
    ).all()
    cancelled = EventStatus.CANCELLED.value
    return [
        EventOption(i, d, t, soon, status == cancelled)
        for rows, soon in ((upcoming, True), (past, False))
        for i, d, t, status in rows
    ]
