"""The bundled faces, given to Qt as well as to the printouts.

Names such as 𠮷 (U+20BB7) and 䶮 are in CJK Extension A/B, which most system UI
fonts lack, so the window showed □ where the PDFs printed the name. The bundled
faces are registered with Qt at start, and the application font becomes a family
list (the platform's UI face, then WenQuanYi Micro Hei, then LXGW WenKai): Qt then
falls back glyph by glyph on every OS, not only where Windows has SimSun-ExtB.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from hearth_desk.bundle import is_frozen, resource_dir

# In order of preference after the platform's own face: a plain sans for the BMP,
# then the face that has Extension A and B.
BUNDLED_FACES = ("wqy-microhei.ttc", "LXGWWenKai-Regular.ttf")


def fonts_dir() -> Path:
    return resource_dir("fonts")


def register_bundled_fonts() -> list[str]:
    """Register the bundled faces with Qt; their family names, in preference order."""
    families: list[str] = []
    for file in BUNDLED_FACES:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / file))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    return families


def install_font_fallbacks(app: QApplication) -> None:
    """Make the application font the platform's face followed by the bundled ones;
    in the installed bundle, the bundled faces first (``window_families``)."""
    font = app.font()
    font.setFamilies(window_families(font.families() or [font.family()],
                                     register_bundled_fonts(), frozen=is_frozen()))  # fmt: skip
    app.setFont(font)


def window_families(own: list[str], bundled: list[str], *, frozen: bool) -> list[str]:
    """The window's font families, in order of preference.

    Run from source, the platform's face leads and ours fill in what it lacks. The
    installed program (frozen) draws with its own faces first, so every office PC
    shows the same letters whatever fonts it has, and the platform's face only fills
    in symbols ours lack."""
    others = [family for family in own if family not in bundled]
    if frozen:
        return [*bundled, *others]
    return [*own, *(family for family in bundled if family not in own)]
