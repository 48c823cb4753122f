"""Strings a branch adds reach the catalogues only when the lead merges them.

Until then the command line prints them in English, and a test that looks for
English words in Chinese output would fail on them alone. ``with_pending`` stands
in a mock translation for exactly those strings: ones the package's source
contains (so lupdate collects them, and tests/i18n/test_catalogues.py fails until
they are translated) that the catalogue does not have yet. Everything else, above
all what never goes through the catalogue, prints as it would for the user.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from hearth_desk.i18n.catalogue import Catalogue

PACKAGE = Path(__file__).resolve().parents[2] / "hearth_desk"
# {count}, {seconds:.1f}, %(prog)s, %s, %r: kept as they are, for .format and %.
_PLACEHOLDER = re.compile(r"(\{\w*(?::[^}]*)?\}|%\(\w+\)[a-z]|%[a-z])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
PENDING_WORD = "译"


@functools.cache
def source_strings() -> frozenset[str]:
    """Every string literal in the package, implicit concatenations joined."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return frozenset(found)


def mock_translation(source: str) -> str:
    """``source`` with each word a 译 and each colon full-width, placeholders kept."""
    parts = _PLACEHOLDER.split(source)
    for index in range(0, len(parts), 2):  # the even parts are text between placeholders
        parts[index] = _WORD.sub(PENDING_WORD, parts[index]).replace(":", "：")
    return "".join(parts)


class WithPending:
    """A catalogue that speaks its language also for strings still to be merged."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue

    def translate(self, context: str, source: str) -> str:
        if (context, source) not in self._catalogue and source in source_strings():
            return mock_translation(source)
        return self._catalogue.translate(context, source)
