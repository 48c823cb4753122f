"""What rendering a report hands back: where the PDF is and what went wrong on paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MissingGlyph:
    """Text drawn with a placeholder because no bundled face has some of its characters."""

    text: str  # the whole name or cell, so staff can find it
    characters: str  # the characters no face has
    page: int  # 1-based page it is on


@dataclass
class RenderResult:
    path: Path
    pages: int
    missing: list[MissingGlyph] = field(default_factory=list)
