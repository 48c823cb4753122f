"""Issuing certificates in a batch: who qualifies, and registering each one.

Who qualifies: every member who served in the year (of one team, of the members some
queries find) for at least the hours asked, counted by ``volunteering.member_totals``.

The period a certificate states:
- a record (志愿服务记录证明) states the person's own service, from their first to
  their last day of service within the year, as the hours it certifies were served
  then;
- an honour (荣誉证书) is for the year, 1 January to 31 December.
Issuing again for the same person, kind and period reprints the certificate as it was
registered (same number, same hours and text) and notes a 补打 line; once more service
has been recorded, a record's period grows and a new certificate is issued for it.

A whole batch is one transaction: a record needs the person's ID number, so a member
without one stops the batch by name, unless the caller asks to skip them, and then
they are listed as skipped. What comes back is plain data for the printouts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Certificate,
    CertificateKind,
    CertificatePrint,
    Member,
    TeamMembership,
)
from hearth_desk.services.audit import current_actor
from hearth_desk.services.certificates.numbering import Numberer, begin_numbering
from hearth_desk.services.certificates.settings import IssuerSettings, honour_text, read_settings
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.community import community_heading
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import members_found
from hearth_desk.services.volunteering.member_totals import MemberTotals, member_totals

ID_TYPE = "居民身份证"  # the only kind of ID the ledger keeps
READING = QT_TRANSLATE_NOOP("Progress", "Counting…")
ISSUING = QT_TRANSLATE_NOOP("Progress", "Registering certificates…")


@dataclass(frozen=True)
class IssueChoice:
    """Whom to issue for, as the command line or the window's certificates page say."""

    year: int
    kind: str = CertificateKind.RECORD.value
    team_id: int | None = None
    member_queries: tuple[str, ...] = ()
    min_hours: Decimal = Decimal(0)
    member_ids: frozenset[int] | None = None  # hand-picked in the window; None: everyone
    skip_without_id: bool = False  # records: leave out (and list) members with no ID number


@dataclass(frozen=True)
class IssuedCertificate:
    """One certificate as it is printed."""

    number: str
    kind: str
    person_name: str
    id_type: str
    id_number: str  # in full: the certificate proves identity
    period_start: dt.date
    period_end: dt.date
    hours: Decimal
    content: str  # what was done (a record), or the honour's sentence
    issuer: str
    issued_on: dt.date
    reprint: bool  # 补打: the number was issued before


@dataclass(frozen=True)
class IssuedBatch:
    kind: str
    year: int
    heading: str | None  # the community's full name
    person_in_charge: str  # 负责人, 经办人 and 联系电话 as the settings say now
    handler: str
    contact_phone: str
    certificates: tuple[IssuedCertificate, ...]
    skipped: tuple[str, ...] = ()  # records: the names left out for want of an ID number
    voided: tuple[str, ...] = ()  # the names whose certificate for the period was voided

    @property
    def new_count(self) -> int:
        return sum(not certificate.reprint for certificate in self.certificates)

    @property
    def reprint_count(self) -> int:
        return sum(certificate.reprint for certificate in self.certificates)


@dataclass
class _Candidate:
    member: Member
    totals: MemberTotals
    period: tuple[dt.date, dt.date] = field(init=False)

    @property
    def key(self) -> tuple[int, dt.date, dt.date]:
        """Person and period: what makes a certificate the same one."""
        return (self.member.id, *self.period)


def period_of(kind: str, year: int, totals: MemberTotals) -> tuple[dt.date, dt.date]:
    """The period a certificate states (see the module's docstring)."""
    if kind == CertificateKind.HONOUR.value:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return totals.first, totals.last


def what_was_done(totals: MemberTotals, words: Callable[[str], str]) -> str:
    """共参加志愿服务42次，主要有：环境整治（12次）、便民服务日（5次）。"""
    kinds = "、".join(
        words(QT_TRANSLATE_NOOP("Report", "{what} ({times} times)")).format(what=what, times=times)
        for what, times in totals.what
    )
    return words(
        QT_TRANSLATE_NOOP("Report", "Served {times} times in all, mainly: {what}.")
    ).format(times=totals.times, what=kinds)


def qualifying(
    session: Session, choice: IssueChoice, progress: Progress | None = None
) -> list[_Candidate]:
    """The members the choice covers who served at least ``min_hours`` in the year
    (and some hours at all), by name."""
    progress = progress or Progress.silent()
    progress.report(0, 0, READING)
    only: set[int] | None = None
    if choice.team_id is not None:
        only = set(
            session.scalars(
                select(TeamMembership.member_id).where(TeamMembership.team_id == choice.team_id)
            )
        )
    if choice.member_queries:
        found = members_found(session, choice.member_queries)
        only = found if only is None else only & found
    if choice.member_ids is not None:
        only = set(choice.member_ids) if only is None else only & choice.member_ids
    if only is not None and not only:
        return []
    start, end = dt.date(choice.year, 1, 1), dt.date(choice.year, 12, 31)
    totals = {
        member_id: total
        for member_id, total in member_totals(session, start, end, only).items()
        if total.hours > 0 and total.hours >= choice.min_hours
    }
    members = [
        member
        for chunk in in_chunks(list(totals))
        for member in session.scalars(select(Member).where(Member.id.in_(chunk)))
    ]
    candidates = []
    for member in sorted(members, key=lambda m: (m.search_key or m.name, m.id)):
        candidate = _Candidate(member, totals[member.id])
        candidate.period = period_of(choice.kind, choice.year, candidate.totals)
        candidates.append(candidate)
    return candidates


