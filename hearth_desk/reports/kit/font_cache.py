"""A disk cache of ReportLab's parsed TrueType faces.

ReportLab parses a face's cmap and metrics in pure Python every time a process
registers it: 50-100 ms for each of our CJK faces, which is most of what a short
``hearth-desk print`` waits for. The parsed tables are plain dicts and lists, so
they are pickled once into the user's cache folder and loaded in a few
milliseconds afterwards. The font file itself is memory-mapped, not read: only
the glyphs a PDF actually uses are touched when the subset is written.

The cache is keyed by the font file's size and modification time and by the
ReportLab version, and anything unexpected (a stale, truncated or foreign cache
file, an unwritable folder) falls back to parsing the font as usual: the cache
can make printing faster, never wrong.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
import pickle
import tempfile
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

CACHE_DIR_ENV = "HEARTH_DESK_CACHE_DIR"
_FORMAT = 2
# Attributes that are process-bound and rebuilt on load rather than pickled.
_NOT_PICKLED = frozenset({"_ttf_data", "_pdfScale", "glyphToChar"})

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    return platformdirs.user_cache_path("HearthDesk", appauthor=False) / "fonts"


def _cache_file(path: Path, subfont: int) -> Path:
    stat = path.stat()
    key = f"{_FORMAT}|{reportlab.Version}|{path.name}|{subfont}|{stat.st_size}|{stat.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir() / f"{path.stem}-{subfont}-{digest}.pickle"


def load_font(name: str, path: Path, subfont: int = 0) -> TTFont:
    """A ``TTFont`` for ``path``, from the cache when it holds this exact file."""
    try:
        cached = _cache_file(path, subfont)
        if cached.is_file():
            return _from_state(name, path, pickle.loads(cached.read_bytes()))
    except Exception:  # a bad cache must never stop a printout
        log.warning("Font cache for %s unusable; parsing the font", path.name, exc_info=True)
    font = TTFont(name, str(path), subfontIndex=subfont)
    try:
        _store(font.face, _cache_file(path, subfont))
    except Exception:  # an unwritable cache folder only costs speed
        log.info("Font cache not written for %s", path.name, exc_info=True)
    return font


class PackedMetrics(Sequence[tuple[int, int]]):
    """A face's (advance width, left side bearing) per glyph, in two flat arrays.

    ReportLab keeps them as a list of tuples: 100,000 small objects per CJK face
    that cost time to load and again to free at exit. Subsetting only indexes it.
    """

    def __init__(self, metrics: Sequence[tuple[int, int]]) -> None:
        self.advances = array("d", (advance for advance, _ in metrics))
        self.bearings = array("d", (bearing for _, bearing in metrics))

    def __len__(self) -> int:
        return len(self.advances)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self.advances[index], self.bearings[index]


def _store(face: TTFontFace, target: Path) -> None:
    state = {key: value for key, value in face.__dict__.items() if key not in _NOT_PICKLED}
    # Compact what only subsetting reads; glyphToChar serves HarfBuzz shaping, which
    # we never use (uharfbuzz is not a dependency), so it is left out.
    state["hmetrics"] = PackedMetrics(face.hmetrics)
    state["glyphPos"] = array("l", face.glyphPos)
    state["glyphToChar"] = {}
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _from_state(name: str, path: Path, state: dict) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face.filename = str(path)
    with path.open("rb") as file:
        face._ttf_data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))

    # What TTFont.__init__ sets besides parsing the face (ReportLab 4.x/5.x).
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
