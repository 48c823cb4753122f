"""Signing up, the waiting list, cancelling and checking in at the door.

The rules the office works by, each pinned down by a test:
- a resident signs up once per event; a second sign-up is refused with the first
  one's status (one who cancelled may sign up again, at the end of the queue);
- an event with a capacity has numbered seats; when they are taken, later sign-ups
  wait in the order they came;
- a cancelled place goes to exactly one person, the first waiting, whose name and
  full phone number the caller shows, because someone has to phone them;
- after the deadline a sign-up needs ``late=True`` (a confirmation in the window);
- a cancelled or finished event takes no sign-ups and no check-ins;
- at the door, someone not signed up is let in; at a full event only when
  ``on_site=True`` (after a confirmation), and marked 现场.

Two windows, or two PCs on one PostgreSQL store, cannot both take the last seat: a
seat is a number unique per event, so the second insert fails; that sign-up then
looks again and waits (``_take_seat``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.messages import Term
from hearth_desk.domain.models import Event, EventStatus, Resident, Signup, SignupStatus
from hearth_desk.domain.signin_codes import read_signin_code
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.domain.vocabulary import SIGNUP_STATUS_WORDS, VOCABULARY_CONTEXT
from hearth_desk.services.audit import current_actor
from hearth_desk.services.events.events import existing_event

SEAT_ATTEMPTS = 5  # another PC took the seat we saw free: look again, this many times
ACTIVE = (SignupStatus.SIGNED_UP.value, SignupStatus.WAITING.value, SignupStatus.CHECKED_IN.value)


class LateSignup(UserError):
    """After the deadline: the window asks, the command line wants ``--late``."""


class EventFull(UserError):
    """At the door of a full event: the window asks before letting someone in (现场)."""


@dataclass(frozen=True)
class WalkIn:
    """Someone who is not in the ledger: a name and a phone."""

    name: str
    phone: str = ""


@dataclass(frozen=True)
class Outcome:
    signup_id: int
    name: str
    status: str  # SignupStatus code
    waiting_position: int | None  # 候补第k位


@dataclass(frozen=True)
class MovedUp:
    """Who got the freed place, to be phoned (the full number: it is for calling)."""

    signup_id: int
    name: str
    phone: str


def sign_up(
    session: Session,
    event_id: int,
    *,
    resident_id: int | None = None,
    walk_in: WalkIn | None = None,
    late: bool = False,
    now: dt.datetime | None = None,
) -> Outcome:
    """Sign one person up: a seat if one is free, else the end of the waiting list."""
    now = now or dt.datetime.now().replace(microsecond=0)
    event = _open_event(session, event_id)
    if event.signup_deadline is not None and now.date() > event.signup_deadline and not late:
        raise LateSignup(
            QT_TRANSLATE_NOOP(
                "UserError", "Sign-up for #{number} closed on {date}; sign up anyway?"
            ),
            number=event.id,
            date=event.signup_deadline.isoformat(),
        )
    signup = _signup_for(session, event, resident_id, walk_in, now)
    _place(session, event, signup)
    return outcome(session, signup)


def cancel(
    session: Session, event_id: int, signup_id: int, *, now: dt.datetime | None = None
) -> MovedUp | None:
    """Cancel a sign-up; a freed seat goes to the first on the waiting list."""
    event = existing_event(session, event_id)
    signup = _existing_signup(session, event, signup_id)
    if signup.status == SignupStatus.CANCELLED.value:
        return None
    freed = signup.seat
    signup.status, signup.seat = SignupStatus.CANCELLED.value, None
    session.flush()
    if freed is None or event.capacity is None:
        return None
    first = session.scalars(
        select(Signup)
        .where(Signup.event_id == event.id, Signup.status == SignupStatus.WAITING.value)
        .order_by(Signup.queued_at, Signup.id)
        .limit(1)
    ).first()
    if first is None:
        return None
    first.seat, first.status = freed, SignupStatus.SIGNED_UP.value
    first.moved_up_at = now or dt.datetime.now().replace(microsecond=0)
    session.flush()
    return MovedUp(first.id, person_name(first), person_phone(first))


def check_in(
    session: Session,
    event_id: int,
    *,
    resident_id: int | None = None,
    walk_in: WalkIn | None = None,
    signup_id: int | None = None,
    on_site: bool = False,
    now: dt.datetime | None = None,
) -> Outcome:
    """Check someone in at the door, signed up or not (see the module's rules); by
    resident, walk-in, or the sign-up a sheet's code names (``signup_id``)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    event = _open_event(session, event_id)
    if signup_id is not None:
        signup: Signup | None = _existing_signup(session, event, signup_id)
    else:
        signup = _find(session, event, resident_id, walk_in)
    if signup is not None and signup.status == SignupStatus.CHECKED_IN.value:
        return outcome(session, signup)  # scanned twice: nothing changes
    if signup is None:
        signup = _new_signup(session, event, resident_id, walk_in, now)
    if signup.seat is None and event.capacity is not None:
        if not _take_seat(session, event, signup):
            if not on_site:
                raise EventFull(
                    QT_TRANSLATE_NOOP(
                        "UserError", "#{number} is full ({capacity} places); let {name} in?"
                    ),
                    number=event.id,
                    capacity=event.capacity,
                    name=person_name(signup),
                )
            signup.on_site = True
    signup.status, signup.checked_in_at = SignupStatus.CHECKED_IN.value, now
    if event.status == EventStatus.PLANNED.value:
        event.status = EventStatus.RUNNING.value  # the first one in: it has begun
    session.flush()
    return outcome(session, signup)


def check_in_by_code(
    session: Session, event_id: int, text: str, *, on_site: bool = False
) -> Outcome:
    """Check in the row a sign-in sheet's code names (typed by a scanner or by hand).

    A code from another event's sheet is refused by name, not taken for this one."""
    code = read_signin_code(text)
    if code is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{text}” is not a code from a sign-in sheet."),
            text=text.strip(),
        )
    if code.event_id != event_id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That code is from the sign-in sheet of #{number}."),
            number=code.event_id,
        )
    return check_in(session, event_id, signup_id=code.signup_id, on_site=on_site)


