"""Certificate numbers: one sequence per kind and year, never reused.

The next sequence is the highest taken for (kind, year) plus one, read inside the
issuing transaction. Two windows issuing at once may both read the same highest: the
unique (kind, year, sequence) makes the second insert fail, and it takes the next one
inside a savepoint, keeping the rest of its transaction (as ``events.signups`` does for
seats). Voided certificates keep their rows, so their numbers are never handed out again.
"""

from __future__ import annotations

from sqlalchemy import false, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Certificate, CertificateKind
from hearth_desk.services.certificates.settings import IssuerSettings, format_number

NUMBER_ATTEMPTS = 20  # another window took the number we saw free: look again, this many times
# The word for each kind in a number: {kind} in 和平里{kind}〔2026〕第0007号.
KIND_WORDS = {CertificateKind.RECORD.value: "志证", CertificateKind.HONOUR.value: "荣证"}


def certificate_number(settings: IssuerSettings, kind: str, year: int, sequence: int) -> str:
    """The number as printed, e.g. 和平里志证〔2026〕第0007号."""
    return format_number(
        settings.number_format, settings.short_name, KIND_WORDS[kind], year, sequence
    )


def begin_numbering(session: Session) -> None:
    """Start the issuing transaction with a write that changes nothing.

    SQLite's driver begins a transaction only before a write, and a savepoint taken
    outside one commits when it is released: the first certificate would be committed
    on its own, whatever happened to the batch (its PDF) afterwards. This write begins
    the transaction first, and on SQLite takes the write lock, so two windows number
    one after the other there (on PostgreSQL it locks nothing)."""
    session.execute(update(Certificate).where(false()).values(sequence=Certificate.sequence))


def next_sequence(session: Session, kind: str, year: int) -> int:
    """One past the highest sequence taken for ``kind`` in ``year`` (voided ones count)."""
    highest = session.scalar(
        select(func.max(Certificate.sequence)).where(
            Certificate.kind == kind, Certificate.year == year
        )
    )
    return (highest or 0) + 1


class NumberTaken(UserError):
    """Every attempt found its number taken by another window: try again later."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Another window is issuing certificates at the same time; nothing was "
                "registered. Please try again.",
            )
        )


class Numberer:
    """Hands out numbers within one issuing transaction: the highest is read once per
    (kind, year), then counted on; a clash with another window reads it again."""

    def __init__(self, session: Session, settings: IssuerSettings) -> None:
        self.session = session
        self.settings = settings
        self._next: dict[tuple[str, int], int] = {}

    def add_numbered(self, certificate: Certificate) -> None:
        """Give ``certificate`` (kind and year set) the next number and insert it.

        A savepoint per attempt: when another transaction committed the same sequence
        (or, on PostgreSQL, holds it uncommitted and then commits), our insert fails
        alone and we read the highest again."""
        key = (certificate.kind, certificate.year)
        for _attempt in range(NUMBER_ATTEMPTS):
            if key not in self._next:
                self._next[key] = next_sequence(self.session, *key)
            certificate.sequence = self._next[key]
            certificate.number = certificate_number(self.settings, *key, certificate.sequence)
            try:
                with self.session.begin_nested():
                    self.session.add(certificate)
                    self.session.flush()
            except IntegrityError:
                del self._next[key]  # someone else's now: look again
                continue
            self._next[key] += 1
            return
        raise NumberTaken()
