"""Who issues the certificates and how their numbers and honours read: the one
``CertificateSettings`` row.

Reading never writes: with no row stored, the defaults are used, the issuer being
the community's name (和平里社区) and the short name in numbers the name without
its 社区 (和平里). The row is made, with those defaults, the first time anything
is set. A number format or an honour template that would fail when printing is
refused when it is set, in words, naming the unknown field and showing an example.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import CertificateSettings
from hearth_desk.domain.text_fields import checked, column_length
from hearth_desk.services.community import get_community

SETTINGS_ID = 1
DEFAULT_NUMBER_FORMAT = "{short}{kind}〔{year}〕第{sequence:04d}号"
DEFAULT_HONOUR_TEMPLATE = "授予 {姓名} 同志 {年度} 年度优秀志愿者称号"
NUMBER_FIELDS = ("short", "kind", "year", "sequence")
# What an honour's text may name: the person, the year, their hours and times, the issuer.
HONOUR_FIELDS = ("姓名", "年度", "时长", "次数", "单位")
# The endings dropped from the community's name for the short name in numbers.
NAME_ENDINGS = ("社区居民委员会", "居民委员会", "社区居委会", "居委会", "社区")
EXAMPLE_NUMBER = {"kind": "志证", "year": 2026, "sequence": 7}
EXAMPLE_HONOUR = {"姓名": "王芳", "年度": 2026, "时长": "36.5", "次数": 42}


@dataclass(frozen=True)
class IssuerSettings:
    issuer: str  # 出具单位
    person_in_charge: str  # 负责人
    handler: str  # 经办人
    contact_phone: str  # 联系电话
    short_name: str  # 和平里 in 和平里志证〔2026〕第0001号
    number_format: str
    honour_template: str


def short_name_of(name: str) -> str:
    """``和平里社区`` → ``和平里``; a name with no such ending is kept whole."""
    for ending in NAME_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return name


def read_settings(session: Session) -> IssuerSettings:
    """The settings as stored, or the defaults while nothing is."""
    row = session.get(CertificateSettings, SETTINGS_ID)
    if row is None:
        return default_settings(session)
    return IssuerSettings(
        **{field.name: getattr(row, field.name) for field in fields(IssuerSettings)}
    )


def default_settings(session: Session) -> IssuerSettings:
    community = get_community(session)
    name = community.name if community else ""
    return IssuerSettings(
        issuer=name,
        person_in_charge="",
        handler="",
        contact_phone="",
        short_name=short_name_of(name),
        number_format=DEFAULT_NUMBER_FORMAT,
        honour_template=DEFAULT_HONOUR_TEMPLATE,
    )


def update_settings(session: Session, **changes: str | None) -> IssuerSettings:
    """Set the fields given (None: left as it is), checked; creates the row the first
    time, from the defaults."""
    current = read_settings(session)
    given = {name: value.strip() for name, value in changes.items() if value is not None}
    unknown = set(given) - {field.name for field in fields(IssuerSettings)}
    if unknown:
        raise TypeError(f"unknown settings {sorted(unknown)}")
    for name, value in given.items():
        checked(
            value,
            column_length(getattr(CertificateSettings, name))
            if name != "honour_template"
            else None,
        )
    wanted = replace(current, **given)
    check_number_format(wanted.number_format, wanted.short_name)
    check_honour_template(wanted.honour_template)
    row = session.get(CertificateSettings, SETTINGS_ID)
    if row is None:
        row = CertificateSettings(id=SETTINGS_ID)
        session.add(row)
    for field in fields(IssuerSettings):
        setattr(row, field.name, getattr(wanted, field.name))
    session.flush()
    return wanted


def _field_names(text: str) -> list[tuple[str, str]]:
    """The (field, format spec) pairs ``text`` names; a stray brace is a UserError."""
    try:
        return [
            (name, spec or "")
            for _literal, name, spec, _conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“{text}” has a brace without its pair; fields are written like {{sequence}}.",
            ),
            text=text,
        ) from None


def format_number(number_format: str, short: str, kind: str, year: int, sequence: int) -> str:
    """The number as printed, e.g. 和平里志证〔2026〕第0007号."""
    return number_format.format(short=short, kind=kind, year=year, sequence=sequence)


def check_number_format(number_format: str, short: str = "和平里") -> str:
    """Refuse a format with an unknown field or without {sequence}; the example it
    gives (和平里志证〔2026〕第0007号) otherwise."""
    names = _field_names(number_format)
    for name, _spec in names:
        if name not in NUMBER_FIELDS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The number format names an unknown field {{{field}}}; it may use "
                    "{{short}}, {{kind}}, {{year}} and {{sequence}}.",
                ),
                field=name,
            )
    named = {name for name, _spec in names}
    if not {"kind", "year", "sequence"} <= named:
        # Without {kind} or {year} two certificates would print the same number.
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The number format must contain {{kind}}, {{year}} and {{sequence}}, e.g. "
                "{{short}}{{kind}}〔{{year}}〕第{{sequence:04d}}号.",
            )
        )
    try:
        return format_number(number_format, short or "和平里", **EXAMPLE_NUMBER)
    except (ValueError, IndexError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The number format “{text}” cannot be printed; write the sequence as "
                "{{sequence}} or {{sequence:04d}}.",
            ),
            text=number_format,
        ) from None


def honour_text(template: str, values: dict[str, Any]) -> str:
    """The honour's sentence with its fields filled in."""
    return template.format(**values)


def check_honour_template(template: str) -> str:
    """Refuse an honour template naming a field it cannot fill; the example otherwise."""
    for name, _spec in _field_names(template):
        if name not in HONOUR_FIELDS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The honour text names an unknown field {{{field}}}; it may use {fields}.",
                ),
                field=name,
                fields="、".join(f"{{{known}}}" for known in HONOUR_FIELDS),
            )
    try:
        return honour_text(template, {**EXAMPLE_HONOUR, "单位": "和平里社区"})
    except (ValueError, IndexError):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The honour text “{text}” cannot be filled in."),
            text=template,
        ) from None
