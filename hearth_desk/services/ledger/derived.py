"""The columns a household and a resident derive from their own fields: one rule for
the entry forms and the import alike.

A household's address text (和平里一区3栋2单元0401) and sort key come from its unit's
path in the grid and its door; a resident's search key is the pinyin of the name, and
every write stamps who made it and when. The forms (``households``) set these on ORM
objects and the import (``importing.apply``) puts them into bulk inserts, but both take
them from here, so a resident imported and the same resident typed in are stored alike.

A derived value never exceeds its column: a 50-character name's pinyin key, or the
address of a door under three 100-character grid names, is cut to the column's length
(read from the model), so that PostgreSQL takes at commit what SQLite takes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from hearth_desk.domain.grid_order import household_sort_key
from hearth_desk.domain.models import Household, Resident
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.domain.text_fields import column_length
from hearth_desk.services import audit

MAX_ACTOR = column_length(Resident.updated_by)
MAX_DOOR = column_length(Household.door)
MAX_ADDRESS = column_length(Household.address)
MAX_SORT_KEY = column_length(Household.sort_key)
MAX_SEARCH_KEY = column_length(Resident.search_key)


class PathNode(Protocol):
    """A compound, building or unit on a unit's path: a stored node or one in memory."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def sort_order(self) -> int | None: ...


def address_text(names: Iterable[str], door: str) -> str:
    """洪山小区 + 3栋 + 2单元 + 0401: the address the lists, cards and printouts show."""
    return "".join(names) + door


def household_columns(path: Sequence[PathNode], door: str) -> dict[str, str]:
    """A household's derived columns, from its unit's path (compound first) and door."""
    sort_key = household_sort_key([(node.sort_order or 0, node.id) for node in path], door)
    return {
        "address": address_text((node.name for node in path), door)[:MAX_ADDRESS],
        "sort_key": sort_key[:MAX_SORT_KEY],
    }


@dataclass(frozen=True)
class Stamp:
    """Who wrote a resident and when: taken once per use case, so that every row one
    import writes carries the same time."""

    at: dt.datetime
    by: str

    @classmethod
    def now(cls) -> Stamp:
        """The present moment and the current actor (``audit.current_actor``)."""
        return cls(dt.datetime.now().replace(microsecond=0), audit.current_actor()[:MAX_ACTOR])

    def columns(self) -> dict[str, object]:
        """The audit columns alone: for a write that leaves the name as it was."""
        return {"updated_at": self.at, "updated_by": self.by}


def resident_columns(name: str, stamp: Stamp) -> dict[str, object]:
    """A resident's derived columns: the search key of ``name`` and the audit stamp."""
    return {"search_key": name_search_key(name)[:MAX_SEARCH_KEY], **stamp.columns()}


def derive_resident(resident: Resident, stamp: Stamp | None = None) -> None:
    """Set the derived columns of a stored resident after any change to it."""
    for key, value in resident_columns(resident.name, stamp or Stamp.now()).items():
        setattr(resident, key, value)
