"""The grid (社区 → 小区 → 楼栋 → 单元): the one node that walks it.

Everything that follows the grid up or down comes here: a node's path (its
ancestry, compound first), the names and order that households' addresses and sort
keys derive from, lookup by name path (``和平里一区/3栋``) and by a sheet's spelling
(``GridIndex``: 3号楼 finds 3栋), children, and the units below a node. There are two
walks and no more: ``_chain`` up through nodes in memory (stored ones, or the whole
grid read at once by ``WholeGrid``), and ``units_under`` down in SQL. Renaming a
node rewrites the addresses below it here too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.findings import Finding
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import GridLevel, GridNode, Household
from hearth_desk.domain.text_fields import checked, column_length, text_problem
from hearth_desk.services import audit
from hearth_desk.services.ledger.derived import MAX_ADDRESS, address_text, household_columns

MAX_GRID_NAME = column_length(GridNode.name)
MAX_LEADER_NAME = column_length(GridNode.leader_name)

N = TypeVar("N")

# --- the walk up ---------------------------------------------------------------------


def _chain(node: N | None, parent: Callable[[N], N | None]) -> list[N]:
    """``node`` and its ancestors, compound first: the one walk up the grid."""
    chain: list[N] = []
    while node is not None:
        chain.append(node)
        node = parent(node)
    return chain[::-1]


def _stored_parent(node: GridNode) -> GridNode | None:
    return node.parent


def grid_path(session: Session, node_id: int) -> list[GridNode]:
    """The node and its ancestors, compound first."""
    return _chain(session.get(GridNode, node_id), _stored_parent)


def address_of(unit: GridNode, door: str) -> str:
    return household_columns(_chain(unit, _stored_parent), door)["address"]


def sort_key_of(unit: GridNode, door: str) -> str:
    return household_columns(_chain(unit, _stored_parent), door)["sort_key"]


# --- the whole grid in memory ----------------------------------------------------------


@dataclass(frozen=True)
class GridNodeRow:
    """A node of the grid as read by ``WholeGrid``, usable without a session: a row of
    the grid tree, and a step on a unit's path. The leader's phone comes masked."""

    id: int
    parent_id: int | None
    level: str  # compound / building / unit
    name: str
    leader_name: str
    leader_phone_masked: str
    sort_order: int = 0


class WholeGrid:
    """The whole grid read in one query (a community has thousands of nodes at most),
    for work over many units at once: the paths, names and sort prefixes of every
    unit, the tree's rows and the import's index, without a query per node."""

    def __init__(self, nodes: Iterable[GridNodeRow]) -> None:
        self.nodes = {node.id: node for node in nodes}
        self._paths: dict[int, list[GridNodeRow]] = {}

    @classmethod
    def load(cls, session: Session) -> WholeGrid:
        statement = select(
            GridNode.id,
            GridNode.parent_id,
            GridNode.level,
            GridNode.name,
            GridNode.sort_order,
            GridNode.leader_name,
            GridNode.leader_phone,
        ).order_by(GridNode.id)
        return cls(
            GridNodeRow(node_id, parent, level, name, leader or "", mask_phone(phone), order or 0)
            for node_id, parent, level, name, order, leader, phone in session.execute(statement)
        )

    def _parent(self, node: GridNodeRow) -> GridNodeRow | None:
        return self.nodes.get(node.parent_id) if node.parent_id is not None else None

    def path(self, node_id: int) -> list[GridNodeRow]:
        """The node and its ancestors, compound first ([] for an unknown id)."""
        if node_id not in self._paths:
            self._paths[node_id] = _chain(self.nodes.get(node_id), self._parent)
        return self._paths[node_id]

    def units(self) -> list[GridNodeRow]:
        return [node for node in self.nodes.values() if node.level == GridLevel.UNIT.value]

    def unit_names(self) -> dict[int, tuple[str, str, str]]:
        """Unit id → (compound, building, unit) names."""
        names: dict[int, tuple[str, str, str]] = {}
        for unit in self.units():
            path = self.path(unit.id)
            if len(path) == 3:
                names[unit.id] = (path[0].name, path[1].name, path[2].name)
        return names

    def household_columns(self, unit_id: int, door: str) -> dict[str, str]:
        """The address and sort key of a household at ``door`` of this unit."""
        return household_columns(self.path(unit_id), door)

    def siblings_in_order(self) -> list[GridNodeRow]:
        """Every node; siblings in the office's order."""
        return sorted(self.nodes.values(), key=lambda node: (node.sort_order, node.id))


def grid_names(session: Session) -> dict[int, tuple[str, str, str]]:
    """Unit id → (compound, building, unit) names, from one query over the grid."""
    return WholeGrid.load(session).unit_names()