def issue_certificates(
    session: Session,
    choice: IssueChoice,
    words: Callable[[str], str],
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> IssuedBatch:
    """Register one certificate per qualifying person (or a 补打 of the one they have)
    and return them to print. ``words`` translates the sentences stored and printed
    (context "Report"). Call inside the transaction that is committed once the PDF is
    written."""
    progress = progress or Progress.silent()
    now = now or dt.datetime.now().replace(microsecond=0)
    today = today or now.date()
    begin_numbering(session)
    settings = read_settings(session)
    if not settings.issuer:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Who issues the certificates is not set; fill in the issuer in the "
                "certificates' settings first.",
            )
        )
    candidates = qualifying(session, choice, progress)
    skipped: tuple[str, ...] = ()
    if choice.kind == CertificateKind.RECORD.value:
        candidates, skipped = _with_id_numbers(candidates, choice.skip_without_id)
    existing = _existing(session, choice.kind, candidates)
    candidates, voided = _not_voided(candidates, existing)
    existing_rows = set(existing.values())
    numberer = Numberer(session, settings)
    actor = current_actor()[:50]
    issued = []
    for done, candidate in enumerate(candidates):
        progress.report(done, len(candidates), ISSUING)
        certificate = existing.get(candidate.key)
        if certificate is None:
            certificate = _new_certificate(candidate, choice, settings, words, today, actor)
            certificate.prints.append(CertificatePrint(printed_at=now, printed_by=actor))
            numberer.add_numbered(certificate)
        else:
            certificate.prints.append(
                CertificatePrint(printed_at=now, printed_by=actor, reprint=True)
            )
        issued.append(printed(certificate, reprint=certificate in existing_rows))
    session.flush()
    progress.report(len(candidates), len(candidates), ISSUING)
    return IssuedBatch(
        kind=choice.kind,
        year=choice.year,
        heading=community_heading(session),
        person_in_charge=settings.person_in_charge,
        handler=settings.handler or actor,
        contact_phone=settings.contact_phone,
        certificates=tuple(issued),
        skipped=skipped,
        voided=voided,
    )


def _with_id_numbers(
    candidates: list[_Candidate], skip: bool
) -> tuple[list[_Candidate], tuple[str, ...]]:
    """A record states the ID number: those without one stop the batch, or are skipped."""
    missing = [c for c in candidates if not (c.member.id_number or "").strip()]
    if missing and not skip:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "No ID number is recorded for {names}; a service record certificate needs "
                "one. Fill it in, or leave them out.",
            ),
            names="、".join(c.member.name for c in missing),
        )
    return [c for c in candidates if c not in missing], tuple(c.member.name for c in missing)


def _not_voided(
    candidates: list[_Candidate], existing: dict[tuple[int, dt.date, dt.date], Certificate]
) -> tuple[list[_Candidate], tuple[str, ...]]:
    """A voided certificate is not printed again, and its person and period keep its
    number: those candidates are left out, by name."""
    kept, voided = [], []
    for candidate in candidates:
        old = existing.get(candidate.key)
        (voided if old is not None and old.voided else kept).append(candidate)
    return kept, tuple(candidate.member.name for candidate in voided)


def _existing(
    session: Session, kind: str, candidates: Sequence[_Candidate]
) -> dict[tuple[int, dt.date, dt.date], Certificate]:
    """The certificates already issued to the candidates, by person and period."""
    ids = [candidate.member.id for candidate in candidates]
    found: dict[tuple[int, dt.date, dt.date], Certificate] = {}
    for chunk in in_chunks(ids):
        rows = session.scalars(
            select(Certificate)
            .where(Certificate.kind == kind, Certificate.member_id.in_(chunk))
            .options(selectinload(Certificate.prints))
        )
        for row in rows:
            assert row.member_id is not None
            found[(row.member_id, row.period_start, row.period_end)] = row
    return found


def _new_certificate(
    candidate: _Candidate,
    choice: IssueChoice,
    settings: IssuerSettings,
    words: Callable[[str], str],
    today: dt.date,
    actor: str,
) -> Certificate:
    member, totals = candidate.member, candidate.totals
    if choice.kind == CertificateKind.HONOUR.value:
        content = honour_text(
            settings.honour_template,
            {
                "姓名": member.name,
                "年度": choice.year,
                "时长": hours_text(totals.hours),
                "次数": totals.times,
                "单位": settings.issuer,
            },
        )
    else:
        content = what_was_done(totals, words)
    return Certificate(
        kind=choice.kind,
        year=choice.year,
        member_id=member.id,
        person_name=member.name,
        id_type=ID_TYPE,
        id_number=(member.id_number or "").strip() or None,
        period_start=candidate.period[0],
        period_end=candidate.period[1],
        hours=totals.hours,
        content=content,
        issuer=settings.issuer,
        issued_on=today,
        issued_by=actor,
        voided=False,
    )


def printed(certificate: Certificate, *, reprint: bool) -> IssuedCertificate:
    return IssuedCertificate(
        number=certificate.number,
        kind=certificate.kind,
        person_name=certificate.person_name,
        id_type=certificate.id_type,
        id_number=certificate.id_number or "",
        period_start=certificate.period_start,
        period_end=certificate.period_end,
        hours=Decimal(certificate.hours),
        content=certificate.content,
        issuer=certificate.issuer,
        issued_on=certificate.issued_on,
        reprint=reprint,
    )
