"""Finding a person by what a clerk types: the rule the ledger and the tree share.

What was typed decides where to look, so a query touches only the columns that can
match and stays fast without a full-text engine:

- Chinese text: the name (exact, then prefix, then anywhere), then the feature's own
  place text (the ledger's address, a member's work unit), for two characters or more;
- Latin letters: the pinyin key (``zs``, ``zhangsan``, both readings of 单 曾 区…);
- 4+ digits (a final X allowed): the end of the ID number and anywhere in the phone;
  a phone typed as staff write it (189-2979-1187, +86 189…, 010-64210134) is read as
  its digits (``domain/phones.phone_digits``) and compared with the stored number's;
- digits mixed with Chinese (3栋2单元): the place text only.

The same SQL runs on SQLite and PostgreSQL (``LIKE`` with an escape character; keys
and queries are lower-case, ID numbers upper-case, so case rules never differ).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_

from hearth_desk.domain.phones import phone_digits

MIN_DIGITS = 4
# The longest text a search looks in (a pinyin key); a longer query cannot match, and
# SQLite refuses LIKE patterns over 50,000 bytes.
MAX_QUERY_LENGTH = 300
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")

# The feature's own free-text match (an address, a work unit) for a normalised query.
PlaceMatch = Callable[[str], ColumnElement[bool]]


@dataclass(frozen=True)
class PersonColumns:
    """Where a feature keeps a person's name, pinyin key, ID number and phone."""

    name: Any
    search_key: Any
    id_number: Any
    phone: Any


@dataclass(frozen=True)
class QueryPlan:
    where: ColumnElement[bool]
    rank: ColumnElement  # 0 is best; ``kinds[rank]`` says what matched
    kinds: tuple[str, ...]  # name, pinyin, id, phone, place


def normalise_query(text: str) -> str:
    """Full-width forms folded, spaces dropped, lower-case (ID's x is handled apart)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like(column: ColumnElement, pattern: str) -> ColumnElement[bool]:
    return column.like(pattern, escape="\\")


def name_matches(columns: PersonColumns, query: str) -> tuple[ColumnElement[bool], ColumnElement]:
    """Where and rank for a name: exact 0, starts with 1, contains 2."""
    escaped = escape_like(query)
    name = columns.name
    rank = case((name == query, 0), (like(name, escaped + "%"), 1), else_=2)
    return like(name, f"%{escaped}%"), rank


def pinyin_matches(columns: PersonColumns, query: str) -> tuple[ColumnElement[bool], ColumnElement]:
    """A whole spelling 0, the start of one 1, inside one 2 (keys are space-separated)."""
    escaped = escape_like(query)
    padded = literal(" ") + columns.search_key + literal(" ")
    rank = case(
        (like(padded, f"% {escaped} %"), 0),
        (like(padded, f"% {escaped}%"), 1),
        else_=2,
    )
    return like(columns.search_key, f"%{escaped}%"), rank


def plan_query(query: str, columns: PersonColumns, place: PlaceMatch) -> QueryPlan | None:
    """Where to look, how to rank, and what each rank means, from the query's shape
    (None: nothing can match, e.g. three digits or an overlong query)."""
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
            id_match = columns.id_number == text.upper()
        else:
            id_match = like(columns.id_number, f"%{escape_like(text.upper())}")
        if text != digits:
            return QueryPlan(id_match, literal(0), ("id", "id"))
        # Landlines are stored as 010-64210134: compare digits with digits.
        phone_match = like(func.replace(columns.phone, "-", ""), f"%{escape_like(text)}%")
        return QueryPlan(or_(id_match, phone_match), case((id_match, 0), else_=1), ("id", "phone"))
    if text.isascii() and text.isalpha():
        where, rank = pinyin_matches(columns, text)
        return QueryPlan(where, rank, ("pinyin",) * 3)
    if _CJK.search(text) and not re.search(r"\d", text):
        # 区伟 is a name and 青年湖 a compound: Chinese without digits may be either.
        name_where, name_rank = name_matches(columns, text)
        if len(text) < 2:  # one character (区, 里) is in too many places to mean one
            return QueryPlan(name_where, name_rank, ("name",) * 3)
        return QueryPlan(
            or_(name_where, place(text)),
            case((name_where, name_rank), else_=3),
            ("name", "name", "name", "place"),
        )
    return QueryPlan(place(text), literal(0), ("place",))
