"""One definition of "residents" and "households" for every figure: the home page,
the printed overview, the command line and the building ledger agree, and where
they count different things each says what it counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.domain.notices import Destination
from hearth_desk.services.community import set_community
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.households import household_members
from hearth_desk.services.ledger.printouts import building_ledger_data
from hearth_desk.services.overview import compute_overview
from hearth_desk.services.population import population
from tests.support.factories import small_ledger

TODAY = dt.date(2026, 11, 23)
GONE = dt.date(2026, 1, 5)


def _everyone_left(session: Session, household_id: int) -> None:
    """Everyone in the household moved out or died: the household stays, empty."""
    members = household_members(session, household_id)
    ledger.set_status(session, members[0].id, ResidentStatus.MOVED_OUT, GONE)
    for member in members[1:]:
        ledger.set_status(session, member.id, ResidentStatus.DECEASED, GONE)


def test_residents_are_those_living_there_and_records_are_all(session: Session) -> None:
    homes = small_ledger(session)  # 3 households, 5 residents
    _everyone_left(session, homes["zeng"].id)  # 2 gone
    people = population(session)
    assert (people.residents, people.resident_records) == (3, 5)
    assert (people.households, people.households_without_residents) == (3, 1)
    assert people.households_with_residents == 2
    # A bare connection (a backup's snapshot, say) is counted the same way.
    assert population(session.connection()) == people
    assert compute_overview(session, TODAY).residents == people.residents


def test_the_overview_and_the_building_ledger_say_what_their_households_count(
    session: Session,
) -> None:
    set_community(session, "和平里社区", "和平里街道")
    homes = small_ledger(session)
    _everyone_left(session, homes["shan"].id)
    overview = compute_overview(session, TODAY)
    printed = building_ledger_data(session, today=TODAY)
    # The home page counts every household; the building ledger only those lived in.
    assert (overview.households, printed.households) == (3, 2)
    # The difference is said, and the notice takes the user to the ledger.
    assert overview.households_without_residents == 1
    assert overview.households - overview.households_without_residents == printed.households
    empty = [n for n in overview.notices if "no residents living there" in n.message]
    assert [(n.params, n.destination) for n in empty] == [({"count": 1}, Destination.LEDGER)]


def test_no_empty_households_no_notice(session: Session) -> None:
    set_community(session, "和平里社区", "和平里街道")
    small_ledger(session)
    overview = compute_overview(session, TODAY)
    assert overview.households_without_residents == 0
    assert not [n for n in overview.notices if "no residents living there" in n.message]


def test_every_notice_says_where_it_is_put_right(session: Session) -> None:
    small_ledger(session)  # no community name, units without leaders
    destinations = {n.message: n.destination for n in compute_overview(session, TODAY).notices}
    assert destinations == {
        "The community's name has not been set; printouts will have no heading.": (
            Destination.SETTINGS
        ),
        "{count} units have no grid leader.": Destination.LEDGER,
    }
