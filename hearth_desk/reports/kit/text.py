"""Drawing text with the bundled faces: fallback runs, placeholders, wrapping.

Before any text is drawn every character is checked against the faces' cmaps;
runs a face lacks go to the next face in the chain, and a character no bundled face
has becomes a visible □ and is reported with the text and page it is on, never
silently dropped.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Literal

from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from hearth_desk.reports.kit.fonts import BODY, PLACEHOLDER, Face, face_for, register
from hearth_desk.reports.kit.line_writer import LineWriter
from hearth_desk.reports.kit.linebreak import break_lines
from hearth_desk.reports.kit.result import MissingGlyph

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class TextStyle:
    chain: tuple[Face, ...] = BODY
    size: float = 11.0
    leading: float = 14.0
    align: Align = "left"

    def __hash__(self) -> int:
        # Styles key the shapers' caches for every cell; hashing the fields each time
        # was a tenth of a long printout's drawing.
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash((self.chain, self.size, self.leading, self.align))


@dataclass
class MissingLog:
    """Collects the placeholders drawn while a report is built."""

    items: list[MissingGlyph] = field(default_factory=list)

    def add(self, text: str, characters: str, page: int) -> None:
        self.items.append(MissingGlyph(text, characters, page))


class Shaper:
    """Per-style character → (face, width) lookups, cached: tables repeat characters."""

    def __init__(self, style: TextStyle) -> None:
        self.style = style
        self._cache: dict[str, tuple[Face, str, float]] = {}
        self._one_face: dict[str, tuple[TextStyle, Face | None]] = {}

    def one_face(self, text: str) -> tuple[TextStyle, Face | None]:
        """``_single_face_style`` of ``text``, remembered: cells repeat (户主, 男, ages)."""
        found = self._one_face.get(text)
        if found is None:
            found = _single_face_style(text, self.style)
            if len(text) < 16:  # short texts repeat; a long one rarely does
                self._one_face[text] = found
        return found

    def glyph(self, character: str) -> tuple[Face, str, float]:
        """The face that draws ``character``, what it draws, and its width."""
        found = self._cache.get(character)
        if found is None:
            face = face_for(character, self.style.chain)
            drawn = character
            if face is None:
                face, drawn = self.style.chain[0], PLACEHOLDER
            found = (face, drawn, stringWidth(drawn, face.name, self.style.size))
            self._cache[character] = found
        return found

    def width(self, text: str) -> float:
        return sum(self.glyph(character)[2] for character in text)

    def missing(self, text: str) -> str:
        return "".join(
            dict.fromkeys(c for c in text if c != PLACEHOLDER and self.glyph(c)[1] == PLACEHOLDER)
        )

    def runs(self, text: str) -> list[tuple[Face, str]]:
        """Consecutive characters drawn by the same face, with placeholders in place."""
        runs: list[tuple[Face, str]] = []
        for character in text:
            face, drawn, _width = self.glyph(character)
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + drawn)
            else:
                runs.append((face, drawn))
        return runs


_shapers: dict[TextStyle, Shaper] = {}


def shaper_for(style: TextStyle) -> Shaper:
    """The shaper of ``style``, shared by equal styles; kept on the style object too,
    as one is asked for every cell."""
    shaper: Shaper | None = style.__dict__.get("_shaper")
    if shaper is None:
        shaper = _shapers.get(style)
        if shaper is None:
            shaper = _shapers[style] = Shaper(style)
        style.__dict__["_shaper"] = shaper  # not a field: equality and hash ignore it
    return shaper


def draw_line(canvas: object, shaper: Shaper, x: float, y: float, text: str) -> None:
    """Draw one line starting at (x, y), switching faces between runs."""
    for face, run in shaper.runs(text):
        canvas.setFont(face.name, shaper.style.size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, run)  # type: ignore[attr-defined]
        x += stringWidth(run, face.name, shaper.style.size)


def _single_face_style(text: str, style: TextStyle) -> tuple[TextStyle, Face | None]:
    """Draw a text in one face when one face has all of it.

    A name like 王𠮷 would otherwise be split between two faces; it looks uneven,
    and text extractors then see two words and a search for the name fails.
    """
    primary = style.chain[0]
    covered = register(primary)  # registers the face too: an English page may use it first
    if text.isascii() or covered.issuperset(map(ord, text.replace("\n", ""))):
        return style, primary  # the bundled faces all have ASCII
    codes = set(map(ord, text.replace("\n", "")))
    for face in style.chain[1:]:
        if codes <= register(face):
            return replace(style, chain=(face, *[f for f in style.chain if f != face])), face
    return style, None


class TextBlock(Flowable):
    """Wrapped text in one style; the cell content of every table we print."""

    def __init__(self, text: str, style: TextStyle, log: MissingLog | None = None) -> None:
        super().__init__()
        self.text = " ".join(text.replace("\r", "").split("\t"))
        # ``one_face``: the face that draws all of the text, the fast common case.
        self.shaper = shaper_for(style)
        self.style, self.one_face = self.shaper.one_face(self.text)
        self.log = log
        self._lines: list[str] = []
        self._wrapped_at = -1.0

    def lines_for(self, width: float) -> list[str]:
        if width != self._wrapped_at:
            self._wrapped_at = width
            if (
                self.one_face is not None
                and "\n" not in self.text
                and stringWidth(self.text, self.one_face.name, self.style.size) <= width
            ):
                self._lines = [self.text]
            else:
                self._lines = break_lines(self.text, self.shaper.width, max(width, self.style.size))
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self.lines_for(available_width)
        self.width = available_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def draw_lines_into(self, writer: LineWriter, x: float, y: float) -> bool:
        """Add this block's lines, laid out at (x, y), to a page's shared text object.

        A long table draws thousands of cells; one text object per page instead of a
        saved and restored canvas state per cell is a good part of its speed. Only
        one-face blocks can go this way; the caller draws the others with ``drawOn``
        (returns False).
        """
        face = self.one_face
        if face is None:
            return False
        style = self.style
        size = style.size
        baseline = y + self.height - style.leading + (style.leading - size) / 2 + size * 0.2
        for line in self._lines:
            if not line:
                pass
            elif style.align == "left":
                writer.line(face.name, size, x, baseline, line)
            else:
                spare = self.width - stringWidth(line, face.name, size)
                offset = spare / 2 if style.align == "center" else spare
                writer.line(face.name, size, x + offset, baseline, line)
            baseline -= style.leading
        return True

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        canvas.setFillColor(black)
        # The baseline sits a descent above the line's bottom, as ReportLab's Paragraph does.
        y = self.height - style.leading + (style.leading - style.size) / 2 + style.size * 0.2
        face = self.one_face
        for line in self._lines:
            if face is not None:
                width = stringWidth(line, face.name, style.size)
            else:
                width = self.shaper.width(line)
            x = {"left": 0.0, "center": (self.width - width) / 2, "right": self.width - width}[
                style.align
            ]
            if face is not None:
                canvas.setFont(face.name, style.size)
                canvas.drawString(x, y, line)
            else:
                draw_line(canvas, self.shaper, x, y, line)
            y -= style.leading
        if self.log is not None and face is None:
            missing = self.shaper.missing(self.text)
            if missing:
                self.log.add(self.text, missing, canvas.getPageNumber())
