"""Use cases that change the household ledger (住户台账), each in the caller's transaction.

Every change goes through here so that three things never drift: derived columns
(a household's address text, a resident's pinyin key), the uniqueness of ID numbers
with a message naming both people, and the change record of who did it. Residents
are never deleted: they are marked moved out or deceased with a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.grid_order import household_sort_key
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import (
    HEAD_RELATION,
    CareTag,
    GridLevel,
    GridNode,
    Household,
    Resident,
    ResidentStatus,
    resident_care_tag,
)
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services import audit
from hearth_desk.services.residents import CleanResident, ResidentInput, clean_resident

# --- the grid ----------------------------------------------------------------------


def grid_path(session: Session, node_id: int) -> list[GridNode]:
    """The node and its ancestors, compound first."""
    path: list[GridNode] = []
    node = session.get(GridNode, node_id)
    while node is not None:
        path.append(node)
        node = node.parent
    return path[::-1]


def address_of(unit: GridNode, door: str) -> str:
    names = [node.name for node in _ancestry(unit)]
    return "".join(names) + door


def sort_key_of(unit: GridNode, door: str) -> str:
    return household_sort_key([(n.sort_order or 0, n.id) for n in _ancestry(unit)], door)


def unit_sort_prefixes(session: Session) -> dict[int, str]:
    """Unit id → the grid part of its households' sort keys (one query; for bulk writes)."""
    nodes = {
        node_id: (parent_id, order or 0)
        for node_id, parent_id, order in session.execute(
            select(GridNode.id, GridNode.parent_id, GridNode.sort_order)
        )
    }
    prefixes = {}
    for node_id in nodes:
        path, current = [], node_id
        while current is not None:
            parent_id, order = nodes[current]
            path.append((order, current))
            current = parent_id
        if len(path) == 3:  # a unit: unit, building, compound
            prefixes[node_id] = household_sort_key(path[::-1], "")
    return prefixes


def _ancestry(node: GridNode) -> list[GridNode]:
    chain = []
    current: GridNode | None = node
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain[::-1]


def _children_of(parent_id: int | None) -> ColumnElement[bool]:
    """Compounds when ``parent_id`` is None, else the nodes under it."""
    return GridNode.parent_id.is_(None) if parent_id is None else GridNode.parent_id == parent_id


def find_child(session: Session, parent_id: int | None, name: str) -> GridNode | None:
    statement = select(GridNode).where(_children_of(parent_id), GridNode.name == name)
    return session.scalars(statement).first()


def add_grid_node(session: Session, parent_id: int | None, name: str) -> GridNode:
    """A new compound (no parent), building or unit under ``parent_id``."""
    name = " ".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The grid name is empty."))
    parent = session.get(GridNode, parent_id) if parent_id is not None else None
    if parent_id is not None and parent is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That part of the grid no longer exists."))
    level = GridLevel.COMPOUND if parent is None else GridLevel(parent.level).child
    if level is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A unit cannot contain further levels."))
    if find_child(session, parent_id, name) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{name}” already exists at this level."), name=name
        )
    siblings = session.scalar(
        select(func.count()).select_from(GridNode).where(_children_of(parent_id))
    )
    node = GridNode(parent=parent, level=level.value, name=name, sort_order=siblings or 0)
    session.add(node)
    session.flush()
    audit.record(session, "grid_node", node.id, "create", name=name, level=level.value)
    return node


def ensure_unit(session: Session, compound: str, building: str, unit: str) -> GridNode:
    """The unit at this address, creating the compound, building and unit as needed."""
    parent_id: int | None = None
    node: GridNode | None = None
    for name in (compound, building, unit):
        node = find_child(session, parent_id, name) or add_grid_node(session, parent_id, name)
        parent_id = node.id
    assert node is not None
    return node


def rename_grid_node(session: Session, node_id: int, name: str) -> GridNode:
    node = _node(session, node_id)
    name = " ".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The grid name is empty."))
    other = find_child(session, node.parent_id, name)
    if other is not None and other.id != node.id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{name}” already exists at this level."), name=name
        )
    audit.record(session, "grid_node", node.id, "update", {"name": (node.name, name)})
    node.name = name
    session.flush()
    refresh_addresses(session, node.id)
    return node


def set_grid_leader(session: Session, node_id: int, name: str, phone: str) -> GridNode:
    from hearth_desk.domain.findings import InvalidValue
    from hearth_desk.domain.phones import normalise_phone

    node = _node(session, node_id)
    name = " ".join(name.split())
    cleaned: str | None = None
    if phone.strip():
        try:
            cleaned = normalise_phone(phone)
        except InvalidValue as problem:
            raise UserError(problem.finding.message, **problem.finding.params) from None
    audit.record(
        session,
        "grid_node",
        node.id,
        "update",
        {"leader_name": (node.leader_name, name or None), "phone": (node.leader_phone, cleaned)},
    )
    node.leader_name, node.leader_phone = name or None, cleaned
    session.flush()
    return node


