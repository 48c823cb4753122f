"""Codes the services hand out, and the words the edges show for them.

Services speak in codes (``M``/``F``, ``living``, ``spouse``) so that the window,
the command line and the printouts each put them in the user's language: a
relation read as 儿媳 in an English window was the bug this fixes. The English
source words are marked for lupdate here, once; ``Translate`` turns them into
the user's language at the edge.

Relations are stored as the office writes them (户主, 配偶, 儿媳…: the words its
sheets use and import back). The known ones map to codes; any other word an old
sheet brought in (表侄, say) stays as written and is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hearth_desk.domain.messages import QT_TRANSLATE_NOOP, Term, Translate
from hearth_desk.domain.models import (
    EventKind,
    EventStatus,
    Gender,
    OrganisationKind,
    PartnerKind,
    PoliticalStatus,
    ResidentStatus,
    SignupStatus,
    TeamRole,
)

VOCABULARY_CONTEXT = "Vocabulary"

GENDER_WORDS = {
    Gender.MALE.value: QT_TRANSLATE_NOOP("Vocabulary", "Male"),
    Gender.FEMALE.value: QT_TRANSLATE_NOOP("Vocabulary", "Female"),
}
POLITICAL_STATUS_WORDS = {
    PoliticalStatus.MEMBER.value: QT_TRANSLATE_NOOP("Vocabulary", "Party member"),
    PoliticalStatus.PROBATIONARY.value: QT_TRANSLATE_NOOP("Vocabulary", "Probationary member"),
    PoliticalStatus.MASSES.value: QT_TRANSLATE_NOOP("Vocabulary", "Non-party volunteer"),
}
TEAM_ROLE_WORDS = {
    TeamRole.LEADER.value: QT_TRANSLATE_NOOP("Vocabulary", "Team leader"),
    TeamRole.DEPUTY.value: QT_TRANSLATE_NOOP("Vocabulary", "Deputy leader"),
    TeamRole.MEMBER.value: QT_TRANSLATE_NOOP("Vocabulary", "Team member"),
}
# Events: their kinds (the office's own words on the command line) and their states.
EVENT_KIND_WORDS = {
    EventKind.SERVICE_DAY.value: QT_TRANSLATE_NOOP("Vocabulary", "Service day"),
    EventKind.VOLUNTEER.value: QT_TRANSLATE_NOOP("Vocabulary", "Volunteer activity"),
    EventKind.TALK.value: QT_TRANSLATE_NOOP("Vocabulary", "Talk"),
    EventKind.CULTURE.value: QT_TRANSLATE_NOOP("Vocabulary", "Cultural activity"),
    EventKind.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
EVENT_KIND_CHINESE = {
    "服务日": EventKind.SERVICE_DAY.value,
    "志愿活动": EventKind.VOLUNTEER.value,
    "讲座": EventKind.TALK.value,
    "文体活动": EventKind.CULTURE.value,
    "其他": EventKind.OTHER.value,
}
# A sign-up's status, as a list or a message says it (已报名, 候补…).
SIGNUP_STATUS_WORDS = {
    SignupStatus.SIGNED_UP.value: QT_TRANSLATE_NOOP("Vocabulary", "signed up"),
    SignupStatus.WAITING.value: QT_TRANSLATE_NOOP("Vocabulary", "on the waiting list"),
    SignupStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    SignupStatus.CHECKED_IN.value: QT_TRANSLATE_NOOP("Vocabulary", "checked in"),
    SignupStatus.ABSENT.value: QT_TRANSLATE_NOOP("Vocabulary", "absent"),
}
# An event's status as the office's sheets write it (the events export).
EVENT_STATUS_CHINESE = {
    EventStatus.PLANNED.value: "计划",
    EventStatus.RUNNING.value: "进行中",
    EventStatus.FINISHED.value: "已结束",
    EventStatus.CANCELLED.value: "已取消",
}
EVENT_STATUS_WORDS = {
    EventStatus.PLANNED.value: QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    EventStatus.RUNNING.value: QT_TRANSLATE_NOOP("Vocabulary", "Under way"),
    EventStatus.FINISHED.value: QT_TRANSLATE_NOOP("Vocabulary", "Over"),
    EventStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
# The kinds the trunk can be (a 党支部 is only ever a branch under it).
ORGANISATION_KIND_WORDS = {
    OrganisationKind.GENERAL_BRANCH.value: QT_TRANSLATE_NOOP("Vocabulary", "General party branch"),
    OrganisationKind.COMMITTEE.value: QT_TRANSLATE_NOOP("Vocabulary", "Party committee"),
}
# In the order a form offers them; "Other" is the relations' word, translated once.
PARTNER_KIND_WORDS = {
    PartnerKind.HOSPITAL.value: QT_TRANSLATE_NOOP("Vocabulary", "Hospital or health centre"),
    PartnerKind.COMPANY.value: QT_TRANSLATE_NOOP("Vocabulary", "Company"),
    PartnerKind.SCHOOL.value: QT_TRANSLATE_NOOP("Vocabulary", "School"),
    PartnerKind.POLICE.value: QT_TRANSLATE_NOOP("Vocabulary", "Police station"),
    PartnerKind.PROPERTY.value: QT_TRANSLATE_NOOP("Vocabulary", "Property company"),
    PartnerKind.GOVERNMENT.value: QT_TRANSLATE_NOOP(
        "Vocabulary", "Government office or public institution"
    ),
    PartnerKind.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

# The words of the office's own sheets (import reads them, export writes them).
GENDER_CHINESE = {Gender.MALE.value: "男", Gender.FEMALE.value: "女"}

STATUS_WORDS = {
    ResidentStatus.LIVING.value: QT_TRANSLATE_NOOP("Vocabulary", "Living"),
    ResidentStatus.MOVED_OUT.value: QT_TRANSLATE_NOOP("Vocabulary", "Moved out"),
    ResidentStatus.DECEASED.value: QT_TRANSLATE_NOOP("Vocabulary", "Deceased"),
}
STATUS_CHINESE = {
    ResidentStatus.LIVING.value: "在住",
    ResidentStatus.MOVED_OUT.value: "迁出",
    ResidentStatus.DECEASED.value: "死亡",
}


@dataclass(frozen=True)
class Relation:
    code: str
    chinese: str  # as stored and as the office's sheets write it
    english: str  # the source word the edges translate


HEAD = "head"

RELATIONS: tuple[Relation, ...] = (
    Relation(HEAD, "户主", QT_TRANSLATE_NOOP("Vocabulary", "Head of household")),
    Relation("spouse", "配偶", QT_TRANSLATE_NOOP("Vocabulary", "Spouse")),
    Relation("son", "子", QT_TRANSLATE_NOOP("Vocabulary", "Son")),
    Relation("daughter", "女", QT_TRANSLATE_NOOP("Vocabulary", "Daughter")),
    Relation("father", "父亲", QT_TRANSLATE_NOOP("Vocabulary", "Father")),
    Relation("mother", "母亲", QT_TRANSLATE_NOOP("Vocabulary", "Mother")),
    Relation("wifes_father", "岳父", QT_TRANSLATE_NOOP("Vocabulary", "Father-in-law (wife's)")),
    Relation("wifes_mother", "岳母", QT_TRANSLATE_NOOP("Vocabulary", "Mother-in-law (wife's)")),
    Relation(
        "husbands_father", "公公", QT_TRANSLATE_NOOP("Vocabulary", "Father-in-law (husband's)")
    ),
    Relation(
        "husbands_mother", "婆婆", QT_TRANSLATE_NOOP("Vocabulary", "Mother-in-law (husband's)")
    ),
    Relation("grandson", "孙子", QT_TRANSLATE_NOOP("Vocabulary", "Grandson (son's son)")),
    Relation(
        "granddaughter", "孙女", QT_TRANSLATE_NOOP("Vocabulary", "Granddaughter (son's daughter)")
    ),
    Relation(
        "daughters_son", "外孙子", QT_TRANSLATE_NOOP("Vocabulary", "Grandson (daughter's son)")
    ),
    Relation(
        "daughters_daughter",
        "外孙女",
        QT_TRANSLATE_NOOP("Vocabulary", "Granddaughter (daughter's daughter)"),
    ),
    Relation("daughter_in_law", "儿媳", QT_TRANSLATE_NOOP("Vocabulary", "Daughter-in-law")),
    Relation("son_in_law", "女婿", QT_TRANSLATE_NOOP("Vocabulary", "Son-in-law")),
    Relation("sibling", "兄弟姐妹", QT_TRANSLATE_NOOP("Vocabulary", "Brother or sister")),
    Relation("other", "其他", QT_TRANSLATE_NOOP("Vocabulary", "Other")),
)
_BY_CODE = {relation.code: relation for relation in RELATIONS}
_BY_CHINESE = {relation.chinese: relation for relation in RELATIONS}


def relation_code(stored: str) -> str:
    """The code of a stored relation word; a word the list does not know, as it is."""
    relation = _BY_CHINESE.get(stored)
    return relation.code if relation is not None else stored


def relation_chinese(code_or_word: str) -> str:
    """What to store (and write in sheets) for a code; any other word as it is."""
    relation = _BY_CODE.get(code_or_word)
    return relation.chinese if relation is not None else code_or_word


def relation_label(code_or_word: str, translate: Translate) -> str:
    """A relation (its code, or the word as stored) in the user's language; a word
    the list does not know, as written."""
    relation = _BY_CODE.get(code_or_word) or _BY_CHINESE.get(code_or_word)
    return translate(VOCABULARY_CONTEXT, relation.english) if relation else code_or_word


def gender_label(code: str, translate: Translate) -> str:
    return translate(VOCABULARY_CONTEXT, GENDER_WORDS[code]) if code in GENDER_WORDS else code


def gender_term(code: str) -> Term:
    """A gender as a message parameter, translated wherever the message is shown."""
    return Term(GENDER_WORDS[code], VOCABULARY_CONTEXT)


def status_label(code: str, translate: Translate) -> str:
    return translate(VOCABULARY_CONTEXT, STATUS_WORDS[code]) if code in STATUS_WORDS else code


def _labeller(words: dict[str, str]) -> Callable[[str, Translate], str]:
    """A code's word from ``words`` in the user's language; an unknown code as it is."""

    def label(code: str, translate: Translate) -> str:
        return translate(VOCABULARY_CONTEXT, words[code]) if code in words else code

    return label


class Words:
    """The vocabulary in one language, each word translated once: a long printout or
    a scrolling table asks for 男 and 配偶 thousands of times."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate
        self._cache: dict[tuple[str, str], str] = {}

    def gender(self, code: str) -> str:
        return self._cached("gender", code, gender_label)

    def genders(self) -> tuple[str, ...]:
        """Every gender's word, e.g. to size a column for the widest."""
        return tuple(self.gender(code) for code in GENDER_WORDS)

    def relation(self, code_or_word: str) -> str:
        return self._cached("relation", code_or_word, relation_label)

    def status(self, code: str) -> str:
        return self._cached("status", code, status_label)

    def political_status(self, code: str) -> str:
        return self._cached("political_status", code, _labeller(POLITICAL_STATUS_WORDS))

    def team_role(self, code: str) -> str:
        return self._cached("team_role", code, _labeller(TEAM_ROLE_WORDS))

    def event_kind(self, code: str) -> str:
        return self._cached("event_kind", code, _labeller(EVENT_KIND_WORDS))

    def signup_status(self, code: str) -> str:
        return self._cached("signup_status", code, _labeller(SIGNUP_STATUS_WORDS))

    def event_status(self, code: str) -> str:
        return self._cached("event_status", code, _labeller(EVENT_STATUS_WORDS))

    def organisation_kind(self, code: str) -> str:
        return self._cached("organisation_kind", code, _labeller(ORGANISATION_KIND_WORDS))

    def partner_kind(self, code: str) -> str:
        return self._cached("partner_kind", code, _labeller(PARTNER_KIND_WORDS))

    def _cached(self, kind: str, value: str, label: Callable[[str, Translate], str]) -> str:
        key = (kind, value)
        word = self._cache.get(key)
        if word is None:
            word = self._cache[key] = label(value, self._translate)
        return word
