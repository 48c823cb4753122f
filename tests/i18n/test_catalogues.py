"""Every string the user can see is translated into Simplified and Traditional
Chinese (and English), and the compiled catalogues match their sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.i18n.languages import LANGUAGES, catalogue_path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def _lupdate_fresh(language: str, target: Path) -> Path:
    """Run lupdate over today's source into a copy of the catalogue."""
    shutil.copy(catalogue_path(language, "ts"), target)
    sources = sorted(
        str(p) for p in (ROOT / "hearth_desk").rglob("*.py") if "migrations" not in p.parts
    )
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_source_string_has_a_translation(language: str, tmp_path: Path) -> None:
    fresh = _lupdate_fresh(language, tmp_path / f"{language}.ts")
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation] if translation is not None else []
            if message.get("numerus") == "yes" and translation is not None:
                forms = translation.findall("numerusform")  # "%n 户": one form per plural
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not forms
                or not all((form.text or "").strip() for form in forms)
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == [], f"untranslated in {language}; run packaging/update_translations.py"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_compiled_catalogues_match_their_sources(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            "-silent",
            str(catalogue_path(language, "ts")),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert compiled.read_bytes() == catalogue_path(language, "qm").read_bytes()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_placeholders_survive_translation(language: str) -> None:
    import re

    root = ET.parse(catalogue_path(language, "ts")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        # A plural message keeps its text in numerus forms; each must keep the placeholders.
        forms = (
            [form.text or "" for form in element.iter("numerusform")] if element is not None else []
        )
        translations = forms or [message.findtext("translation") or ""]
        pattern = r"\{[^}]*\}|%\([a-z_]+\)[sr]|%s"
        for translation in translations:
            assert sorted(re.findall(pattern, source)) == sorted(
                re.findall(pattern, translation)
            ), source


def test_the_command_line_reads_the_same_catalogue() -> None:
    zh_cn = load_catalogue("zh_CN")
    zh_tw = load_catalogue("zh_TW")
    assert zh_cn.translate("MainWindow", "Home") == "首页"
    assert zh_tw.translate("MainWindow", "Home") == "首頁"
    assert zh_cn.translate("Nowhere", "No such text") == "No such text"
