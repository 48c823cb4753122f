"""What a write changed, named by kind, so that every page can refresh itself.

In the manner of Anki's ``OpChanges``: a write does not know which pages show what it
touched, and a page does not know who writes. The write's session records the kinds
of data it changed (``Kind``); after the transaction commits, the window broadcasts
them (``ui/common/operations.py``) and each page refreshes itself when a kind it shows
is among them.

The record is automatic, so that it cannot be forgotten: ``track`` hooks onto one
session and maps every row it writes to a kind through its table, whether the row is
written by the ORM's flush or by a Core or ORM ``insert``/``update``/``delete`` passed
to ``Session.execute``. Writes that are not rows of the session (a backup written to a
stick, a restore that replaces the whole store) name their kinds with ``announce`` or
are announced by their caller. Storage knows nothing of this; only the session given
here is hooked.

A new feature adds its kinds to ``Kind`` and registers its tables with
``register_tables``. A table that nobody registered counts as ``EVERYTHING``: a page
refreshes too often rather than shows stale data (and a warning is logged once).
"""

from __future__ import annotations

import enum
import functools
import logging
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction
from sqlalchemy.sql.util import find_tables

from hearth_desk.storage.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class Kind(enum.Flag):
    """The kinds of data a write can change; a page subscribes to the ones it shows."""

    COMMUNITY = enum.auto()  # the community's names
    GRID = enum.auto()  # compounds, buildings, units and their grid leaders
    HOUSEHOLDS = enum.auto()  # households: door, address, order
    RESIDENTS = enum.auto()  # residents, their status and their care tags
    CARE_TAGS = enum.auto()  # the office's list of care tags
    HISTORY = enum.auto()  # change records: who changed or viewed what, and when
    BACKUPS = enum.auto()  # backup files (not rows): the date of the last one
    TREE = enum.auto()  # the party organisation, service teams, their members, partner units
    EVENTS = enum.auto()  # events, their stalls, sign-ups, services given and helpers
    VOLUNTEERING = enum.auto()  # service records outside events (hours, what was done)
    CERTIFICATES = enum.auto()  # issued certificates, their register and settings
    STAFF = enum.auto()  # the office's staff, their grid nodes and PINs
    VISITS = enum.auto()  # visits, their visitors, and the visiting rules
    REQUESTS = enum.auto()  # requests, their steps, and thanks received
    MEETINGS = enum.auto()  # joint meetings, who came, and their matters
    # The elderly university's terms, classes, slots, sessions and attendance (its
    # enrolments are sign-ups: EVENTS).
    CLASSES = enum.auto()


NOTHING = Kind(0)
EVERYTHING = ~NOTHING  # every kind, including those that later features add


@dataclass(frozen=True)
class Changes:
    """The kinds one committed write changed: what the window broadcasts."""

    kinds: Kind = NOTHING

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(functools.reduce(operator.or_, kinds, NOTHING))

    @classmethod
    def everything(cls) -> Changes:
        return cls(EVERYTHING)

    def touches(self, kinds: Kind) -> bool:
        """Whether any of ``kinds`` changed: the question every page asks."""
        return bool(self.kinds & kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)


# --- which table holds which kind -------------------------------------------------

_TABLE_KINDS: dict[str, Kind] = {}
_UNREGISTERED_WARNED: set[str] = set()


def register_tables(kind: Kind, *tables: str | Table) -> None:
    """Say that rows of ``tables`` are data of ``kind``: each feature does this once
    for its own tables."""
    for table in tables:
        _TABLE_KINDS[table if isinstance(table, str) else table.name] = kind


def kind_of_table(name: str) -> Kind:
    kind = _TABLE_KINDS.get(name)
    if kind is None:
        if name not in _UNREGISTERED_WARNED:
            _UNREGISTERED_WARNED.add(name)
            log.warning("table %s has no change kind; writes to it refresh every page", name)
        return EVERYTHING
    return kind


