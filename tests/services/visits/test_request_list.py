"""Requests listed and filtered by period, tier, category, status, handler and overdue,
and one request read back whole."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.request_list import (
    RequestFilter,
    handler_names,
    request_ids,
    request_lines,
    request_view,
)
from hearth_desk.services.visits.thanks import NewThanks, log_thanks
from tests.support.request_factories import DAY, some_requests


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("王网格")
    yield
    set_actor(None)


def test_filters_narrow_the_list(session: Session) -> None:
    made = some_requests(session)
    ids = {name: request.id for name, request in made.items()}

    def listed(**wanted: object) -> list[int]:
        return request_ids(session, RequestFilter(**wanted), DAY)  # type: ignore[arg-type]

    assert listed() == [ids["lamp"], ids["pipe"], ids["wall"], ids["noise"]]
    assert listed(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)) == [
        ids["pipe"],
        ids["wall"],
    ]
    assert listed(tier="special") == [ids["wall"]]
    assert listed(category="safety") == [ids["lamp"], ids["wall"]]
    assert listed(status="closed") == [ids["pipe"]]
    assert listed(handler="李主任") == [ids["pipe"]]
    # Open past the due date: the lamp (due 9-08); the wall is due 11-19, the pipe closed.
    assert listed(overdue_only=True) == [ids["lamp"]]
    assert handler_names(session) == ["李主任", "王网格"]


def test_lines_say_where_and_how_late(session: Session) -> None:
    made = some_requests(session)
    lines = {line.id: line for line in request_lines(session, today=DAY)}
    lamp, wall = lines[made["lamp"].id], lines[made["wall"].id]
    assert lamp.where == "洪山小区3栋2单元0401" and lamp.overdue_days == 55 and lamp.overdue
    assert wall.where == "洪山小区北门" and not wall.overdue and wall.street_ref == "街〔2026〕8号"
    assert lines[made["pipe"].id].result == "物业更换管道"


def test_one_request_whole_with_steps_and_thanks(session: Session) -> None:
    made = some_requests(session)
    log_thanks(session, NewThanks(kind="banner", request_id=made["pipe"].id, giver="单丽",
                                  words="为民解忧", date=DAY))  # fmt: skip
    view = request_view(session, made["pipe"].id, DAY)
    assert [step.status for step in view.steps] == ["registered", "in_progress", "closed"]
    # Each step on its own day, the registration too (entered from a notebook later).
    assert [step.at.date() for step in view.steps] == [
        dt.date(2026, 10, 8),
        dt.date(2026, 10, 9),
        dt.date(2026, 10, 12),
    ]
    assert {step.by for step in view.steps} == {"王网格"}
    assert view.steps[-1].note == "物业更换管道" and view.steps[-1].at.date() == dt.date(
        2026, 10, 12
    )
    assert [(t.kind, t.giver, t.words) for t in view.thanks] == [("banner", "单丽", "为民解忧")]
    with pytest.raises(UserError):
        request_view(session, 999)
