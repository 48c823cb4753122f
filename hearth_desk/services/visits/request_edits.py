"""Changing what a request says about who handles it and by when: the handler, the
partner unit (大事), the due date, and the tier while it is still the community's.

These are not steps of the flow (those are ``requests.advance_request``), so each
change is kept as a change record naming the person at the desk, old and new values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import PartnerUnit, Request, RequestStatus, RequestTier
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services import audit
from hearth_desk.services.visits.requests import get_request


@dataclass(frozen=True)
class RequestEdits:
    """The request's new values; the window passes them all, unchanged ones as they were."""

    handler: str | None
    partner_id: int | None
    due_date: dt.date
    tier: str


def may_change_tier(status: str, escalated_on: dt.date | None) -> bool:
    """The tier is the office's to change until the request went to the street: then
    it is 特事 for good (the street office holds it)."""
    return escalated_on is None and status in (RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS)


def edit_request(session: Session, request_id: int, edits: RequestEdits) -> dict[str, Any]:
    """Apply ``edits``; the fields that changed, as (old, new)."""
    request = get_request(session, request_id)
    handler = (edits.handler or "").strip() or None
    if handler is not None:
        handler = checked(handler, column_length(Request.handler))
    if edits.partner_id is not None and session.get(PartnerUnit, edits.partner_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That partner unit is no longer in the tree.")
        )
    if edits.due_date < request.registered_on:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The due date {due} is before the request was made."),
            due=edits.due_date.isoformat(),
        )
    tier = RequestTier(edits.tier).value
    if tier != request.tier and not may_change_tier(request.status, request.escalated_on):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The tier of #{number} can no longer change: it has been reported to the"
                " street office or closed.",
            ),
            number=request.id,
        )
    wanted = {
        "handler": handler,
        "partner_id": edits.partner_id,
        "due_date": edits.due_date,
        "tier": tier,
    }
    changes = {
        field: (getattr(request, field), value)
        for field, value in wanted.items()
        if getattr(request, field) != value
    }
    for field, (_old, new) in changes.items():
        setattr(request, field, new)
    if changes:
        audit.record(session, "request", request.id, "edit", changes)
        session.flush()
    return changes
