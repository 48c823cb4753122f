"""Thanks received (锦旗, 表扬信…), logged against a request or a household, so the
request's view and the figures can show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Household, Thanks, ThanksKind
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.audit import current_actor
from hearth_desk.services.visits.requests import get_request


@dataclass(frozen=True)
class NewThanks:
    kind: str = ThanksKind.BANNER.value
    date: dt.date | None = None  # today when None
    request_id: int | None = None
    household_id: int | None = None
    giver: str | None = None
    words: str | None = None


def log_thanks(session: Session, new: NewThanks) -> Thanks:
    """Record one banner or letter; a request's household is taken as the giver's."""
    kind = ThanksKind(new.kind).value  # codes come from the edges' word lists
    household_id = new.household_id
    if new.request_id is not None:
        request = get_request(session, new.request_id)
        household_id = household_id if household_id is not None else request.household_id
    elif household_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Say which request or household the thanks are for.")
        )
    if household_id is not None and session.get(Household, household_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "That household is no longer in the ledger.")
        )
    giver = (new.giver or "").strip() or None
    words = (new.words or "").strip() or None
    thanks = Thanks(
        date=new.date or dt.date.today(),
        kind=kind,
        request_id=new.request_id,
        household_id=household_id,
        giver=checked(giver, column_length(Thanks.giver)) if giver else None,
        words=checked(words) if words else None,
        entered_by=current_actor()[: column_length(Thanks.entered_by)],
    )
    session.add(thanks)
    session.flush()
    return thanks
