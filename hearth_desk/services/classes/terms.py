"""Terms (学期) and their closure days, found by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Term, TermClosure
from hearth_desk.domain.text_fields import checked, column_length


def add_term(
    session: Session,
    name: str,
    start: dt.date,
    end: dt.date,
    closed: Iterable[tuple[dt.date, str | None]] = (),
) -> Term:
    """A new term; closure days outside it are refused (a typo in the year, say)."""
    name = checked(name.strip(), column_length(Term.name))
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The term has no name."))
    if end < start:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The term ends on {end}, before it starts on {start}."),
            start=start.isoformat(),
            end=end.isoformat(),
        )
    if session.scalar(select(Term.id).where(Term.name == name)) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is a term called {name} already."), name=name
        )
    term = Term(name=name, start_date=start, end_date=end)
    session.add(term)
    for day, reason in dict(closed).items():
        term.closures.append(closure_day(term, day, reason))
    session.flush()
    return term


def closure_day(term: Term, day: dt.date, reason: str | None) -> TermClosure:
    """A checked closure day of ``term`` (a new term's, or one added later)."""
    if not term.start_date <= day <= term.end_date:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The closure day {date} is outside the term ({start} to {end})."
            ),
            date=day.isoformat(),
            start=term.start_date.isoformat(),
            end=term.end_date.isoformat(),
        )
    text = (reason or "").strip() or None
    return TermClosure(
        date=day, reason=checked(text, column_length(TermClosure.reason)) if text else None
    )


def term_named(session: Session, name: str) -> Term:
    term = session.scalar(select(Term).where(Term.name == name.strip()))
    if term is None:
        known = session.scalars(select(Term.name).order_by(Term.start_date.desc())).all()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "There is no term called {name}; the terms are: {known}."
            ),
            name=name.strip(),
            known="、".join(known) or "—",
        )
    return term


def current_term(session: Session, today: dt.date | None = None) -> Term | None:
    """The term today falls in, else the next to start, else the latest that ended."""
    today = today or dt.date.today()
    terms = list(session.scalars(select(Term).order_by(Term.start_date)))
    running = [t for t in terms if t.start_date <= today <= t.end_date]
    coming = [t for t in terms if t.start_date > today]
    return (running or coming or terms[::-1] or [None])[0]
