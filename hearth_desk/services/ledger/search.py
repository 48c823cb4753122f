"""One search box for the whole ledger: names, pinyin, ID tails, phones, addresses.

What the clerk typed decides where to look, so every query touches only the columns
that can match and stays fast on 100,000 residents without a full-text engine:

- Chinese text: the name (exact, then prefix, then anywhere), then the address text
  (a compound's name; 区伟 is a name, so no word rules a name out);
- Latin letters: the pinyin key (``zs``, ``zhangsan``, both readings of 单 曾 区…);
- 4+ digits (a final X allowed): the end of the ID number and anywhere in the phone;
  a phone typed as staff write it (189-2979-1187, +86 189…, 010-64210134) is read as
  its digits (``domain/phones.phone_digits``, as stored numbers are) and compared
  with the stored number's digits, so a landline's area-code dash does not matter;
- digits mixed with Chinese (3栋2单元): the address; ``3号楼`` is read as ``3栋``
  as the grid names it.

The same SQL runs on SQLite and PostgreSQL (``LIKE`` with an escape character; keys
and queries are lower-case, ID numbers upper-case, so case rules never differ).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import Household, Resident, ResidentStatus
from hearth_desk.domain.phones import phone_digits

MIN_DIGITS = 4
# The longest text a search looks in (a pinyin key); a longer query cannot match, and
# SQLite refuses LIKE patterns over 50,000 bytes.
MAX_QUERY_LENGTH = 300
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


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


def normalise_query(text: str) -> str:
    """Full-width forms folded, spaces dropped, lower-case (ID's x is handled apart)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column: ColumnElement, pattern: str) -> ColumnElement[bool]:
    return column.like(pattern, escape="\\")


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


def name_matches(query: str) -> tuple[ColumnElement[bool], ColumnElement]:
    """Where and rank for a name: exact 0, starts with 1, contains 2."""
    escaped = _escape(query)
    rank = case((Resident.name == query, 0), (_like(Resident.name, escaped + "%"), 1), else_=2)
    return _like(Resident.name, f"%{escaped}%"), rank


def pinyin_matches(query: str) -> tuple[ColumnElement[bool], ColumnElement]:
    """A whole spelling 0, the start of one 1, inside one 2 (keys are space-separated)."""
    escaped = _escape(query)
    padded = literal(" ") + Resident.search_key + literal(" ")
    rank = case(
        (_like(padded, f"% {escaped} %"), 0),
        (_like(padded, f"% {escaped}%"), 1),
        else_=2,
    )
    return _like(Resident.search_key, f"%{escaped}%"), rank


def address_matches(query: str) -> ColumnElement[bool]:
    query = query.replace("号楼", "栋")
    return Resident.household_id.in_(
        select(Household.id).where(_like(Household.address, f"%{_escape(query)}%"))
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
    """Where to look, how to rank, and what each rank means, from the query's shape."""
    if len(query) > MAX_QUERY_LENGTH:
        return None
    text = normalise_query(query)
    if not text:
        return None
    phone = phone_digits(query)
    if phone.isdigit():  # 189-2979-1187, +86 189 2979 1187, (010)6421-0134
        text = phone
    digits = text.rstrip("x")
    if digits.isdigit() and len(text) - len(digits) <= 1:
        if len(text) < MIN_DIGITS:
            return None
        if len(text) in (15, 18):  # a whole number, typed or scanned
            id_match = Resident.id_number == text.upper()
        else:
            id_match = _like(Resident.id_number, f"%{_escape(text.upper())}")
        if text == digits:
            # Landlines are stored as 010-64210134: compare digits with digits.
            phone_match = _like(func.replace(Resident.phone, "-", ""), f"%{_escape(text)}%")
            where = or_(id_match, phone_match)
            rank = case((id_match, 0), else_=1)
            kinds = ("id", "phone")
        else:
            where, rank, kinds = id_match, literal(0), ("id", "id")
    elif text.isascii() and text.isalpha():
        where, rank = pinyin_matches(text)
        kinds = ("pinyin",) * 3
    elif _CJK.search(text) and not re.search(r"\d", text):
        # 区伟 is a name and 青年湖 a compound: Chinese without digits may be either.
        name_where, name_rank = name_matches(text)
        where, rank = name_where, name_rank
        if len(text) >= 2:  # one character (区, 里) is in too many addresses to mean one
            where = or_(name_where, address_matches(text))
            rank = case((name_where, name_rank), else_=3)
        kinds = ("name", "name", "name", "address")
    else:
        where, rank = address_matches(text), literal(0)
        kinds = ("address",)
    return where, rank, kinds
