"""Translating outside Qt: the command line and services' messages.

The command line must start fast and never load Qt, yet speak the same words as
the window. It reads the very ``.ts`` catalogues that Qt Linguist edits, so each
message is translated once, in one place.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from hearth_desk.i18n.languages import catalogue_path, normalise


class Catalogue:
    def __init__(self, entries: dict[tuple[str, str], str]) -> None:
        self._entries = entries

    def translate(self, context: str, source: str) -> str:
        """The translation, or the English source when there is none."""
        return self._entries.get((context, source)) or source


@functools.cache
def load_catalogue(language: str) -> Catalogue:
    path = catalogue_path(normalise(language), "ts")
    entries: dict[tuple[str, str], str] = {}
    if path.exists():
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in (
                    "unfinished",
                    "obsolete",
                    "vanished",
                ):
                    continue
                if translation.text:
                    entries[(name, source)] = translation.text
    return Catalogue(entries)
