"""Free text a clerk types or a sheet holds, checked before it is stored.

Every text field that goes into the store (names, addresses and doors, relation, work
unit, notes, grid and community names) keeps two rules:

- **No control characters.** Tabs and line breaks (Excel's Alt+Enter in a cell) count
  as spaces: one-line fields collapse them, notes turn each run of them into one
  space. Every other control character (NUL, ESC and the terminal escape sequences
  it starts, DEL, the C1 controls, lone surrogates, U+FFFE/U+FFFF) is refused with
  the field named. They are invisible on screen, ``find`` would write them raw to a
  terminal, the export drops them (so a re-import would not find the resident
  again), Excel refuses them, and PostgreSQL refuses NUL at commit.
- **No more characters than the column holds.** The limit is read from the mapped
  column (``String(n)`` in ``domain/models``), so the check and the schema cannot
  drift. SQLite would keep longer text, PostgreSQL refuses it at commit: checking
  first gives the same answer on both, before anything is written.
"""

from __future__ import annotations

import re
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.findings import Finding, InvalidValue, error

# Tabs and line breaks (also Unicode's line and paragraph separators) read as spaces.
LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]+")
# C0 controls but tab and line breaks, DEL and C1, surrogates, and the two noncharacters
# XML cannot hold.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SHOWN = 20  # characters of a refused value quoted back in a message


def column_length(column: Any) -> int:
    """The ``String(n)`` length of a mapped attribute (``Resident.name``) or a column."""
    column = getattr(column, "expression", column)  # an ORM attribute → its Column
    length = getattr(column.type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{column} has no length")
    return length


def spaces_for_line_breaks(text: str) -> str:
    """Each run of tabs and line breaks becomes one space (for notes)."""
    return LINE_BREAKS.sub(" ", text)


def control_character(text: str) -> str | None:
    """The first control character of ``text`` as ``U+001B``, or None."""
    found = CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def visible(text: str) -> str:
    """``text`` with control characters shown as symbols (␛ for ESC, ␀ for NUL), so that
    a refused value can be quoted back without the terminal acting on it."""

    def symbol(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code < 0x20:
            return chr(0x2400 + code)
        return "\u2421" if code == 0x7F else "\ufffd"

    return CONTROL.sub(symbol, text)


def quoted(text: str) -> str:
    """A value to quote in a message: visible, and shortened when long."""
    text = visible(text)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def control_finding(code: str) -> Finding:
    return error(
        QT_TRANSLATE_NOOP(
            "Finding",
            "It contains an invisible control character ({code}); delete it and type "
            "the text again.",
        ),
        code=code,
    )


def length_finding(length: int, limit: int) -> Finding:
    return error(
        QT_TRANSLATE_NOOP("Finding", "It is {length} characters long; at most {limit} fit."),
        length=length,
        limit=limit,
    )


def text_problem(text: str, limit: int | None = None) -> Finding | None:
    """What is wrong with storing ``text`` in a column of ``limit`` characters, if anything."""
    code = control_character(text)
    if code is not None:
        return control_finding(code)
    if limit is not None and len(text) > limit:
        return length_finding(len(text), limit)
    return None


def check_text(text: str, limit: int | None = None) -> str:
    """``text`` itself, or raise ``InvalidValue`` with what is wrong with it."""
    problem = text_problem(text, limit)
    if problem is not None:
        raise InvalidValue(problem)
    return text


def in_value(text: str, problem: Finding) -> Finding:
    """``problem`` quoting the value it is about: for a field made of parts (an address)."""
    return error(
        QT_TRANSLATE_NOOP("Finding", "“{value}”: {problem}"), value=quoted(text), problem=problem
    )


def refused(text: str, problem: Finding) -> UserError:
    """A one-line ``UserError`` quoting the refused value (for names set outside forms
    that show findings under their fields: the community, the grid, a door)."""
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "“{value}”: {problem}"), value=quoted(text), problem=problem
    )


def checked(text: str, limit: int | None = None) -> str:
    """``text`` itself, or raise the ``UserError`` saying what is wrong with it."""
    problem = text_problem(text, limit)
    if problem is not None:
        raise refused(text, problem)
    return text
