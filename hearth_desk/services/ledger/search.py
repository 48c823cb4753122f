"""One search box for the whole ledger: names, pinyin, ID tails, phones, addresses.

The shape of the query decides where to look (``services/people_search.py``, the
rule the tree's directory shares); the ledger's own place text is the address, where
``3号楼`` is read as ``3栋`` as the grid names it. Fast on 100,000 residents.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import Household, Resident, ResidentStatus
from hearth_desk.services.people_search import (
    MAX_QUERY_LENGTH,
    PersonColumns,
    escape_like,
    like,
    plan_query,
)

__all__ = ["MAX_QUERY_LENGTH", "SearchHit", "SearchResult", "search", "search_residents"]


@dataclass(frozen=True)
class SearchHit:
    resident_id: int
    household_id: int
    name: str
    id_masked: str
    phone_masked: str
    address: str
    status: str
    kind: str  # name, pinyin, id, phone, address: what matched


def _base() -> Select:
    return select(
        Resident.id,
        Resident.household_id,
        Resident.name,
        Resident.id_number,
        Resident.phone,
        Household.address,
        Resident.status,
    ).join(Household, Resident.household_id == Household.id)


def _ranked(
    session: Session,
    where: ColumnElement[bool],
    rank: ColumnElement,
    limit: int,
    include_inactive: bool,
) -> list[tuple]:
    """One statement per query: the WHERE touches resident columns (or a household
    subquery) only, so the database scans one table and joins just the hits."""
    statement = _base().where(where)
    if not include_inactive:
        statement = statement.where(Resident.status == ResidentStatus.LIVING.value)
    statement = statement.add_columns(rank.label("rank")).order_by(
        "rank", Resident.search_key, Resident.id
    )
    return list(session.execute(statement.limit(limit)))


RESIDENT_COLUMNS = PersonColumns(
    Resident.name, Resident.search_key, Resident.id_number, Resident.phone
)


def address_matches(query: str) -> ColumnElement[bool]:
    query = query.replace("号楼", "栋")
    return Resident.household_id.in_(
        select(Household.id).where(like(Household.address, f"%{escape_like(query)}%"))
    )


@dataclass(frozen=True)
class SearchResult:
    """The best matches, and how many there are in all: a list cut at 50 says so."""

    hits: list[SearchHit]
    total: int

    @property
    def cut(self) -> bool:
        return self.total > len(self.hits)


def search_residents(
    session: Session, query: str, *, limit: int = 50, include_inactive: bool = False
) -> list[SearchHit]:
    """The best ``limit`` matches for what was typed, best first (none for a query
    longer than ``MAX_QUERY_LENGTH``)."""
    return search(session, query, limit=limit, include_inactive=include_inactive).hits


def search(
    session: Session, query: str, *, limit: int = 50, include_inactive: bool = False
) -> SearchResult:
    """The best ``limit`` matches and the number of all matches (counted only when
    the list was cut, so a search that fits costs no second query)."""
    planned = _plan(query)
    if planned is None:
        return SearchResult([], 0)
    where, rank, kinds = planned
    rows = _ranked(session, where, rank, limit, include_inactive)
    hits = [
        SearchHit(
            resident_id,
            household_id,
            name,
            mask_id_number(id_number),
            mask_phone(phone),
            address,
            status,
            kinds[min(rank_value, len(kinds) - 1)],
        )
        for resident_id, household_id, name, id_number, phone, address, status, rank_value in rows
    ]
    total = len(hits)
    if total >= limit:
        counting = select(func.count()).select_from(Resident).where(where)
        if not include_inactive:
            counting = counting.where(Resident.status == ResidentStatus.LIVING.value)
        total = session.scalar(counting) or total
    return SearchResult(hits, total)


def _plan(query: str) -> tuple[ColumnElement[bool], ColumnElement, tuple[str, ...]] | None:
    """Where to look, how to rank, and what each rank means (a place is an address)."""
    planned = plan_query(query, RESIDENT_COLUMNS, address_matches)
    if planned is None:
        return None
    kinds = tuple("address" if kind == "place" else kind for kind in planned.kinds)
    return planned.where, planned.rank, kinds
