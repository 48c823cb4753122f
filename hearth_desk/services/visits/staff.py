"""The office's staff, found by name: who walked a visit, who moved a request, who sits
at the desk (``--by NAME`` on the command line, the desk dialog in the window); and the
list itself: add, change, deactivate, with each person's role, phone and grid nodes.

Phones are checked as the ledger checks them (``domain.phones``); grid nodes are named
as the ledger names them (``和平里一区/1栋``, ``services.ledger.grid``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import GridNode, Staff
from hearth_desk.domain.phones import normalise_phone
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.domain.visit_words import STAFF_ROLE_CHINESE, code_for
from hearth_desk.services import audit
from hearth_desk.services.ledger.grid import WholeGrid, node_or_error, resolve_grid_path
from hearth_desk.services.visits.pins import staff_or_error


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


# --- the list ---------------------------------------------------------------------


@dataclass(frozen=True)
class StaffEntry:
    """What staff type for a person: the role is a code (``StaffRole``), the phone
    as typed, the grid nodes by id."""

    name: str
    role: str
    phone: str = ""
    grid_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StaffRow:
    """A staff member as the list shows them: grids by name path (和平里一区/1栋)."""

    id: int
    name: str
    role: str
    phone: str  # stored form; the list masks it
    grid_ids: tuple[int, ...]
    grids: tuple[str, ...]
    has_pin: bool
    active: bool

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


MAX_STAFF_NAME = column_length(Staff.name)


def role_code(word: str) -> str:
    """The role a word names: the office's word (网格员) or the code (grid_worker)."""
    code = code_for(STAFF_ROLE_CHINESE, word)
    if code is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{role}” is not a role; the roles are {known}."),
            role=word,
            known="、".join(STAFF_ROLE_CHINESE.values()),
        )
    return code


def grid_node_name(grid: WholeGrid, node_id: int) -> str:
    """A grid node as the command line names it: 和平里一区/1栋/2单元."""
    return "/".join(node.name for node in grid.path(node_id))


def staff_list(session: Session, *, with_inactive: bool = False) -> list[StaffRow]:
    """The staff in the office's order; those who left only when asked for."""
    statement = select(Staff).order_by(Staff.sort_order, Staff.id)
    if not with_inactive:
        statement = statement.where(Staff.active.is_(True))
    people = list(session.scalars(statement))
    grid = WholeGrid.load(session) if people else WholeGrid(())
    rows = []
    for person in people:
        ids = tuple(node.id for node in person.grids)
        rows.append(
            StaffRow(
                person.id,
                person.name,
                person.role,
                person.phone or "",
                ids,
                tuple(grid_node_name(grid, node_id) for node_id in ids),
                bool(person.pin_hash),
                person.active,
            )
        )
    return rows


# --- changes ------------------------------------------------------------------------


def _clean_name(session: Session, name: str, staff_id: int | None) -> str:
    name = checked(" ".join(checked(name).split()), MAX_STAFF_NAME)
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The staff member's name is empty."))
    other = session.scalar(select(Staff.id).where(Staff.name == name))
    if other is not None and other != staff_id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is already a staff member called {name}."),
            name=name,
        )
    return name


def _clean_phone(phone: str) -> str | None:
    """The phone as the ledger stores phones (``domain.phones``), or None if blank."""
    if not phone.strip():
        return None
    try:
        return normalise_phone(phone)
    except InvalidValue as problem:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{field}: {problem}"),
            field=Term(QT_TRANSLATE_NOOP("UserError", "Phone")),
            problem=problem.finding,
        ) from None


def _grid_nodes(session: Session, ids: Sequence[int]) -> list[GridNode]:
    return [node_or_error(session, node_id) for node_id in dict.fromkeys(ids)]


def add_staff(session: Session, entry: StaffEntry) -> Staff:
    name = _clean_name(session, entry.name, None)
    role = role_code(entry.role)
    order = session.scalar(select(func.coalesce(func.max(Staff.sort_order), -1))) + 1
    staff = Staff(name=name, role=role, phone=_clean_phone(entry.phone), sort_order=order)
    staff.grids = _grid_nodes(session, entry.grid_ids)
    session.add(staff)
    session.flush()
    audit.record(
        session, "staff", staff.id, "create", name=name, role=role, phone=staff.phone or ""
    )
    return staff


def update_staff(session: Session, staff_id: int, entry: StaffEntry) -> Staff:
    staff = staff_or_error(session, staff_id)
    name = _clean_name(session, entry.name, staff.id)
    role = role_code(entry.role)
    phone = _clean_phone(entry.phone)
    nodes = _grid_nodes(session, entry.grid_ids)
    changes = {
        field: (old, new)
        for field, old, new in (
            ("name", staff.name, name),
            ("role", staff.role, role),
            ("phone", staff.phone, phone),
            ("grids", [n.id for n in staff.grids], sorted(n.id for n in nodes)),
        )
        if old != new
    }
    staff.name, staff.role, staff.phone, staff.grids = name, role, phone, nodes
    session.flush()
    if changes:
        audit.record(session, "staff", staff.id, "update", changes)
    return staff


def set_staff_active(session: Session, staff_id: int, active: bool) -> Staff:
    """Deactivate one who left (history keeps naming them), or take them back."""
    staff = staff_or_error(session, staff_id)
    if staff.active != active:
        audit.record(session, "staff", staff.id, "update", {"active": (staff.active, active)})
        staff.active = active
        session.flush()
    return staff


def grid_ids_named(session: Session, paths: Sequence[str]) -> tuple[int, ...]:
    """The grid nodes the command line names (``和平里一区`` or ``和平里一区/1栋``)."""
    return tuple(resolve_grid_path(session, path).id for path in paths)


def has_staff(session: Session) -> bool:
    """Whether the office keeps a staff list at all (then the desk names one of them)."""
    return session.scalar(select(Staff.id).where(Staff.active.is_(True)).limit(1)) is not None
