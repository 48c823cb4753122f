"""What the ledger's printouts and the print dialog read from the store."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger.care_tags import care_tags
from hearth_desk.services.ledger.printouts import (
    LedgerChoice,
    NamedChoice,
    building_ledger_for,
    care_list_for,
    print_choices,
)
from tests.support.factories import small_ledger


def test_print_choices_offer_compounds_their_buildings_and_the_tags(session: Session) -> None:
    small_ledger(session)
    grid.ensure_unit(session, "洪山小区", "1栋", "1单元")
    offered = print_choices(session)
    assert [c.name for c in offered.compounds] == ["洪山小区", "青年湖小区"]
    hongshan, qingnian = offered.compounds
    assert [b.name for b in offered.buildings[hongshan.id]] == ["3栋", "1栋"]
    assert [b.name for b in offered.buildings[qingnian.id]] == ["1栋"]
    assert offered.tags == tuple(NamedChoice(t.id, t.name) for t in care_tags(session))
    assert offered.tags
    three = offered.buildings[hongshan.id][0]
    (unit,) = offered.units[three.id]
    assert unit.name == "2单元"
    assert offered.parents[unit.id] == three.id and offered.parents[three.id] == hongshan.id


def test_the_building_ledger_lists_only_the_tagged_residents_when_narrowed(
    session: Session,
) -> None:
    small_ledger(session)
    unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    tag = next(t for t in care_tags(session) if t.name == "高龄")

    def names(choice: LedgerChoice) -> list[str]:
        data = building_ledger_for(session, choice)
        return [m.name for s in data.sections for h in s.households for m in h.members]

    assert names(LedgerChoice(node_id=unit.id)) == ["张三", "李秀英", "单丽"]
    narrowed = building_ledger_for(session, LedgerChoice(node_id=unit.id, tag_id=tag.id))
    assert narrowed.tag == "高龄" and narrowed.scope == "洪山小区3栋2单元"
    assert names(LedgerChoice(node_id=unit.id, tag_id=tag.id)) == ["张三"]
    assert building_ledger_for(session, LedgerChoice()).tag == ""


def test_the_care_list_needs_a_tag(session: Session) -> None:
    with pytest.raises(ValueError):
        care_list_for(session, LedgerChoice())
