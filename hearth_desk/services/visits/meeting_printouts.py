"""What a joint meeting's paper shows (the minutes and the sign-in sheet), read from
the store as plain data for ``reports.visits``, which never touches a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.community import get_community
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.meetings import MeetingDetail, latest_meeting_id, meeting_detail


class MeetingChoice(Protocol):
    """Which meeting a printout is of: the catalogue's one choice (``LedgerChoice``)
    has it; None means the latest meeting (the Print area's button)."""

    @property
    def meeting_id(self) -> int | None: ...


@dataclass(frozen=True)
class MeetingPaper:
    heading: str | None  # the community's full name; None when it is not set
    community: str  # its short name (和平里社区) for the minutes' title; "" if not set
    meeting: MeetingDetail
    today: dt.date


def meeting_paper_for(
    session: Session, choice: MeetingChoice, progress: Progress | None = None
) -> MeetingPaper:
    """Meeting ``choice.meeting_id`` (or the latest one) for its minutes or sign-in sheet."""
    meeting_id = choice.meeting_id
    if meeting_id is None:
        meeting_id = latest_meeting_id(session)
    if meeting_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "No joint meeting has been recorded yet."))
    community = get_community(session)
    return MeetingPaper(
        heading=community.heading if community else None,
        community=community.name if community else "",
        meeting=meeting_detail(session, meeting_id),
        today=dt.date.today(),
    )
