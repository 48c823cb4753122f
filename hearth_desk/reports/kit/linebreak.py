"""Breaking Chinese text into lines, by the rules readers expect.

Chinese may break between any two characters, except that no line may start with
closing punctuation (，。、）》… ) and none may end with opening punctuation
(（《「 …). Latin words and numbers (a phone number, ``3栋2单元`` 's digits, an
ID number) stay whole when they fit. ReportLab's own CJK wrapping hangs a
forbidden character into the margin, which overflows a table cell, and knows
few Chinese marks, so we break lines ourselves.
"""

from __future__ import annotations

from collections.abc import Callable

CANNOT_START = frozenset(
    "，。、；：！？）》」』】〕〉］｝〗〙〛’”…‥—–·・％‰℃°′″"
    ",.;:!?)]}>%"
    "々〻ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
CANNOT_END = frozenset("（《「『【〔〈［｛〖〘〚‘“([{<＄￥$£¥#＃")
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@._-/+'")


def units(text: str) -> list[str]:
    """Split ``text`` into pieces that must not be broken inside."""
    pieces: list[str] = []
    for character in text:
        if pieces and character in _WORD and pieces[-1][-1] in _WORD:
            pieces[-1] += character
        else:
            pieces.append(character)
    glued: list[str] = []
    for piece in pieces:
        if glued and (piece[0] in CANNOT_START or glued[-1][-1] in CANNOT_END):
            glued[-1] += piece
        else:
            glued.append(piece)
    return glued


def break_lines(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    """Lines of ``text`` no wider than ``max_width`` (a unit wider than a whole line is
    cut by character, the only place a rule may have to give)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _break_paragraph(paragraph, width_of, max_width)
    return lines


def _break_paragraph(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    lines: list[str] = []
    current, used = "", 0.0
    for unit in units(text):
        width = width_of(unit)
        if used + width <= max_width or not current:
            if width > max_width and not current:
                head, tail = _cut(unit, width_of, max_width)
                lines.extend(head)
                current, used = tail, width_of(tail)
                continue
            current, used = current + unit, used + width
            continue
        lines.append(current.rstrip(" "))
        unit = unit.lstrip(" ")
        if width_of(unit) > max_width:
            head, tail = _cut(unit, width_of, max_width)
            lines.extend(head)
            current, used = tail, width_of(tail)
        else:
            current, used = unit, width_of(unit)
    if current or not lines:
        lines.append(current.rstrip(" "))
    return lines


def _cut(unit: str, width_of: Callable[[str], float], max_width: float) -> tuple[list[str], str]:
    """Cut an over-long unit by character; returns full lines and the rest."""
    lines: list[str] = []
    current, used = "", 0.0
    for character in unit:
        width = width_of(character)
        if used + width > max_width and current:
            keep = len(current)
            if character in CANNOT_START:
                # Carry characters over until the new line starts with an allowed one.
                keep -= 1
                while keep > 0 and current[keep] in CANNOT_START:
                    keep -= 1
            if 0 < keep < len(current):
                lines.append(current[:keep])
                current = current[keep:]
                used = width_of(current)
            else:
                lines.append(current)
                current, used = "", 0.0
        current += character
        used += width
    return lines, current
