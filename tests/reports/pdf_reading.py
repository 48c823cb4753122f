"""Reading our PDFs back, as a viewer or a search would."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader


@dataclass(frozen=True)
class FontInfo:
    base_font: str
    subtype: str
    embedded: bool

    @property
    def subset(self) -> bool:
        prefix, _, rest = self.base_font.partition("+")
        return bool(rest) and len(prefix) == 6 and prefix.isupper()


def fonts(path: Path) -> list[FontInfo]:
    found: dict[str, FontInfo] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            name = str(font["/BaseFont"]).lstrip("/")
            found[name] = FontInfo(name, str(font["/Subtype"]), embedded)
    return list(found.values())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def text(path: Path) -> str:
    return "\n".join(page_texts(path))


def pdftotext(path: Path, *, layout: bool = False) -> str:
    """The text as poppler (and so most Linux viewers' copy and paste) reads it.

    pypdf starts a new line at every font change, and ReportLab switches font
    objects every 256 glyphs of a face, so only poppler shows a name whole.
    ``layout`` keeps each table row on one line, its cells in their columns.
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    options = ["-layout"] if layout else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
