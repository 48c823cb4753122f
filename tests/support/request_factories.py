"""Requests in each status, for the list, the ledger, the CLI and the window's tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from hearth_desk.domain.models import Request, RequestStatus
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request
from tests.support.factories import small_ledger

DAY = dt.date(2026, 11, 2)


def some_requests(session: Session) -> dict[str, Request]:
    """Four requests on the small ledger: an open 小事 long overdue at 张三's, a closed
    工程 大事 at 单丽's, a 特事 reported to the street about a place, and one just made."""
    homes = small_ledger(session)
    lamp = register_request(
        session,
        NewRequest(
            "楼道灯不亮",
            category="safety",
            household_id=homes["zhang"].id,
            handler="王网格",
            registered_on=dt.date(2026, 9, 1),
        ),
    )
    advance_request(session, lamp.id, RequestStatus.IN_PROGRESS, on=dt.date(2026, 9, 2))
    pipe = register_request(
        session,
        NewRequest(
            "下水管漏水",
            category="works",
            tier="large",
            household_id=homes["shan"].id,
            handler="李主任",
            registered_on=dt.date(2026, 10, 8),
        ),
    )
    advance_request(session, pipe.id, RequestStatus.IN_PROGRESS, on=dt.date(2026, 10, 9))
    advance_request(
        session, pipe.id, RequestStatus.CLOSED, result="物业更换管道", on=dt.date(2026, 10, 12)
    )
    wall = register_request(
        session,
        NewRequest("小区围墙倒塌", category="safety", tier="special", place="洪山小区北门",
                   source="phone", registered_on=dt.date(2026, 10, 20)),
    )  # fmt: skip
    advance_request(session, wall.id, RequestStatus.IN_PROGRESS, on=dt.date(2026, 10, 20))
    advance_request(
        session,
        wall.id,
        RequestStatus.ESCALATED,
        street_ref="街〔2026〕8号",
        on=dt.date(2026, 10, 21),
    )
    noise = register_request(
        session,
        NewRequest(
            "楼上噪音", category="dispute", household_id=homes["zeng"].id, registered_on=DAY
        ),
    )
    return {"lamp": lamp, "pipe": pipe, "wall": wall, "noise": noise}
