"""Our files are found in the package when installed and in the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hearth_desk import bundle
from hearth_desk.i18n.languages import catalogue_dir


def test_installed_the_files_come_from_the_package() -> None:
    assert not bundle.is_frozen()
    assert (bundle.resource_dir("fonts") / "wqy-microhei.ttc").is_file()
    assert catalogue_dir() == bundle.resource_dir("i18n")


def test_frozen_the_files_come_from_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundle.is_frozen()
    assert bundle.resource_dir("fonts") == tmp_path / "hearth_desk" / "resources" / "fonts"
    assert catalogue_dir() == tmp_path / "hearth_desk" / "resources" / "i18n"