def unit_sort_prefixes(session: Session) -> dict[int, str]:
    """Unit id → the grid part of its households' sort keys (one query; for bulk writes)."""
    grid = WholeGrid.load(session)
    return {unit.id: grid.household_columns(unit.id, "")["sort_key"] for unit in grid.units()}


def grid_nodes(session: Session) -> list[GridNodeRow]:
    """Every compound, building and unit; siblings in the office's order."""
    return WholeGrid.load(session).siblings_in_order()


# --- a sheet's spelling of a grid name ---------------------------------------------------


def grid_key(name: str) -> str:
    """What makes two spellings of a building, unit or door the same: their digits
    (3栋 = 3号楼 = 3; 0401 = 401), else the name itself."""
    digits = re.fullmatch(r"0*(\d+)\D*", name)
    return digits.group(1) if digits else name


def compound_key(name: str) -> str:
    """What makes two spellings of a compound the same: full-width forms and spaces aside."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def _spelling_key(name: str, is_compound: bool) -> str:
    return compound_key(name) if is_compound else grid_key(name)


class GridIndex:
    """The grid by spelling: a sheet's building or unit is matched to the store's node
    with the same digits (3号楼 finds 3栋), so an import makes no twin nodes. Where two
    stored nodes spell alike, the older one is found."""

    def __init__(self, grid: WholeGrid) -> None:
        self.children: dict[int | None, dict[str, tuple[int, str]]] = defaultdict(dict)
        for node in grid.nodes.values():  # by id: the older node first
            key = _spelling_key(node.name, node.parent_id is None)
            self.children[node.parent_id].setdefault(key, (node.id, node.name))

    def resolve(self, names: Sequence[str]) -> tuple[tuple[str, ...], int | None]:
        """``names`` (compound, building, unit) in the store's spelling as far as the
        store has them, and the id of the last node if all of them exist."""
        resolved = list(names)
        parent: int | None = None
        for depth, name in enumerate(names):
            found = self.children.get(parent, {}).get(_spelling_key(name, depth == 0))
            if found is None:
                return tuple(resolved), None
            parent, resolved[depth] = found
        return tuple(resolved), parent


# --- lookup and changes in the store -------------------------------------------------------


def _children_of(parent_id: int | None) -> ColumnElement[bool]:
    """Compounds when ``parent_id`` is None, else the nodes under it."""
    return GridNode.parent_id.is_(None) if parent_id is None else GridNode.parent_id == parent_id


def find_child(session: Session, parent_id: int | None, name: str) -> GridNode | None:
    statement = select(GridNode).where(_children_of(parent_id), GridNode.name == name)
    return session.scalars(statement).first()


def resolve_grid_path(session: Session, path: str) -> GridNode:
    """The node at ``和平里一区/3栋/2单元`` (compound, then building, then unit).

    A full-width ／ separates too; an unknown name is a ``UserError`` naming it.
    """
    names = [name.strip() for name in path.replace("／", "/").split("/") if name.strip()]
    if not names or len(names) > 3:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“{path}” is not a grid path; write compound/building/unit, "
                "e.g. 和平里一区/3栋/2单元.",
            ),
            path=path,
        )
    node: GridNode | None = None
    for depth, name in enumerate(names):
        node = find_child(session, node.id if node is not None else None, name)
        if node is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The grid has no “{name}”."),
                name="/".join(names[: depth + 1]),
            )
    assert node is not None
    return node


def grid_name_problem(name: str) -> Finding | None:
    """What keeps ``name`` from naming a compound, building or unit: a control
    character, or more characters than the column holds."""
    return text_problem(name, MAX_GRID_NAME)


def _grid_name(name: str) -> str:
    """The name as stored (spaces collapsed), or a ``UserError``."""
    cleaned = " ".join(checked(name).split())
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The grid name is empty."))
    return checked(cleaned, MAX_GRID_NAME)


def add_grid_node(session: Session, parent_id: int | None, name: str) -> GridNode:
    """A new compound (no parent), building or unit under ``parent_id``."""
    name = _grid_name(name)
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
    name = _grid_name(name)
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
    name = checked(" ".join(checked(name).split()), MAX_LEADER_NAME)
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
    grid = WholeGrid.load(session)
    for unit_id in units_under(session, node_id):
        prefix = address_text((node.name for node in grid.path(unit_id)), "")
        session.execute(
            update(Household)
            .where(Household.unit_id == unit_id)
            .values(address=func.substr(prefix + Household.door, 1, MAX_ADDRESS))
        )


def node_or_error(session: Session, node_id: int) -> GridNode:
    node = session.get(GridNode, node_id)
    if node is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That part of the grid no longer exists."))
    return node
