"""Cell text written straight into a page's text object.

A building ledger draws some 20,000 cells. ReportLab's ``textOut`` works out, for
every call, the font object, the subset each character falls in, the string's width
(to move a cursor we never use) and the escaped PDF string: about half of a long
printout's drawing time. Here each line is placed with one ``Tm`` and its encoded
runs are remembered per document, so the many repeated cells (户主, 男, ages, care
tags) are encoded once.

It writes the same operators ``textOut`` would (``/F1+0 11 Tf (..) Tj``), through the
same font subsets, so fonts, subsetting and text extraction are unchanged.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont

# Per document: (face name, line) -> [(subset font's PDF name, "(..) Tj"), ...]
_encoded: WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[str, str]]]] = WeakKeyDictionary()


class LineWriter:
    """Adds lines in one-face runs to a ReportLab ``PDFTextObject``."""

    def __init__(self, text: Any) -> None:
        self._text = text
        self._code: list[str] = text._code
        canvas = text._canvas
        self._doc = canvas._doc
        self._escape = canvas._escape
        self._encoded = _encoded.setdefault(self._doc, {})
        self._font: tuple[str, float] | None = None

    def _parts(self, face_name: str, line: str) -> list[tuple[str, str]]:
        key = (face_name, line)
        parts = self._encoded.get(key)
        if parts is None:
            font = getFont(face_name)
            parts = [
                (font.getSubsetInternalName(subset, self._doc), f"({self._escape(run)}) Tj")
                for subset, run in font.splitString(line, self._doc)
            ]
            self._encoded[key] = parts
        return parts

    def line(self, face_name: str, size: float, x: float, y: float, line: str) -> None:
        """Draw ``line`` in face ``face_name`` with its baseline starting at (x, y)."""
        code = self._code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for font_name, shown in self._parts(face_name, line):
            if self._font != (font_name, size):
                self._font = (font_name, size)
                code.append(f"{font_name} {fp_str(size)} Tf")
            code.append(shown)

    def done(self) -> None:
        """Let ReportLab's own calls on the text object set their font again."""
        self._text._curSubset = -1
        self._font = None
