"""The grid (社区 → 小区 → 楼栋 → 单元): the one place that walks it.

Paths, ancestry, the households' address text and sort order derive from the
grid, so renaming a node rewrites them here; every caller that needs a node by
its name path, its children or the whole grid in memory comes here too.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.grid_order import household_sort_key
from hearth_desk.domain.models import GridLevel, GridNode, Household
from hearth_desk.services import audit


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
    node = node_or_error(session, node_id)
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

    node = node_or_error(session, node_id)
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


def node_or_error(session: Session, node_id: int) -> GridNode:
    node = session.get(GridNode, node_id)
    if node is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That part of the grid no longer exists."))
    return node
