"""Copyable characters beyond U+FFFF.

ReportLab writes each subset's ToUnicode CMap as ``<code> <%04X>``, which is only
right inside the Basic Multilingual Plane: for 𠮷 (U+20BB7) it writes five hex
digits that readers take as U+20BB (₻), so a searched or copied roster loses the
name. The PDF specification wants the UTF-16BE form, a surrogate pair
(``<D842DFB7>``). We replace ReportLab's module-level helper with one that writes
UTF-16BE for every code point; ``TTFont.addObjects`` looks the helper up at call
time, so the replacement is narrow and applies to all our faces.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's CMap, with destination codes in UTF-16BE (surrogate pairs above U+FFFF)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # A bfchar block may hold at most 100 entries (PDF reference, 5.9.2).
    for start in range(0, len(subset), 100):
        block = subset[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{start + i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(block)]
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install() -> None:
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def uninstall() -> None:
    """Back to ReportLab's own helper (tests use it to show the difference)."""
    ttfonts.makeToUnicodeCMap = _original
