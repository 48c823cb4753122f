"""The certificates' printouts as the catalogue calls them: a choice in, plain data out.

Printing certificates registers them: ``certificates_for`` issues in the session it is
given, which the caller commits only once the PDF is written (``cli/print_commands``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import CertificateKind
from hearth_desk.services.certificates.issuing import IssueChoice, IssuedBatch, issue_certificates
from hearth_desk.services.certificates.publicity import PublicityData, publicity_data
from hearth_desk.services.certificates.register import RegisterRow, register_rows
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress


class CertificateChoice(Protocol):
    """What the printouts read of the print choice (``ledger.printouts.LedgerChoice``)."""

    team_id: int | None
    member_queries: tuple[str, ...]
    year: int | None
    min_hours: Decimal | None
    certificate_kind: str | None
    skip_without_id: bool


def certificates_for(
    session: Session,
    choice: CertificateChoice,
    *,
    words: Callable[[str], str],
    progress: Progress | None = None,
) -> IssuedBatch:
    """Issue (register) the certificates the choice covers; the caller commits."""
    if choice.year is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Which year? Certificates need --year."))
    issue = IssueChoice(
        year=choice.year,
        kind=choice.certificate_kind or CertificateKind.RECORD.value,
        team_id=choice.team_id,
        member_queries=choice.member_queries,
        min_hours=choice.min_hours or Decimal(0),
        skip_without_id=choice.skip_without_id,
    )
    return issue_certificates(session, issue, words, progress=progress)


def publicity_for(
    session: Session, choice: CertificateChoice, progress: Progress | None = None
) -> PublicityData:
    """The public notice of the year's certificates (this year unless one is chosen)."""
    return publicity_data(session, choice.year or dt.date.today().year, progress=progress)


@dataclass(frozen=True)
class RegisterData:
    """The register (出具登记簿) of a year, as kept in the office's file: voided
    certificates and 补打 counts included, ID numbers masked."""

    heading: str | None
    year: int
    rows: tuple[RegisterRow, ...]


def register_for(
    session: Session, choice: CertificateChoice, progress: Progress | None = None
) -> RegisterData:
    """The register of the chosen year (this year unless one is chosen)."""
    year = choice.year or dt.date.today().year
    return RegisterData(community_heading(session), year, tuple(register_rows(session, year)))
