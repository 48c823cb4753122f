"""The public notice (公示) of the certificates issued in a year.

Whoever issues certificates posts what it issued, for at least seven days, so that
anyone may object. The notice lists the year's certificates that stand (voided ones
are left out), with ID numbers masked: it hangs on a public board.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Certificate
from hearth_desk.services.certificates.settings import read_settings
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress

MIN_NOTICE_DAYS = 7  # the national guidance: posted for at least seven days


@dataclass(frozen=True)
class PublicityRow:
    number: str
    kind: str
    person_name: str
    id_number: str  # masked
    period_start: dt.date
    period_end: dt.date
    hours: Decimal


@dataclass(frozen=True)
class PublicityData:
    year: int
    heading: str | None
    issuer: str
    contact_name: str  # whom to tell an objection: the handler, else the person in charge
    contact_phone: str
    notice_from: dt.date
    notice_to: dt.date  # at least six days after notice_from: seven days in all
    rows: tuple[PublicityRow, ...]


def notice_period(start: dt.date, days: int = MIN_NOTICE_DAYS) -> tuple[dt.date, dt.date]:
    """From ``start`` for ``days`` days, both ends included (never under seven)."""
    if days < MIN_NOTICE_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A notice is posted for at least {days} days, not {given}."
            ),
            days=MIN_NOTICE_DAYS,
            given=days,
        )
    return start, start + dt.timedelta(days=days - 1)


def publicity_data(
    session: Session,
    year: int,
    *,
    start: dt.date | None = None,
    days: int = MIN_NOTICE_DAYS,
    progress: Progress | None = None,
) -> PublicityData:
    """The year's standing certificates, by kind and number, and the notice period
    from ``start`` (today by default)."""
    (progress or Progress.silent()).report(0, 0, QT_TRANSLATE_NOOP("Progress", "Counting…"))
    settings = read_settings(session)
    notice_from, notice_to = notice_period(start or dt.date.today(), days)
    certificates = session.scalars(
        select(Certificate)
        .where(Certificate.year == year, Certificate.voided.is_(False))
        .order_by(Certificate.kind.desc(), Certificate.sequence)
    )
    rows = tuple(
        PublicityRow(
            c.number,
            c.kind,
            c.person_name,
            mask_id_number(c.id_number),
            c.period_start,
            c.period_end,
            Decimal(c.hours),
        )
        for c in certificates
    )
    return PublicityData(
        year=year,
        heading=community_heading(session),
        issuer=settings.issuer,
        contact_name=settings.handler or settings.person_in_charge,
        contact_phone=settings.contact_phone,
        notice_from=notice_from,
        notice_to=notice_to,
        rows=rows,
    )
