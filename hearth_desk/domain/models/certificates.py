"""Certificates the office issues, and their register (出具登记簿).

A certificate's number is a sequence per year and kind: (kind, year, sequence) is
unique, so two windows issuing at once cannot both take the same number; the second
insert fails and takes the next one. Numbers are never reused: a voided certificate
keeps its row, marked 作废. Issuing again for the same person, kind and period finds
the row (``one_per_person_and_period``) and reprints its number, noting a 补打 line
in ``CertificatePrint``.

The register keeps what was printed as it was printed (name, ID number, hours,
content, issuer), not a link to rows that may change later: a certificate is a paper
that exists. The ID number is kept whole, as the certificate proves identity.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hearth_desk.domain.models.base import Base


class CertificateKind(enum.StrEnum):
    RECORD = "record"  # 志愿服务记录证明
    HONOUR = "honour"  # 荣誉证书


class Certificate(Base):
    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("kind", "year", "sequence", name="one_number_per_sequence"),
        UniqueConstraint(
            "kind", "member_id", "period_start", "period_end", name="one_per_person_and_period"
        ),
        CheckConstraint("kind IN ('record', 'honour')", name="kind_known"),
        CheckConstraint("sequence > 0", name="sequence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)  # the year of the number (〔2026〕)
    sequence: Mapped[int] = mapped_column(Integer)  # 第0007号
    number: Mapped[str] = mapped_column(String(60), unique=True)  # as printed
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    person_name: Mapped[str] = mapped_column(String(50))
    id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    id_number: Mapped[str | None] = mapped_column(String(18))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(7, 1), default=Decimal(0))
    content: Mapped[str] = mapped_column(Text, default="")  # what was done, or the honour
    issuer: Mapped[str] = mapped_column(String(100))  # the organisation, as printed
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(50), default="")  # the handler (经办人)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)  # 作废
    void_reason: Mapped[str | None] = mapped_column(String(200))
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    prints: Mapped[list[CertificatePrint]] = relationship(
        back_populates="certificate", cascade="all, delete-orphan", order_by="CertificatePrint.id"
    )


class CertificatePrint(Base):
    """Each time a certificate was printed: the first issue, then 补打 lines."""

    __tablename__ = "certificate_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("certificate.id", ondelete="CASCADE"), index=True
    )
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    printed_by: Mapped[str] = mapped_column(String(50), default="")
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)  # 补打

    certificate: Mapped[Certificate] = relationship(back_populates="prints")


class CertificateSettings(Base):
    """Who issues, and how numbers and honours read: one row, set in the window's
    settings and read by every certificate."""

    __tablename__ = "certificate_settings"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    issuer: Mapped[str] = mapped_column(String(100), default="")  # 出具单位 (organisation)
    person_in_charge: Mapped[str] = mapped_column(String(50), default="")  # 负责人
    handler: Mapped[str] = mapped_column(String(50), default="")  # 经办人
    contact_phone: Mapped[str] = mapped_column(String(20), default="")  # 联系电话
    short_name: Mapped[str] = mapped_column(String(20), default="")  # 洪山 in 洪山志证〔2026〕…
    # {short}, {kind}, {year}, {sequence:04d}: 洪山志证〔2026〕第0007号
    number_format: Mapped[str] = mapped_column(
        String(100), default="{short}{kind}〔{year}〕第{sequence:04d}号"
    )
    honour_template: Mapped[str] = mapped_column(
        Text, default="授予 {姓名} 同志 {年度} 年度优秀志愿者称号"
    )