def units_under(session: Session, node_id: int) -> list[int]:
    """Ids of the units at or below ``node_id``."""
    level = session.scalar(select(GridNode.level).where(GridNode.id == node_id))
    if level is None:
        return []
    ids = [node_id]
    while level != GridLevel.UNIT.value:
        ids = list(session.scalars(select(GridNode.id).where(GridNode.parent_id.in_(ids))))
        level = GridLevel(level).child.value  # type: ignore[union-attr]
        if not ids:
            break
    return ids


def refresh_addresses(session: Session, node_id: int) -> None:
    """Rewrite the address text of every household at or below ``node_id``."""
    for unit_id in units_under(session, node_id):
        unit = session.get(GridNode, unit_id)
        assert unit is not None
        prefix = address_of(unit, "")
        session.execute(
            update(Household)
            .where(Household.unit_id == unit_id)
            .values(address=prefix + Household.door)
        )


def _node(session: Session, node_id: int) -> GridNode:
    node = session.get(GridNode, node_id)
    if node is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That part of the grid no longer exists."))
    return node


# --- care tags ---------------------------------------------------------------------


def care_tags(session: Session) -> list[CareTag]:
    return list(session.scalars(select(CareTag).order_by(CareTag.sort_order, CareTag.id)))


def add_care_tag(session: Session, name: str) -> CareTag:
    name = "".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The care tag is empty."))
    if session.scalar(select(CareTag).where(CareTag.name == name)) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The care tag “{name}” exists already."), name=name
        )
    order = session.scalar(select(func.coalesce(func.max(CareTag.sort_order), -1))) + 1
    tag = CareTag(name=name, sort_order=order)
    session.add(tag)
    session.flush()
    audit.record(session, "care_tag", tag.id, "create", name=name)
    return tag


def rename_care_tag(session: Session, tag_id: int, name: str) -> CareTag:
    tag = session.get(CareTag, tag_id)
    name = "".join(name.split())
    if tag is None or not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The care tag is empty."))
    other = session.scalar(select(CareTag).where(CareTag.name == name))
    if other is not None and other.id != tag.id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The care tag “{name}” exists already."), name=name
        )
    audit.record(session, "care_tag", tag.id, "update", {"name": (tag.name, name)})
    tag.name = name
    session.flush()
    return tag


def remove_care_tag(session: Session, tag_id: int) -> None:
    """Remove a tag nobody carries; a tag in use must first be taken off its residents."""
    tag = session.get(CareTag, tag_id)
    if tag is None:
        return
    used = session.scalar(
        select(func.count())
        .select_from(resident_care_tag)
        .where(resident_care_tag.c.care_tag_id == tag_id)
    )
    if used:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The care tag “{name}” is carried by {count} residents; it is kept."
            ),
            name=tag.name,
            count=used,
        )
    audit.record(session, "care_tag", tag.id, "delete", name=tag.name)
    session.delete(tag)
    session.flush()


