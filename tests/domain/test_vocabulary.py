"""Codes and their words: known relations map both ways, other words stay as written."""

from __future__ import annotations

from hearth_desk.domain.findings import warning
from hearth_desk.domain.messages import QT_TRANSLATE_NOOP
from hearth_desk.domain.vocabulary import (
    RELATIONS,
    Words,
    gender_term,
    relation_chinese,
    relation_code,
    relation_label,
)

CHINESE = {"Vocabulary": {"Spouse": "配偶", "Head of household": "戶主", "Male": "男"}}


def traditional(context: str, text: str) -> str:
    return CHINESE.get(context, {}).get(text, text)


def test_every_known_relation_maps_both_ways() -> None:
    assert len({r.code for r in RELATIONS}) == len({r.chinese for r in RELATIONS}) == len(RELATIONS)
    for relation in RELATIONS:
        assert relation_code(relation.chinese) == relation.code
        assert relation_chinese(relation.code) == relation.chinese


def test_a_word_the_list_does_not_know_stays_as_written() -> None:
    assert relation_code("表侄") == "表侄"
    assert relation_chinese("表侄") == "表侄"
    assert relation_label("表侄", traditional) == "表侄"


def test_labels_come_in_the_callers_language_from_a_code_or_a_stored_word() -> None:
    assert relation_label("spouse", traditional) == "配偶"
    assert relation_label("户主", traditional) == "戶主"  # a stored word, as services read it
    assert relation_label("spouse", lambda _c, text: text) == "Spouse"
    words = Words(traditional)
    assert words.relation("head") == "戶主"
    assert words.gender("M") == "男"
    assert words.status("moved_out") == "Moved out"  # untranslated falls back to the source


def test_a_gender_inside_a_finding_is_translated_with_the_vocabulary() -> None:
    finding = warning(
        QT_TRANSLATE_NOOP("Finding", "Gender “{given}” differs"), given=gender_term("M")
    )
    assert finding.translated(traditional) == "Gender “男” differs"
    assert str(finding) == "Gender “Male” differs"


def test_every_partner_kind_has_a_word_in_the_callers_language() -> None:
    from hearth_desk.domain.models import PartnerKind
    from hearth_desk.domain.vocabulary import PARTNER_KIND_WORDS

    assert list(PARTNER_KIND_WORDS) == [kind.value for kind in PartnerKind]
    words = Words(lambda _c, text: {"Police station": "派出所"}.get(text, text))
    assert words.partner_kind("police") == "派出所"
    assert words.partner_kind("other") == "Other"
    assert words.partner_kind("clinic") == "clinic"  # a code the list does not know, as it is
