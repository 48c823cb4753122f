"""What the poster shows is read in one pass: the organisation and its 党支部, the teams
in the office's order with leaders first, and the residents and households served."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models.tree import Member, TeamMembership
from hearth_desk.services.community import set_community
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.tree.poster_data import poster_data, poster_for
from hearth_desk.services.tree.printouts import team_named
from tests.support.factories import small_ledger
from tests.support.poster_trees import organisation, team


def _tree(session: Session) -> None:
    organisation(session)
    team(session, "治安巡逻服务队", [("赵六", "member"), ("王𠮷", "leader")], sort_order=2)
    team(
        session,
        "环境整治服务队",
        [("周七", "member"), ("黄瑜希", "leader"), ("孙八", "deputy"), ("钱九", "member")],
        sort_order=1,
    )


def test_the_whole_tree(session: Session) -> None:
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    small_ledger(session)  # 3 households, 5 residents
    _tree(session)
    data = poster_data(session)
    assert data.heading == "北京市东城区和平里街道和平里社区"
    assert data.organisation == "和平里社区党总支"
    assert data.branches_of_party == ("第一党支部", "第二党支部", "第三党支部")
    assert [branch.name for branch in data.branches] == ["环境整治服务队", "治安巡逻服务队"]
    environment = data.branches[0]
    # Leader, deputy, then members by name (as stored: the same order every time).
    assert [leaf.role for leaf in environment.leaves] == ["leader", "deputy", "member", "member"]
    assert [leaf.name for leaf in environment.leaves[:2]] == ["黄瑜希", "孙八"]
    assert sorted(leaf.name for leaf in environment.leaves[2:]) == [
        leaf.name for leaf in environment.leaves[2:]
    ]
    assert environment.leader == "黄瑜希"
    assert environment.leaves[0].phone.startswith("139")  # in full: residents call it
    assert (data.residents, data.households) == (5, 3)


def test_a_member_in_two_teams_is_a_leaf_on_both(session: Session) -> None:
    _tree(session)
    teams = poster_data(session).branches
    member = session.query(Member).filter_by(name="赵六").one()
    other = session.query(TeamMembership).filter_by(member_id=member.id).one().team_id
    first = next(t for t in session.query(TeamMembership).all() if t.team_id != other).team_id
    session.add(TeamMembership(member_id=member.id, team_id=first, role="member"))
    session.flush()
    again = poster_data(session).branches
    assert sum(len(b.leaves) for b in again) == sum(len(b.leaves) for b in teams) + 1


def test_one_team(session: Session) -> None:
    _tree(session)
    data = poster_for(session, LedgerChoice(team_id=team_named(session, " 治安巡逻服务队 ").id))
    assert [branch.name for branch in data.branches] == ["治安巡逻服务队"]
    assert [leaf.name for leaf in data.branches[0].leaves] == ["王𠮷", "赵六"]


def test_an_unknown_team_is_a_user_error(session: Session) -> None:
    _tree(session)
    with pytest.raises(UserError) as raised:
        team_named(session, "理发服务队")
    assert raised.value.params == {"name": "理发服务队"}


def test_an_empty_store(session: Session) -> None:
    data = poster_data(session)
    assert (data.heading, data.organisation, data.branches) == (None, "", ())
    assert (data.residents, data.households) == (0, 0)


def test_namesakes_in_one_team(session: Session) -> None:
    team(session, "理发服务队", [("张伟", "member"), ("张伟", "member"), ("李娜", "leader")])
    leaves = poster_data(session).branches[0].leaves
    assert [leaf.name for leaf in leaves] == ["李娜", "张伟", "张伟"]
    assert leaves[1].phone < leaves[2].phone  # in the order they were added
