"""Rare characters in names are drawn, not shown as □ (the window used to lack the
faces the PDFs embed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from hearth_desk.ui.shell.app import make_application

RARE = "𠮷䶮𬘡"  # Extension B, Extension A, Extension E


@pytest.fixture
def window_font(qapp: QApplication) -> Iterator[QFont]:
    before = QFont(qapp.font())
    app = make_application()  # what the window does at start
    yield app.font()
    qapp.setFont(before)


def drawn_glyphs(text: str, font: QFont) -> list[tuple[str, int]]:
    """(family, glyph index) of every glyph Qt would draw for ``text``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = []
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        glyphs += [(family, index) for index in run.glyphIndexes()]
    return glyphs


def test_rare_characters_have_real_glyphs(window_font: QFont) -> None:
    for character in RARE:
        glyphs = drawn_glyphs(character, window_font)
        assert glyphs, character
        # Glyph 0 is every font's missing-glyph box.
        assert all(index != 0 for _family, index in glyphs), (character, glyphs)


def test_common_text_keeps_the_platforms_face_first(window_font: QFont) -> None:
    families = window_font.families()
    assert "LXGW WenKai" in families
    assert families.index("LXGW WenKai") > 0  # a fallback, not the UI face


def test_the_installed_program_draws_with_its_own_faces_first() -> None:
    from hearth_desk.ui.common.fonts import window_families

    own, bundled = ["Microsoft YaHei UI"], ["WenQuanYi Micro Hei", "LXGW WenKai"]
    assert window_families(own, bundled, frozen=False) == [
        "Microsoft YaHei UI", "WenQuanYi Micro Hei", "LXGW WenKai"]  # fmt: skip
    assert window_families(own, bundled, frozen=True) == [
        "WenQuanYi Micro Hei", "LXGW WenKai", "Microsoft YaHei UI"]  # fmt: skip
    assert window_families(bundled[:1], bundled, frozen=True) == bundled  # no repeats