def outcome(session: Session, signup: Signup) -> Outcome:
    return Outcome(signup.id, person_name(signup), signup.status,
                   waiting_position(session, signup))  # fmt: skip


def waiting_position(session: Session, signup: Signup) -> int | None:
    """候补第k位: 1 for the first waiting, None for one who is not waiting."""
    if signup.status != SignupStatus.WAITING.value:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(Signup)
        .where(
            Signup.event_id == signup.event_id,
            Signup.status == SignupStatus.WAITING.value,
            (Signup.queued_at < signup.queued_at)
            | ((Signup.queued_at == signup.queued_at) & (Signup.id < signup.id)),
        )
    )
    return (ahead or 0) + 1


def person_name(signup: Signup) -> str:
    return signup.resident.name if signup.resident is not None else (signup.walk_in_name or "")


def person_phone(signup: Signup) -> str:
    if signup.resident is not None:
        return signup.resident.phone or ""
    return signup.walk_in_phone or ""


# --- the steps ------------------------------------------------------------------------


def _open_event(session: Session, event_id: int) -> Event:
    event = existing_event(session, event_id)
    if event.status == EventStatus.CANCELLED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "#{number} {title} is cancelled."),
            number=event.id,
            title=event.title,
        )
    if event.status == EventStatus.FINISHED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "#{number} {title} is over."),
            number=event.id,
            title=event.title,
        )
    return event


def _signup_for(
    session: Session,
    event: Event,
    resident_id: int | None,
    walk_in: WalkIn | None,
    now: dt.datetime,
) -> Signup:
    """A new sign-up, or the cancelled one of this resident again (at the queue's end)."""
    signup = _find(session, event, resident_id, walk_in)
    if signup is None:
        return _new_signup(session, event, resident_id, walk_in, now)
    if signup.status != SignupStatus.CANCELLED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{name} is already {status} for #{number}."),
            name=person_name(signup),
            status=Term(SIGNUP_STATUS_WORDS[signup.status], VOCABULARY_CONTEXT),
            number=event.id,
        )
    signup.queued_at, signup.entered_by = now, current_actor()[:50]
    return signup


def _find(
    session: Session, event: Event, resident_id: int | None, walk_in: WalkIn | None
) -> Signup | None:
    if resident_id is not None:
        query = select(Signup).where(Signup.resident_id == resident_id)
    elif walk_in is not None:  # the same walk-in typed twice: same name and phone
        query = select(Signup).where(
            Signup.walk_in_name == walk_in.name.strip(),
            Signup.walk_in_phone == (walk_in.phone.strip() or None),
        )
    else:
        raise ValueError("a resident or a walk-in")
    return session.scalars(query.where(Signup.event_id == event.id)).first()


def _new_signup(
    session: Session,
    event: Event,
    resident_id: int | None,
    walk_in: WalkIn | None,
    now: dt.datetime,
) -> Signup:
    signup = Signup(event_id=event.id, queued_at=now, entered_by=current_actor()[:50],
                    status=SignupStatus.WAITING.value)  # fmt: skip
    if resident_id is not None:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "That resident no longer exists."))
        signup.resident = resident
    else:
        assert walk_in is not None
        name = checked(" ".join(walk_in.name.split()), column_length(Signup.walk_in_name))
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The name is empty."))
        signup.walk_in_name = name
        signup.walk_in_phone = (
            checked(walk_in.phone.strip(), column_length(Signup.walk_in_phone)) or None
        )
    session.add(signup)
    session.flush()
    return signup


def _place(session: Session, event: Event, signup: Signup) -> None:
    """A seat if the event has one free (or has no capacity), else the waiting list."""
    if event.capacity is None or _take_seat(session, event, signup):
        signup.status = SignupStatus.SIGNED_UP.value
    else:
        signup.status, signup.seat = SignupStatus.WAITING.value, None
    session.flush()


def _take_seat(session: Session, event: Event, signup: Signup) -> bool:
    """Give ``signup`` the lowest free seat number. The number is unique per event: if
    another transaction took it first, its insert wins and ours fails, so we look again
    (a savepoint keeps the rest of this transaction)."""
    assert event.capacity is not None
    for _attempt in range(SEAT_ATTEMPTS):
        taken = set(
            session.scalars(
                select(Signup.seat).where(Signup.event_id == event.id, Signup.seat.is_not(None))
            )
        )
        free = next((seat for seat in range(1, event.capacity + 1) if seat not in taken), None)
        if free is None:
            return False
        try:
            with session.begin_nested():
                signup.seat = free
                session.flush()
            return True
        except IntegrityError:
            signup.seat = None  # someone else's now: look again
    return False


def _existing_signup(session: Session, event: Event, signup_id: int) -> Signup:
    signup = session.get(Signup, signup_id)
    if signup is None or signup.event_id != event.id:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That sign-up no longer exists."))
    return signup
