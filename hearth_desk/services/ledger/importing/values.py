"""Reading one cell of a messy sheet: dates, addresses, ID numbers, tags, gender, status.

Each reader takes what the sheet holds (text, a number, an Excel date) and returns a
clean value or raises ``InvalidValue`` with a finding for the user.

Address normalisation, so that grid names stay those of the store (``3栋``,
``2单元``, ``0401``): a building written ``3号楼``, ``3幢``, ``3号``, ``3座`` or just
``3`` becomes ``3栋``; a unit ``2`` or ``二单元`` becomes ``2单元``; a door loses a
trailing ``室``/``号``/``房`` and a three-digit door gets the leading zero of the
store's floor-and-door form (``401`` → ``0401``). Other spellings are kept as written.
The plan then prefers a name already in the store whose digits are the same
(``services.ledger.grid.GridIndex``), so a store that says ``3号楼`` keeps saying it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import InvalidValue, error
from hearth_desk.domain.masking import is_masked, mask_id_number
from hearth_desk.domain.models import Gender, ResidentStatus

_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def text_of(value: Any) -> str:
    """A cell as text with full-width forms folded (３栋 → 3栋), for values read by rule."""
    return unicodedata.normalize("NFKC", plain_text(value))


def plain_text(value: Any) -> str:
    """A cell as text as written (notes keep their full-width ，), spaces trimmed,
    numbers without ``.0``, dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


# --- dates -------------------------------------------------------------------------

_DATE_TEXT = re.compile(
    r"(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:[.\-/月]\s*(?:(\d{1,2})\s*日?)?)?\s*(?:0?0:00(:00)?)?"
)
_DATE_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})?")


@dataclass(frozen=True, slots=True)
class SheetDate:
    date: dt.date
    month_only: bool = False  # 出生年月 "1950.3": the first of the month stands in


def _bad_date(text: str) -> InvalidValue:
    return InvalidValue(
        error(
            QT_TRANSLATE_NOOP(
                "Finding", "“{value}” is not a date; write it like 1950-03-04 or 1950年3月4日."
            ),
            value=text,
        )
    )


