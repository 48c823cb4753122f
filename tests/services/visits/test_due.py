"""The due and overdue lists: intervals by the living members' care tags, latest first
(never visited before all), a grid worker's area covering every unit under its nodes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.models import CareTag, ResidentStatus, VisitRule
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.visits.due import due_for_staff, due_list, grid_workers
from hearth_desk.services.visits.visits import NewVisit, record_visit
from tests.support.visit_factories import visiting_area

TODAY = dt.date(2026, 11, 30)


def _visit(session: Session, household_id: int, staff_id: int, days_ago: int) -> None:
    record_visit(
        session, NewVisit(household_id, TODAY - dt.timedelta(days_ago), (staff_id,)), today=TODAY
    )


def test_a_grid_workers_list_is_latest_first_with_intervals_from_care_tags(
    session: Session,
) -> None:
    area = visiting_area(session)
    zhang, shan = area.households["zhang"], area.households["shan"]
    _visit(session, zhang.id, area.worker.id, 45)  # 高龄: monthly → 15 days late
    _visit(session, zhang.id, area.worker.id, 60)  # an older visit does not count
    listing = due_for_staff(session, area.worker.id, today=TODAY)
    assert [(h.address, h.head, h.interval_tags, h.due.days_late) for h in listing.households] == [
        ("洪山小区3栋2单元0402", "单丽", (), None),  # never visited: first
        ("洪山小区3栋2单元0401", "张三", ("高龄",), 15),
    ]
    assert listing.households[1].due.last_visit == TODAY - dt.timedelta(45)
    _visit(session, shan.id, area.worker.id, 360)  # yearly: due in 5 days, within the week
    [first, second] = due_for_staff(session, area.worker.id, today=TODAY).households
    assert (first.household_id, second.due.days_late) == (zhang.id, -5)
    overdue = due_for_staff(session, area.worker.id, today=TODAY, overdue_only=True)
    assert [h.household_id for h in overdue.households] == [zhang.id]
    assert due_for_staff(session, area.director.id, today=TODAY).households == ()
    assert [(w.name, w.node_ids) for w in grid_workers(session)] == [("王芳", (area.compound_id,))]


def test_only_living_members_tags_count_and_settings_change_intervals(session: Session) -> None:
    area = visiting_area(session)
    zhang = area.households["zhang"]
    _visit(session, zhang.id, area.worker.id, 20)
    within_the_week = due_list(session, [area.compound_id], today=TODAY).households
    assert [h.household_id for h in within_the_week] == [area.households["shan"].id]
    tag = session.query(CareTag).filter_by(name="高龄").one()
    session.add(VisitRule(care_tag_id=tag.id, interval_days=10))
    session.flush()
    [late] = due_list(session, [area.compound_id], today=TODAY, overdue_only=True).households[1:]
    assert (late.household_id, late.due.days_late) == (zhang.id, 10)
    ledger.set_status(session, zhang.members[0].id, ResidentStatus.DECEASED, TODAY)
    every = due_list(session, [area.compound_id], today=TODAY, every_household=True)
    assert [(h.head, h.tags) for h in every.households if h.household_id == zhang.id] == [
        ("李秀英", ())
    ]


def test_the_whole_community_in_door_order(session: Session) -> None:
    area = visiting_area(session)
    listing = due_list(session, None, today=TODAY, in_door_order=True)
    assert [h.address for h in listing.households] == [
        "洪山小区3栋2单元0401",
        "洪山小区3栋2单元0402",
        "青年湖小区1栋1单元0101",
    ]
    assert (listing.households[0].building, listing.households[0].unit) == ("3栋", "2单元")
    assert area.compound_id
