"""The register of issued certificates (出具登记簿): listing, export, voiding.

Every certificate stays in the register once issued: voiding (作废) marks it with the
time and the reason and keeps its number, which is never handed out again. The ID
number is kept whole; lists and exports show it masked unless the user asks for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Certificate, CertificateKind, CertificatePrint
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services import spreadsheets
from hearth_desk.services.progress import Progress

KIND_NAMES = {
    CertificateKind.RECORD.value: QT_TRANSLATE_NOOP("Report", "Service record"),
    CertificateKind.HONOUR.value: QT_TRANSLATE_NOOP("Report", "Honour"),
}


@dataclass(frozen=True)
class RegisterRow:
    number: str
    kind: str
    person_name: str
    id_number: str  # masked unless asked for in full
    period_start: dt.date
    period_end: dt.date
    hours: Decimal
    issued_on: dt.date
    issued_by: str
    voided: bool
    void_reason: str
    voided_at: dt.datetime | None
    reprints: int  # 补打次数


def register_rows(
    session: Session,
    year: int | None = None,
    search: str = "",
    *,
    full_numbers: bool = False,
    kind: str | None = None,
) -> list[RegisterRow]:
    """The register, by kind, year and number; ``search`` finds a name or number part."""
    reprints = (
        select(CertificatePrint.certificate_id, func.count().label("reprints"))
        .where(CertificatePrint.reprint.is_(True))
        .group_by(CertificatePrint.certificate_id)
        .subquery()
    )
    query = select(Certificate, func.coalesce(reprints.c.reprints, 0)).outerjoin(
        reprints, reprints.c.certificate_id == Certificate.id
    )
    if year is not None:
        query = query.where(Certificate.year == year)
    if kind is not None:
        query = query.where(Certificate.kind == kind)
    wanted = search.strip()
    if wanted:
        pattern = f"%{wanted}%"
        query = query.where(
            or_(Certificate.person_name.like(pattern), Certificate.number.like(pattern))
        )
    query = query.order_by(Certificate.kind.desc(), Certificate.year, Certificate.sequence)
    return [_row(certificate, count, full_numbers) for certificate, count in session.execute(query)]


def _row(certificate: Certificate, reprints: int, full_numbers: bool) -> RegisterRow:
    id_number = certificate.id_number or ""
    return RegisterRow(
        number=certificate.number,
        kind=certificate.kind,
        person_name=certificate.person_name,
        id_number=id_number if full_numbers else mask_id_number(id_number),
        period_start=certificate.period_start,
        period_end=certificate.period_end,
        hours=Decimal(certificate.hours),
        issued_on=certificate.issued_on,
        issued_by=certificate.issued_by,
        voided=certificate.voided,
        void_reason=certificate.void_reason or "",
        voided_at=certificate.voided_at,
        reprints=int(reprints),
    )


def certificate_numbered(session: Session, number: str) -> Certificate:
    """The certificate printed with ``number`` (spaces around it ignored), or a
    UserError naming the number."""
    wanted = number.strip()
    certificate = session.scalars(select(Certificate).where(Certificate.number == wanted)).first()
    if certificate is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "No certificate is numbered “{number}”."), number=wanted
        )
    return certificate


def void_certificate(
    session: Session, number: str, reason: str, *, now: dt.datetime | None = None
) -> RegisterRow:
    """Mark the certificate ``number`` 作废 with the reason and the time; it keeps its
    number and its row."""
    certificate = certificate_numbered(session, number)
    wanted = certificate.number
    if certificate.voided:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Certificate {number} was already voided on {date}."),
            number=wanted,
            date=certificate.voided_at.date().isoformat() if certificate.voided_at else "",
        )
    why = checked(reason.strip(), column_length(Certificate.void_reason))
    if not why:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Please say why certificate {number} is voided."),
            number=wanted,
        )
    certificate.voided = True
    certificate.void_reason = why
    certificate.voided_at = now or dt.datetime.now().replace(microsecond=0)
    session.flush()
    return _row(certificate, 0, False)


def period_text(start: dt.date, end: dt.date) -> str:
    """2026-03-05—2026-11-20, as the register and the notice write a period."""
    return f"{start.isoformat()}—{end.isoformat()}"


def export_register(
    session: Session,
    out: Path,
    words: Callable[[str], str],
    year: int | None = None,
    *,
    full_numbers: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the register to ``out`` (.xlsx); the number of rows written."""
    progress = progress or Progress.silent()
    rows = register_rows(session, year, full_numbers=full_numbers)
    header = [
        words(source)
        for source in (
            QT_TRANSLATE_NOOP("Report", "Number"),
            QT_TRANSLATE_NOOP("Report", "Kind"),
            QT_TRANSLATE_NOOP("Report", "Name"),
            QT_TRANSLATE_NOOP("Report", "ID number"),
            QT_TRANSLATE_NOOP("Report", "Service period"),
            QT_TRANSLATE_NOOP("Report", "Hours"),
            QT_TRANSLATE_NOOP("Report", "Issued on"),
            QT_TRANSLATE_NOOP("Report", "Handler"),
            QT_TRANSLATE_NOOP("Report", "Status"),
            QT_TRANSLATE_NOOP("Report", "Reprints"),
            QT_TRANSLATE_NOOP("Report", "Reason voided"),
        )
    ]
    workbook, sheet = spreadsheets.new_sheet(
        words(QT_TRANSLATE_NOOP("Report", "Certificate register")),
        header,
        (26, 12, 10, 22, 26, 8, 12, 10, 8, 8, 24),
    )
    valid, voided = (
        words(QT_TRANSLATE_NOOP("Report", "Valid")),
        words(QT_TRANSLATE_NOOP("Report", "Voided")),
    )
    for done, row in enumerate(rows):
        sheet.append(
            [
                spreadsheets.cell_value(value)
                for value in (
                    row.number,
                    words(KIND_NAMES[row.kind]),
                    row.person_name,
                    row.id_number,
                    period_text(row.period_start, row.period_end),
                    float(row.hours),
                    row.issued_on,
                    row.issued_by,
                    voided if row.voided else valid,
                    row.reprints,
                    row.void_reason,
                )
            ]
        )
        progress.report(done + 1, len(rows), QT_TRANSLATE_NOOP("Progress", "Saving…"))
    sheet.column_dimensions["G"].number_format = "yyyy-mm-dd"
    for cell in sheet["G"][1:]:
        cell.number_format = "yyyy-mm-dd"
    spreadsheets.save(workbook, out)
    return len(rows)
