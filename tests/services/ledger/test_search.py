"""One search box finds residents by name, pinyin, ID tail, phone digits and address."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.search import search_residents
from tests.support.factories import SHAN_ID, ZHANG_SAN_ID, small_ledger


def names(session: Session, query: str, **options: object) -> list[str]:
    return [hit.name for hit in search_residents(session, query, **options)]  # type: ignore[arg-type]


@pytest.fixture
def people(session: Session) -> Session:
    small_ledger(session)
    return session


@pytest.mark.parametrize(
    ("query", "expected", "kind"),
    [
        ("张三", ["张三"], "name"),
        ("秀英", ["李秀英"], "name"),
        ("zs", ["张三"], "pinyin"),
        ("zhangsan", ["张三"], "pinyin"),
        ("ZhangSan", ["张三"], "pinyin"),
        ("shanli", ["单丽"], "pinyin"),
        ("danli", ["单丽"], "pinyin"),
        ("dl", ["单丽"], "pinyin"),
        ("zengguofan", ["曾国藩"], "pinyin"),
        ("cengguofan", ["曾国藩"], "pinyin"),
        ("ouwei", ["区伟"], "pinyin"),
        ("quwei", ["区伟"], "pinyin"),
        ("区", ["区伟"], "name"),
        (ZHANG_SAN_ID[-4:], ["张三"], "id"),
        (ZHANG_SAN_ID[-6:], ["张三"], "id"),
        (ZHANG_SAN_ID, ["张三"], "id"),
        ("8123", ["张三"], "phone"),
        ("5678", ["张三", "单丽"], "phone"),
        ("6234 5678", ["单丽"], "phone"),
        ("3栋2单元", ["张三", "李秀英", "单丽"], "address"),
        ("3号楼2单元0401", ["张三", "李秀英"], "address"),
        ("青年湖", ["曾国藩", "区伟"], "address"),
    ],
)
def test_each_kind_of_query_finds_its_people(
    people: Session, query: str, expected: list[str], kind: str
) -> None:
    hits = search_residents(people, query)
    assert sorted(hit.name for hit in hits) == sorted(expected)
    assert {hit.kind for hit in hits} == {kind}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("010-62345678", ["单丽"]),  # the stored form itself
        ("01062345678", ["单丽"]),
        ("(010) 6234-5678", ["单丽"]),
        ("０１０－６２３４５６７８", ["单丽"]),  # full-width, as some input methods type
        ("010-6234", ["单丽"]),
        ("138-1234-5678", ["张三"]),
        ("138 1234 5678", ["张三"]),
        ("+86 138 1234 5678", ["张三"]),
        ("+86-13812345678", ["张三"]),
        ("8613812345678", ["张三"]),
        ("1234-5678", ["张三"]),
    ],
)
def test_a_phone_is_found_however_it_is_written(
    people: Session, query: str, expected: list[str]
) -> None:
    """Issue 11: a phone typed with dashes or +86 found nothing, even in its stored form."""
    hits = search_residents(people, query)
    assert sorted(hit.name for hit in hits) == sorted(expected)
    assert {hit.kind for hit in hits} == {"phone"}


def test_a_query_longer_than_anything_searched_finds_nothing(people: Session) -> None:
    """The window searches as one types: a pasted page must not be an internal error."""
    assert names(people, "张" * 60_000) == []
    assert names(people, "1" * 60_000) == []


def test_an_id_tail_with_x_is_found_in_lower_case(people: Session) -> None:
    tail = SHAN_ID[-4:].lower()
    assert "单丽" in names(people, tail)


def test_hits_are_masked(people: Session) -> None:
    (hit,) = search_residents(people, "张三")
    assert hit.id_masked == ZHANG_SAN_ID[:6] + "**********" + ZHANG_SAN_ID[-2:]
    assert hit.phone_masked == "138****5678"
    assert hit.address == "洪山小区3栋2单元0401"


def test_exact_names_come_before_longer_ones(people: Session) -> None:
    households = small_ledger_households(people)
    ledger.add_member(people, households, _person("张三丰"))
    assert names(people, "张三")[0] == "张三"


def test_moved_out_residents_are_found_only_when_asked(people: Session) -> None:
    (hit,) = search_residents(people, "张三")
    ledger.set_status(people, hit.resident_id, ResidentStatus.MOVED_OUT, None)
    assert names(people, "张三") == []
    assert names(people, "张三", include_inactive=True) == ["张三"]


def test_short_digit_runs_and_blank_queries_find_nothing(people: Session) -> None:
    assert names(people, "138") == []
    assert names(people, "  ") == []


def test_percent_and_underscore_are_literal(people: Session) -> None:
    assert names(people, "%") == []
    assert names(people, "_") == []


def small_ledger_households(session: Session) -> int:
    (hit,) = search_residents(session, "张三")
    return hit.household_id


def _person(name: str):  # type: ignore[no-untyped-def]
    from hearth_desk.domain.models import Gender
    from hearth_desk.services.ledger.residents import ResidentInput

    return ResidentInput(name=name, gender=Gender.MALE, relation="儿子")


def test_a_cut_list_says_how_many_match_in_all(session: Session) -> None:
    from hearth_desk.services.ledger.search import search

    small_ledger(session)
    everyone = search(session, "小区", limit=50)
    assert not everyone.cut and everyone.total == len(everyone.hits) >= 3
    first = search(session, "小区", limit=2)
    assert first.cut and len(first.hits) == 2 and first.total == everyone.total
