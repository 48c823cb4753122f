"""What the ledger's printouts and the print dialog read from the store."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger.care_tags import care_tags
from hearth_desk.services.ledger.printouts import (
    LedgerChoice,
    NamedChoice,
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


def test_the_care_list_needs_a_tag(session: Session) -> None:
    with pytest.raises(ValueError):
        care_list_for(session, LedgerChoice())
