"""The office's staff, found by name: who walked a visit, who moved a request, who sits
at the desk (``--by NAME`` on the command line, the desk dialog in the window)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Staff


def staff_named(session: Session, name: str) -> Staff:
    """The staff member of this name (active or not: history names those who left)."""
    found = session.scalar(select(Staff).where(Staff.name == name.strip()))
    if found is None:
        known = session.scalars(
            select(Staff.name).where(Staff.active.is_(True)).order_by(Staff.sort_order, Staff.id)
        ).all()
        if not known:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "There is no staff member called {name}: the staff list is empty"
                    " (add one with staff add).",
                ),
                name=name,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "There is no staff member called {name}; the staff are: {known}."
            ),
            name=name,
            known="、".join(known),
        )
    return found
