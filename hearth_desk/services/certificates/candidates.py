"""Who a batch would cover, for the window to show before anything is registered:
each person's hours and times, whether they have the ID number a record needs, and the
number they already hold for that period (issuing again reprints it, 补打)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Certificate
from hearth_desk.services.certificates.issuing import IssueChoice, qualifying
from hearth_desk.services.progress import Progress


@dataclass(frozen=True)
class CandidateLine:
    member_id: int
    name: str
    hours: Decimal
    times: int
    id_masked: str  # "" when the member has no ID number (a record cannot be issued)
    held_number: str  # the number already issued for this kind and period, or ""
    held_voided: bool  # that number was voided: it is not reprinted


def candidate_lines(
    session: Session, choice: IssueChoice, progress: Progress | None = None
) -> list[CandidateLine]:
    """The people ``choice`` covers (before any hand-picking), by name."""
    everyone = IssueChoice(choice.year, choice.kind, choice.team_id, choice.member_queries,
                           choice.min_hours)  # fmt: skip
    candidates = qualifying(session, everyone, progress)
    held = {
        (row.member_id, row.period_start, row.period_end): row
        for row in session.scalars(
            select(Certificate).where(
                Certificate.kind == choice.kind,
                Certificate.member_id.in_([c.member.id for c in candidates]),
            )
        )
    }
    lines = []
    for candidate in candidates:
        certificate = held.get(candidate.key)
        lines.append(
            CandidateLine(
                candidate.member.id,
                candidate.member.name,
                candidate.totals.hours,
                candidate.totals.times,
                mask_id_number(candidate.member.id_number or ""),
                certificate.number if certificate else "",
                bool(certificate and certificate.voided),
            )
        )
    return lines
