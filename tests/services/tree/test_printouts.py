"""What the contact cards and the roster gather: one card per member across teams,
the office's order, members found by name or pinyin, masked numbers on the roster
(on SQLite and on PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.masking import is_masked
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.tree.printouts import (
    cards_data,
    cards_for,
    roster_data,
    roster_for,
    team_named,
)
from tests.support.tree_factories import HUANG_ID, RARE_NAME, small_tree

TODAY = dt.date(2026, 6, 1)


def test_one_card_per_member_naming_every_team(session: Session) -> None:
    small_tree(session)
    data = cards_data(session)
    names = [card.name for card in data.cards]
    assert names == ["黄瑜希", RARE_NAME, "李四", "赵六"]  # team order, role, name; no team last
    huang = data.cards[0]
    assert [(p.team, p.role) for p in huang.places] == [
        ("环境整治服务队", "leader"),
        ("治安巡逻服务队", "member"),
    ]
    assert huang.places[1].promise == "守护平安，夜夜巡逻"
    assert huang.phone == "13812345678"  # in full: residents call it
    assert data.heading == "北京市东城区和平里街道和平里社区"
    assert data.organisation == "和平里社区党总支"


def test_a_team_lists_its_own_leaders_first_and_keeps_both_teams_on_a_card(
    session: Session,
) -> None:
    tree = small_tree(session)
    data = cards_data(session, tree["patrol"].id)
    assert [card.name for card in data.cards] == ["李四", "黄瑜希"]  # deputy before member
    assert len(data.cards[1].places) == 2


def test_members_found_by_name_or_pinyin_and_an_unknown_one_refused(session: Session) -> None:
    small_tree(session)
    assert [c.name for c in cards_data(session, member_queries=["hyx", " 李四 "]).cards] == [
        "黄瑜希",
        "李四",
    ]
    with pytest.raises(UserError) as raised:
        cards_data(session, member_queries=["无此人"])
    assert raised.value.params == {"query": "无此人"}


def test_a_team_is_named_exactly_or_refused(session: Session) -> None:
    tree = small_tree(session)
    assert team_named(session, " 治安巡逻服务队 ").id == tree["patrol"].id
    with pytest.raises(UserError):
        team_named(session, "治安巡逻")


def test_the_roster_masks_numbers_and_gives_the_age_not_the_birth_date(session: Session) -> None:
    small_tree(session)
    data = roster_data(session, today=TODAY)
    huang = data.rows[0]
    assert huang.id_number == HUANG_ID[:6] + "*" * 10 + HUANG_ID[-2:]
    assert is_masked(huang.phone) and huang.phone.endswith("5678")
    assert huang.age == 68 and not hasattr(huang, "birth_date")
    assert huang.teams == (("环境整治服务队", "leader"), ("治安巡逻服务队", "member"))
    assert huang.branch == "第一党支部" and huang.retired and huang.dual_registered
    assert [row.name for row in data.rows] == ["黄瑜希", RARE_NAME, "李四", "赵六"]
    assert not data.full_numbers and data.scope == ""


def test_the_roster_with_full_numbers_and_one_team(session: Session) -> None:
    tree = small_tree(session)
    data = roster_data(session, tree["clean"].id, full_numbers=True, today=TODAY)
    assert [row.name for row in data.rows] == ["黄瑜希", RARE_NAME]
    assert data.rows[0].id_number == HUANG_ID and data.rows[0].phone == "13812345678"
    assert data.scope == "环境整治服务队"


def test_the_catalogue_calls_read_the_choice(session: Session) -> None:
    tree = small_tree(session)
    choice = LedgerChoice(team_id=tree["clean"].id, member_queries=("wj",), full_numbers=True)
    assert [c.name for c in cards_for(session, choice).cards] == [RARE_NAME]
    assert roster_for(session, choice).full_numbers
    assert len(roster_for(session, choice).rows) == 2  # the roster is not narrowed by name