def registered_tables() -> frozenset[str]:
    return frozenset(_TABLE_KINDS)


# The ledger's tables (the first feature); later features register theirs beside
# their services.
register_tables(Kind.COMMUNITY, "community")
register_tables(Kind.GRID, "grid_node")
register_tables(Kind.HOUSEHOLDS, "household")
register_tables(Kind.RESIDENTS, "resident", "resident_care_tag")
register_tables(Kind.CARE_TAGS, "care_tag")
register_tables(Kind.HISTORY, "change_record")
register_tables(
    Kind.TREE,
    "party_organisation",
    "service_team",
    "member",
    "team_membership",
    "partner_unit",
)
register_tables(
    Kind.EVENTS, "event", "event_stall", "event_signup", "stall_service", "event_helper"
)
register_tables(Kind.VOLUNTEERING, "service_record")
register_tables(Kind.CERTIFICATES, "certificate", "certificate_print", "certificate_settings")
register_tables(Kind.STAFF, "staff", "staff_grid")
register_tables(Kind.VISITS, "visit", "visit_visitor", "visit_rule", "visit_settings")
register_tables(Kind.REQUESTS, "request", "request_step", "thanks")
register_tables(Kind.MEETINGS, "meeting", "meeting_attendee", "meeting_matter")
register_tables(
    Kind.CLASSES,
    "class_term",
    "class_closure",
    "course",
    "course_slot",
    "course_session",
    "class_attendance",
)


# --- recording what a session writes ----------------------------------------------

_KEY = "hearth_desk.changes"  # in Session.info: the kinds written since the last rollback


def track(session: Session) -> None:
    """Record from now on which kinds ``session`` writes (idempotent)."""
    if _KEY in session.info:
        return
    session.info[_KEY] = NOTHING
    event.listen(session, "after_flush", _after_flush)
    event.listen(session, "do_orm_execute", _do_orm_execute)
    event.listen(session, "after_soft_rollback", _after_soft_rollback)


def announce(session: Session, *kinds: Kind) -> None:
    """Name kinds a write changed that are not rows of this session (a file, a
    replaced store); they are broadcast with the transaction's own if it commits."""
    track(session)
    session.info[_KEY] |= functools.reduce(operator.or_, kinds, NOTHING)


def recorded(session: Session) -> Changes:
    """What ``session`` has written since it was tracked (or last rolled back)."""
    return Changes(session.info.get(_KEY, NOTHING))


def _add_tables(session: Session, names: Iterable[str]) -> None:
    kinds = NOTHING
    for name in names:
        kinds |= kind_of_table(name)
    session.info[_KEY] |= kinds


def _after_flush(session: Session, _context: Any) -> None:
    # Before the flush's bookkeeping ends, new/dirty/deleted still list what it wrote.
    written = list(session.new) + list(session.deleted)
    written += [item for item in session.dirty if session.is_modified(item)]
    classes = {type(item) for item in written}
    _add_tables(
        session,
        (table.name for cls in classes for table in inspect(cls).tables),  # type: ignore[union-attr]
    )


def _do_orm_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        target = state.statement.table  # type: ignore[attr-defined]
        _add_tables(state.session, (table.name for table in find_tables(target)))


def _after_soft_rollback(session: Session, previous: SessionTransaction) -> None:
    # Only the whole transaction's rollback undoes everything; a savepoint's rollback
    # keeps the record (a page then refreshes once too often, never too rarely).
    if previous.parent is None:
        session.info[_KEY] = NOTHING


def commit_tracked(store: Store, call: Callable[[Session], T]) -> tuple[T, Changes]:
    """Run ``call`` in one transaction of ``store``; once it has committed, return its
    result and what it changed. On any exception the transaction rolls back and the
    exception propagates: a write that did not happen changed nothing."""
    with store.transaction() as session:
        track(session)
        result = call(session)
    return result, recorded(session)
