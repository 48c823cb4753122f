"""The parsed-font cache makes printing faster and never different."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hearth_desk.reports.kit import font_cache
from hearth_desk.reports.kit.fonts import SANS, fonts_dir

FONT = fonts_dir() / SANS.file
SAMPLE = "王秀英住和平里3栋2单元0401室，电话138-1234-5678。ABC xyz"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(font_cache.CACHE_DIR_ENV, str(folder))
    return folder


def _subset_of(font, text: str) -> bytes:
    """The embedded font program ReportLab would write for ``text``."""
    codes = sorted({ord(c) for c in text} & set(font.face.charToGlyph))
    return font.face.makeSubset([0, *codes])


def test_first_load_parses_the_font_and_fills_the_cache(cache: Path) -> None:
    font = font_cache.load_font("CacheProbeA", FONT)

    assert len(font.face.charToGlyph) > 20_000
    assert [path.suffix for path in cache.iterdir()] == [".pickle"]


def test_a_cached_face_measures_and_embeds_exactly_like_a_parsed_one(cache: Path) -> None:
    parsed = font_cache.load_font("CacheProbeB", FONT)
    cached = font_cache.load_font("CacheProbeC", FONT)

    assert isinstance(cached.face.hmetrics, font_cache.PackedMetrics)
    assert cached.face.charToGlyph == parsed.face.charToGlyph
    assert cached.face.charWidths == parsed.face.charWidths
    assert cached.stringWidth(SAMPLE, 11) == parsed.stringWidth(SAMPLE, 11)
    assert _subset_of(cached, SAMPLE) == _subset_of(parsed, SAMPLE)


def test_a_damaged_cache_file_is_ignored_and_replaced(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    font_cache.load_font("CacheProbeD", FONT)
    (cached_file,) = cache.iterdir()
    cached_file.write_bytes(b"not a pickle")

    with caplog.at_level(logging.WARNING):
        font = font_cache.load_font("CacheProbeE", FONT)

    assert "Font cache" in caplog.text
    assert font.stringWidth("王", 10) == 10
    assert cached_file.read_bytes() != b"not a pickle"


def test_a_cache_folder_that_cannot_be_made_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(font_cache.CACHE_DIR_ENV, str(blocker / "cache"))

    font = font_cache.load_font("CacheProbeF", FONT)

    assert font.stringWidth("王", 10) == 10


def test_the_cache_follows_the_font_file(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.ttc"
    copy.write_bytes(FONT.read_bytes())
    font_cache.load_font("CacheProbeG", copy)
    copy.write_bytes(FONT.read_bytes() + b"\0")  # another size: another file

    font_cache.load_font("CacheProbeH", copy)

    assert len(list(cache.iterdir())) == 2
