"""The contact a card's QR code carries: a vCard 3.0 a phone camera offers to save.

Only what the card prints goes in (name, phone, organisation): the leaves are public
on purpose, ID numbers never are. The text is UTF-8, which phones and zbar read.
"""

from __future__ import annotations

from hearth_desk.domain.pinyin import split_surname


def _escaped(value: str) -> str:
    """A vCard text value: backslash, comma, semicolon and line breaks escaped."""
    value = " ".join(value.split())
    for raw, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;")):
        value = value.replace(raw, escaped)
    return value


def vcard(name: str, phone: str, organisation: str, unit: str = "") -> str:
    """``BEGIN:VCARD`` … ``END:VCARD`` with FN, N (surname; given name), TEL and ORG
    (the organisation; the team as its unit), CRLF-separated as RFC 2426 asks."""
    family, given = split_surname("".join(name.split())) if name.strip() else ("", "")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escaped(family)};{_escaped(given)};;;",
        f"FN:{_escaped(name)}",
    ]
    if phone:
        lines.append(f"TEL;TYPE=CELL:{_escaped(phone)}")
    org = ";".join(_escaped(part) for part in (organisation, unit) if part)
    if org:
        lines.append(f"ORG:{org}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
