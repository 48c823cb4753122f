"""The languages the program speaks, and where their catalogues are."""

from __future__ import annotations

import os
from pathlib import Path

from hearth_desk.bundle import resource_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES: dict[str, str] = {
    # code: the language's own name, shown in the language chooser untranslated
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "en": "English",
}
LANGUAGE_ENV = "HEARTH_DESK_LANG"


def catalogue_dir() -> Path:
    return resource_dir("i18n")


def catalogue_path(language: str, suffix: str) -> Path:
    return catalogue_dir() / f"hearth_desk_{language}.{suffix}"


def normalise(language: str | None) -> str:
    if language in LANGUAGES:
        return language  # type: ignore[return-value]
    return DEFAULT_LANGUAGE


def command_line_language() -> str:
    """The command line speaks Simplified Chinese unless ``HEARTH_DESK_LANG`` says otherwise."""
    return normalise(os.environ.get(LANGUAGE_ENV))
