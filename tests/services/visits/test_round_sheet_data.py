"""The round sheet's data: a worker's due households by building in door order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.visits.printouts import round_sheet_data, round_sheet_for
from hearth_desk.services.visits.visits import NewVisit, record_visit
from tests.support.visit_factories import visiting_area

TODAY = dt.date(2026, 11, 30)


def test_a_workers_round_by_building_in_door_order(session: Session) -> None:
    area = visiting_area(session)
    zhang = area.households["zhang"]
    last = TODAY - dt.timedelta(days=31)
    record_visit(session, NewVisit(zhang.id, last, (area.worker.id,)), today=TODAY)
    data = round_sheet_data(session, staff_id=area.worker.id, today=TODAY)
    assert (data.worker, data.scope, data.households) == ("王芳", "", 2)
    [section] = data.sections
    assert section.node == "洪山小区3栋"
    assert [(r.door, r.head, r.tags, r.last_visit, r.overdue) for r in section.rows] == [
        ("2单元0401", "张三", "高龄", last, True),
        ("2单元0402", "单丽", "", None, True),
    ]
    everyone = round_sheet_for(session, LedgerChoice())
    assert [s.node for s in everyone.sections] == ["洪山小区3栋", "青年湖小区1栋"]
