"""Printing a registered certificate again (补打): as it was registered, same number,
same hours and text, with a 补打 line in its log. A voided certificate is not reprinted:
its number stays void."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import CertificatePrint
from hearth_desk.services.audit import current_actor
from hearth_desk.services.certificates.issuing import IssuedBatch, printed
from hearth_desk.services.certificates.register import certificate_numbered
from hearth_desk.services.certificates.settings import read_settings
from hearth_desk.services.community import community_heading


def reprint_certificate(
    session: Session, number: str, *, now: dt.datetime | None = None
) -> IssuedBatch:
    """The certificate ``number`` to print again, its 补打 noted (the caller commits
    once the PDF is whole, as when issuing)."""
    certificate = certificate_numbered(session, number)
    if certificate.voided:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Certificate {number} is void and is not printed again."
            ),
            number=certificate.number,
        )
    actor = current_actor()[:50]
    now = now or dt.datetime.now().replace(microsecond=0)
    certificate.prints.append(CertificatePrint(printed_at=now, printed_by=actor, reprint=True))
    session.flush()
    settings = read_settings(session)
    return IssuedBatch(
        kind=certificate.kind,
        year=certificate.year,
        heading=community_heading(session),
        person_in_charge=settings.person_in_charge,
        handler=settings.handler or actor,
        contact_phone=settings.contact_phone,
        certificates=(printed(certificate, reprint=True),),
    )
