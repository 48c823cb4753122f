"""Make the bundled bold title face: LXGW WenKai Bold cut to the characters titles use.

Titles and table headers are set in the bold Kai face; the full face (15.7 MB) holds
some 20,000 characters, most of which a title never shows. This keeps ASCII, CJK
punctuation and full-width forms, and the common characters of both written forms:
GB 2312 (simplified, 6,763) and Big5's frequent set (traditional, 5,401). A rarer
character in a title (a name with 𠮷) falls back to the regular Kai face, which keeps
every character (``reports/kit/fonts.TITLE``).

The SIL OFL reserves the names "LXGW" and "霞鹜" for unmodified fonts, so the cut face
is renamed (Hearth Kai Bold). Run once when the source face changes:

    python packaging/subset_title_font.py /usr/share/fonts/truetype/lxgw/LXGWWenKai-Bold.ttf

It needs fontTools (``pip install fonttools``); the program itself does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "HearthKai-Bold.ttf"
FAMILY = "Hearth Kai"


def characters() -> set[int]:
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    wanted |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040))  # punctuation
    wanted |= set(range(0xFF00, 0xFFF0)) | set(range(0x2460, 0x24FF))  # full width, ①
    for first in range(0xB0, 0xF8):  # GB 2312 hanzi rows 16–87
        for second in range(0xA1, 0xFF):
            try:
                wanted.add(ord(bytes((first, second)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for first in range(0xA4, 0xC7):  # Big5 frequent hanzi, A440–C67E
        for second in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                wanted.add(ord(bytes((first, second)).decode("big5")))
            except UnicodeDecodeError:
                pass
    return wanted


def rename(font: TTFont) -> None:
    """Names without the reserved "LXGW"/"霞鹜", as the OFL asks of a modified face."""
    names = {1: FAMILY, 2: "Bold", 3: f"{FAMILY} Bold (subset of LXGW WenKai Bold 1.250)",
             4: f"{FAMILY} Bold", 6: "HearthKai-Bold", 16: FAMILY, 17: "Bold"}  # fmt: skip
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names or record.nameID in (18, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)


def main(source: str) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    rename(font)
    font.save(OUT)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB, {len(font.getBestCmap())} characters")


if __name__ == "__main__":
    main(sys.argv[1])
