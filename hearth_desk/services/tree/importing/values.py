"""Reading the roster's own cells: political status, 在职/退休, 双报到, join dates
typed as numbers, the teams of one cell and their roles.

Dates, ID numbers and gender are read by the residents import's readers
(``services.ledger.importing.values``); each reader here likewise returns a clean
value or raises ``InvalidValue`` with a finding for the user.
"""

from __future__ import annotations

import re
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import InvalidValue, error
from hearth_desk.domain.models import PoliticalStatus, TeamRole
from hearth_desk.services.ledger.importing.values import SheetDate, parse_date, text_of

POLITICAL_WORDS = {
    "中共党员": PoliticalStatus.MEMBER,
    "党员": PoliticalStatus.MEMBER,
    "正式党员": PoliticalStatus.MEMBER,
    "中国共产党党员": PoliticalStatus.MEMBER,
    "预备党员": PoliticalStatus.PROBATIONARY,
    "中共预备党员": PoliticalStatus.PROBATIONARY,
    "群众": PoliticalStatus.MASSES,
    "志愿者": PoliticalStatus.MASSES,
}
# The words the export writes for each code (the first of each above).
POLITICAL_CHINESE = {
    PoliticalStatus.MEMBER.value: "中共党员",
    PoliticalStatus.PROBATIONARY.value: "预备党员",
    PoliticalStatus.MASSES.value: "群众",
}
RETIRED_WORDS = {
    "退休": True,
    "已退休": True,
    "离休": True,
    "离退休": True,
    "在职": False,
    "在岗": False,
}
WORKING, RETIRED_WORD = "在职", "退休"
YES_WORDS = frozenset({"是", "√", "✓", "✔", "Y", "YES", "1", "已报到", "双报到"})
NO_WORDS = frozenset({"否", "×", "✗", "N", "NO", "0", "未报到", "-", "—", "/"})
YES, NO = "是", "否"
ROLE_WORDS = {
    "队长": TeamRole.LEADER,
    "副队长": TeamRole.DEPUTY,
    "队员": TeamRole.MEMBER,
    "成员": TeamRole.MEMBER,
}
ROLE_CHINESE = {
    TeamRole.LEADER.value: "队长",
    TeamRole.DEPUTY.value: "副队长",
    TeamRole.MEMBER.value: "队员",
}
LIST_SEPARATOR = "、"
_LIST = re.compile(r"[、，,;；\n]+")


def _word(value: Any) -> str:
    return "".join(text_of(value).split()).upper()


def parse_political(value: Any) -> PoliticalStatus:
    text = _word(value)
    if text in POLITICAL_WORDS:
        return POLITICAL_WORDS[text]
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP(
                "Finding", "“{value}” is not a political status; write 中共党员, 预备党员 or 群众."
            ),
            value=text_of(value),
        )
    )


def parse_retired(value: Any) -> bool:
    text = _word(value)
    if text in RETIRED_WORDS:
        return RETIRED_WORDS[text]
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP("Finding", "“{value}” is neither 在职 nor 退休."),
            value=text_of(value),
        )
    )


def parse_yes_no(value: Any) -> bool:
    """是/否, √/×, 1/0; a blank cell is read as 否 by the caller."""
    text = _word(value)
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP("Finding", "“{value}” is not yes or no; write 是, 否 or √."),
            value=text_of(value),
        )
    )


def parse_join_date(value: Any) -> SheetDate | None:
    """An Excel date, or text the residents' date reader takes (1982.07, 1982年7月,
    1982-07-01). A number such as 1982.1 is what Excel made of 1982.10: read with two
    decimals, as it was typed."""
    if isinstance(value, float) and 1900 < value < 2200 and not value.is_integer():
        value = f"{value:.2f}"
    return parse_date(value)


def split_list(value: Any) -> list[str]:
    """环境整治服务队、治安巡逻服务队 (or separated by ，, ; or a line break) → the names,
    each once, spaces collapsed."""
    names = (" ".join(part.split()) for part in _LIST.split(text_of(value)))
    return list(dict.fromkeys(name for name in names if name))


def parse_role(word: str) -> TeamRole:
    text = _word(word)
    if text in ROLE_WORDS:
        return ROLE_WORDS[text]
    raise InvalidValue(
        error(
            QT_TRANSLATE_NOOP(
                "Finding", "“{value}” is not a role in a team; write 队长, 副队长 or 队员."
            ),
            value=word,
        )
    )