def tags_named(session: Session, names: Iterable[str]) -> list[CareTag]:
    """The tags of these names; an unknown name is a ``UserError`` listing the known ones."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    found = {t.name: t for t in session.scalars(select(CareTag).where(CareTag.name.in_(wanted)))}
    unknown = [name for name in wanted if name not in found]
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Unknown care tag “{name}”; the list has: {known}."),
            name=unknown[0],
            known="、".join(t.name for t in care_tags(session)),
        )
    return [found[name] for name in wanted]


# --- households and residents ------------------------------------------------------


def check_unique_id(
    session: Session, id_number: str | None, resident_id: int | None = None
) -> None:
    """Refuse an ID number another resident already has, naming that resident."""
    if not id_number:
        return
    other = session.scalars(select(Resident).where(Resident.id_number == id_number)).first()
    if other is not None and other.id != resident_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The ID number {number} already belongs to {name} ({address})."
            ),
            number=mask_id_number(id_number),
            name=other.name,
            address=other.household.address,
        )


def _clean_or_raise(data: ResidentInput) -> CleanResident:
    clean, findings = clean_resident(data)
    if clean is None:
        first = next(f for f in findings if f.finding.is_error)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{field}: {problem}"),
            field=Term(FIELD_LABELS[first.field]),
            problem=first.finding,
        )
    return clean


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("UserError", "Name"),
    "gender": QT_TRANSLATE_NOOP("UserError", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("UserError", "Birth date"),
    "id_number": QT_TRANSLATE_NOOP("UserError", "ID number"),
    "phone": QT_TRANSLATE_NOOP("UserError", "Phone"),
    "relation": QT_TRANSLATE_NOOP("UserError", "Relation to head"),
    "work_unit": QT_TRANSLATE_NOOP("UserError", "Work unit"),
    "notes": QT_TRANSLATE_NOOP("UserError", "Notes"),
    "tags": QT_TRANSLATE_NOOP("UserError", "Care tags"),
}


def _apply(session: Session, resident: Resident, clean: CleanResident) -> dict[str, tuple]:
    changes: dict[str, tuple] = {}
    for key, value in clean.column_values().items():
        old = getattr(resident, key)
        if old != value:
            changes[key] = (old, value)
            setattr(resident, key, value)
    resident.search_key = name_search_key(clean.name)
    tags = tags_named(session, clean.tags)
    old_tags = [t.name for t in resident.tags] if resident.id is not None else []
    if [t.name for t in tags] != old_tags:
        changes["tags"] = ("、".join(old_tags), "、".join(t.name for t in tags))
        resident.tags = tags
    resident.updated_at = dt.datetime.now().replace(microsecond=0)
    resident.updated_by = audit.current_actor()[:50]
    return changes


def add_household(session: Session, unit_id: int, door: str, head: ResidentInput) -> Household:
    """A new household at ``door`` of a unit, with its head."""
    unit = _node(session, unit_id)
    if unit.level != GridLevel.UNIT.value:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Households live in units; choose a unit."))
    door = "".join(door.split())
    if not door:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The door number is empty."))
    household = Household(
        unit_id=unit.id,
        door=door[:20],
        address=address_of(unit, door[:20]),
        sort_key=sort_key_of(unit, door[:20]),
    )
    session.add(household)
    session.flush()
    audit.record(session, "household", household.id, "create", address=household.address)
    head.relation = HEAD_RELATION
    add_member(session, household.id, head)
    return household


def add_member(session: Session, household_id: int, data: ResidentInput) -> Resident:
    household = session.get(Household, household_id)
    if household is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That household no longer exists."))
    clean = _clean_or_raise(data)
    check_unique_id(session, clean.id_number)
    resident = Resident(household=household, status=ResidentStatus.LIVING.value)
    session.add(resident)
    changes = _apply(session, resident, clean)
    session.flush()
    audit.record(session, "resident", resident.id, "create", changes)
    return resident


def update_resident(session: Session, resident_id: int, data: ResidentInput) -> Resident:
    resident = _resident(session, resident_id)
    clean = _clean_or_raise(data)
    check_unique_id(session, clean.id_number, resident.id)
    changes = _apply(session, resident, clean)
    session.flush()
    if changes:
        audit.record(session, "resident", resident.id, "update", changes)
    return resident


def move_resident(session: Session, resident_id: int, household_id: int, relation: str) -> Resident:
    """Move a member into another household (a child marrying out, an elder moving in)."""
    resident = _resident(session, resident_id)
    target = session.get(Household, household_id)
    if target is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That household no longer exists."))
    relation = "".join(relation.split()) or HEAD_RELATION
    audit.record(
        session,
        "resident",
        resident.id,
        "move",
        {
            "household": (resident.household.address, target.address),
            "relation": (resident.relation, relation),
        },
    )
    resident.household = target
    resident.relation = relation[:20]
    resident.updated_at = dt.datetime.now().replace(microsecond=0)
    resident.updated_by = audit.current_actor()[:50]
    session.flush()
    return resident


def set_status(
    session: Session, resident_id: int, status: ResidentStatus, date: dt.date | None
) -> Resident:
    """Mark a resident living again, moved out or deceased (with the date it happened)."""
    resident = _resident(session, resident_id)
    if status is not ResidentStatus.LIVING and date is None:
        date = dt.date.today()
    if status is ResidentStatus.LIVING:
        date = None
    audit.record(
        session,
        "resident",
        resident.id,
        "status",
        {"status": (resident.status, status.value), "status_date": (resident.status_date, date)},
    )
    resident.status, resident.status_date = status.value, date
    resident.updated_at = dt.datetime.now().replace(microsecond=0)
    resident.updated_by = audit.current_actor()[:50]
    session.flush()
    return resident


def household_members(session: Session, household_id: int) -> Sequence[Resident]:
    """Members, head first, then by birth date."""
    return session.scalars(
        select(Resident)
        .where(Resident.household_id == household_id)
        .order_by((Resident.relation != HEAD_RELATION), Resident.birth_date, Resident.id)
    ).all()


def _resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That resident no longer exists."))
    return resident
