"""The bundled faces, registered with ReportLab once, lazily.

Only faces shipped in ``resources/fonts`` are used, and every one is a TrueType
face that ReportLab embeds as a subset: never the PC's fonts, never ReportLab's
built-in CID fonts (STSong-Light and friends are not embedded, so the PDF would
depend on the reader's fonts).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from hearth_desk.bundle import resource_dir
from hearth_desk.reports.kit import font_cache, tounicode

PLACEHOLDER = "□"  # drawn where no bundled face has the character


@dataclass(frozen=True)
class Face:
    name: str  # the name ReportLab knows it by
    file: str
    subfont: int = 0

    def __hash__(self) -> int:
        return hash(self.name)  # unique per face; hashed for every cell drawn


SANS = Face("HearthSans", "wqy-microhei.ttc")
KAI = Face("HearthKai", "LXGWWenKai-Regular.ttf")
# The bold face keeps the common characters only (packaging/subset_title_font.py);
# a rarer one in a title is drawn by the regular face, which has them all.
KAI_BOLD = Face("HearthKaiBold", "HearthKai-Bold.ttf")

# Fallback chains: the first face that has a character draws it.
BODY = (SANS, KAI)
TITLE = (KAI_BOLD, KAI, SANS)

_lock = threading.Lock()


def fonts_dir() -> Path:
    return resource_dir("fonts")


@functools.cache
def _register(face: Face) -> frozenset[int]:
    tounicode.install()
    font = font_cache.load_font(face.name, fonts_dir() / face.file, face.subfont)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


_coverage: dict[Face, frozenset[int]] = {}


def register(face: Face) -> frozenset[int]:
    """Register ``face`` (once per process) and return the code points it covers."""
    covered = _coverage.get(face)  # the hot path: called for every cell
    if covered is None:
        with _lock:  # reports may be rendered from a worker thread while another starts
            covered = _coverage[face] = _register(face)
    return covered


def face_for(character: str, chain: tuple[Face, ...]) -> Face | None:
    """The first face in ``chain`` that has a glyph for ``character``, if any."""
    code = ord(character)
    for face in chain:
        if code in register(face):
            return face
    return None