def parse_date(value: Any) -> SheetDate | None:
    """An Excel date, a serial number or text such as 1950.03.04, 1950-3-4, 19500304,
    1950年3月4日, 1950/3/4; year and month only (1950.3, 195003) give the 1st."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return SheetDate(value.date())
    if isinstance(value, dt.date):
        return SheetDate(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 100_000 and float(value).is_integer():  # an Excel serial day
            return SheetDate(_EXCEL_EPOCH + dt.timedelta(days=int(value)))
        value = text_of(value)
    text = text_of(value)
    if not text:
        return None
    match = _DATE_DIGITS.fullmatch(text) or _DATE_TEXT.fullmatch(text)
    if match is None:
        raise _bad_date(text)
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    try:
        return SheetDate(dt.date(year, month, int(day) if day else 1), month_only=not day)
    except ValueError:
        raise _bad_date(text) from None


# --- addresses ---------------------------------------------------------------------

_NUMBER = r"[0-9零一二三四五六七八九十]+"
_ADDRESS = re.compile(
    rf"(?P<compound>.+?)\s*(?P<building>{_NUMBER}|[A-Za-z]\d*)\s*(?:号楼|栋|幢|号|座|楼)\s*"
    rf"(?P<unit>{_NUMBER})\s*单元\s*(?P<door>[0-9A-Za-z\-]+)\s*(?:室|号|房)?"
)


@dataclass(frozen=True, slots=True)
class Address:
    compound: str
    building: str
    unit: str
    door: str


def _arabic(text: str) -> str:
    """二 → 2, 十二 → 12, 3 → 3; other text unchanged."""
    if text.isdigit():
        return str(int(text))
    if text and all(c in _CHINESE_DIGITS or c == "十" for c in text):
        if "十" in text:
            tens, _, ones = text.partition("十")
            return str(
                (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + _CHINESE_DIGITS.get(ones, 0)
            )
        return "".join(str(_CHINESE_DIGITS[c]) for c in text)
    return text


def building_name(raw: Any) -> str:
    text = "".join(text_of(raw).split())
    match = re.fullmatch(rf"({_NUMBER}|[A-Za-z]\d*)(?:号楼|栋|幢|号|座|楼)?", text)
    return f"{_arabic(match.group(1))}栋" if match else text


def unit_name(raw: Any) -> str:
    text = "".join(text_of(raw).split())
    match = re.fullmatch(rf"({_NUMBER})(?:单元)?", text)
    return f"{_arabic(match.group(1))}单元" if match else text


def door_name(raw: Any) -> str:
    text = "".join(text_of(raw).split())
    text = re.sub(r"(?:室|号|房)$", "", text)
    return f"0{text}" if len(text) == 3 and text.isdigit() else text


def parse_address(raw: Any) -> Address:
    """洪山小区3栋2单元0401, 洪山小区3号楼2单元401室 → its compound, building, unit, door."""
    text = text_of(raw)
    match = _ADDRESS.fullmatch(text)
    if match is None:
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The address “{value}” cannot be read; write it like 洪山小区3栋2单元0401.",
                ),
                value=text,
            )
        )
    return Address(
        " ".join(match.group("compound").split()),
        building_name(match.group("building")),
        unit_name(match.group("unit")),
        door_name(match.group("door")),
    )


# --- ID numbers, tags, gender, status ------------------------------------------------

_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+")


def id_number_text(value: Any) -> str:
    """The ID number as text, refusing what Excel has already damaged or masked.

    A number cell (or text in scientific notation such as 1.10105E+17) holds only 15
    significant digits: an 18-digit number has lost its last digits for good. A
    15-digit old number is exact even as a number and is accepted.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, int) and 0 < value < 10**15:
            return str(value)
        raise _number_cell()
    text = text_of(value)
    if _SCIENTIFIC.fullmatch(text):
        raise _number_cell()
    if is_masked(text):
        raise InvalidValue(
            error(
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The ID number {value} is masked with *; the import needs full numbers.",
                ),
                value=mask_id_number(text),
            )
        )
    return text


def _number_cell() -> InvalidValue:
    return InvalidValue(
        error(
            QT_TRANSLATE_NOOP(
                "Finding",
                "Excel stored this ID number as a number and lost its last digits; "
                "format the cell as text and type the number again.",
            )
        )
    )


_TAG_SEPARATORS = re.compile(r"[、，,;；/\s]+")


def split_tags(value: Any) -> tuple[str, ...]:
    """独居老人、低保 / 独居老人,低保 / 独居老人；低保 / 独居老人 低保 → the names."""
    return tuple(dict.fromkeys(t for t in _TAG_SEPARATORS.split(text_of(value)) if t))


_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "M": Gender.MALE, "F": Gender.FEMALE}


def parse_gender(value: Any) -> Gender | None:
    text = text_of(value).upper().removesuffix("性")
    if not text:
        return None
    if text in _GENDERS:
        return _GENDERS[text]
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP("Finding", "“{value}” is not a gender; write 男 or 女."),
            value=text_of(value),
        )
    )


STATUS_WORDS = {
    "在住": ResidentStatus.LIVING,
    "在册": ResidentStatus.LIVING,
    "迁出": ResidentStatus.MOVED_OUT,
    "已迁出": ResidentStatus.MOVED_OUT,
    "死亡": ResidentStatus.DECEASED,
    "已故": ResidentStatus.DECEASED,
    "去世": ResidentStatus.DECEASED,
}


def parse_status(value: Any) -> ResidentStatus | None:
    text = "".join(text_of(value).split())
    if not text:
        return None
    if text in STATUS_WORDS:
        return STATUS_WORDS[text]
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP("Finding", "“{value}” is not a status; write 在住, 迁出 or 死亡."),
            value=text,
        )
    )
