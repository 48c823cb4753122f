"""The flow a request (诉求) follows, as pure rules: 登记 → 办理中 → (上报街道) → 办结 →
回访. No step can be skipped, and each needs its words:

- 办理中 follows 登记 (someone has taken it on);
- 上报街道 follows 办理中 and needs the street office's reference; it makes the
  request a 特事 (only special matters go to the street);
- 办结 follows 办理中, or 上报街道 for a 特事 (a special matter is closed by the street,
  so it cannot be closed before it was reported), and needs the result;
- 回访 follows 办结 and needs the resident's satisfaction. 不满意 reopens the request:
  it goes back to 办理中 (or to 上报街道, for a 特事 the street still holds).

The services record each move as a step with who and when; this module only says
whether a move may happen and where it leads, so it is tested without a store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.models import RequestStatus, RequestTier, Satisfaction
from hearth_desk.domain.visit_words import REQUEST_STATUS_WORDS

OPEN_STATUSES = frozenset(
    {RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS, RequestStatus.ESCALATED}
)
DONE_STATUSES = frozenset({RequestStatus.CLOSED, RequestStatus.FOLLOWED_UP})

# Where each status may go next (不满意 is the one way back, handled in ``follow_up``).
NEXT = {
    RequestStatus.REGISTERED: (RequestStatus.IN_PROGRESS,),
    RequestStatus.IN_PROGRESS: (RequestStatus.ESCALATED, RequestStatus.CLOSED),
    RequestStatus.ESCALATED: (RequestStatus.CLOSED,),
    RequestStatus.CLOSED: (RequestStatus.FOLLOWED_UP,),
    RequestStatus.FOLLOWED_UP: (),
}

# Days a request has before it is due, by tier, when settings say nothing else.
DEFAULT_DUE_DAYS = {RequestTier.SMALL: 7, RequestTier.LARGE: 15, RequestTier.SPECIAL: 30}


@dataclass(frozen=True)
class Move:
    """Where a request goes: its new status, and its tier (上报街道 makes it 特事)."""

    status: RequestStatus
    tier: RequestTier
    reopened: bool = False


def _status_term(status: str) -> Term:
    return Term(REQUEST_STATUS_WORDS[status], "Vocabulary")


def next_statuses(status: str, tier: str) -> tuple[RequestStatus, ...]:
    """The statuses this request may move to now (what the window offers as buttons)."""
    allowed = NEXT[RequestStatus(status)]
    if status == RequestStatus.IN_PROGRESS and tier == RequestTier.SPECIAL:
        return (RequestStatus.ESCALATED,)
    return allowed


def move(
    status: str,
    tier: str,
    target: str,
    *,
    result: str | None = None,
    street_ref: str | None = None,
    satisfaction: str | None = None,
) -> Move:
    """Check one move and say where it leads; a ``UserError`` says why it may not."""
    current, wanted = RequestStatus(status), RequestStatus(target)
    if wanted not in next_statuses(current, tier):
        if current == RequestStatus.IN_PROGRESS and wanted == RequestStatus.CLOSED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A special matter is closed only after it has been reported to the"
                    " street office.",
                )
            )
        allowed = next_statuses(current, tier)
        if not allowed:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The request is {status}: it has been followed up and is done."
                ),
                status=_status_term(current),
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The request is {status} and cannot go to {target}: its next step is {next}.",
            ),
            status=_status_term(current),
            target=_status_term(wanted),
            next=_status_term(allowed[0]),
        )
    if wanted == RequestStatus.ESCALATED:
        if not (street_ref or "").strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Reporting to the street office needs the office's reference."
                )
            )
        return Move(wanted, RequestTier.SPECIAL)
    if wanted == RequestStatus.CLOSED and not (result or "").strip():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Closing a request needs its result: what was done.")
        )
    if wanted == RequestStatus.FOLLOWED_UP:
        return follow_up(tier, satisfaction)
    return Move(wanted, RequestTier(tier))


def follow_up(tier: str, satisfaction: str | None) -> Move:
    """The return visit: done when the resident is satisfied, reopened when not."""
    if satisfaction not in set(Satisfaction):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "A return visit needs the resident's satisfaction: 满意, 基本满意 or 不满意.",
            )
        )
    if satisfaction == Satisfaction.DISSATISFIED:
        back = RequestStatus.ESCALATED if tier == RequestTier.SPECIAL else RequestStatus.IN_PROGRESS
        return Move(back, RequestTier(tier), reopened=True)
    return Move(RequestStatus.FOLLOWED_UP, RequestTier(tier))


def due_date(
    registered_on: dt.date, tier: str, days: Mapping[str, int] = DEFAULT_DUE_DAYS
) -> dt.date:
    """The day a request of this tier is due, counted from the day it was registered."""
    return registered_on + dt.timedelta(days=days[RequestTier(tier)])


def is_overdue(status: str, due: dt.date, today: dt.date) -> bool:
    """Still open past its due date: red in the list and on the home page."""
    return status in OPEN_STATUSES and due < today
