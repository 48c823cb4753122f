"""A request's handler, partner unit, due date and tier changed, and kept as a change
record; the tier stays 特事 once the street has it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import ChangeRecord, PartnerUnit
from hearth_desk.services.audit import set_actor
from hearth_desk.services.visits.request_edits import RequestEdits, edit_request, may_change_tier
from hearth_desk.services.visits.thanks import NewThanks, log_thanks
from tests.support.request_factories import some_requests


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("李主任")
    yield
    set_actor(None)


def test_handler_partner_due_and_tier_change(session: Session) -> None:
    lamp = some_requests(session)["lamp"]
    partner = PartnerUnit(name="和平里物业")
    session.add(partner)
    session.flush()
    changes = edit_request(
        session, lamp.id, RequestEdits("张社工", partner.id, dt.date(2026, 12, 1), "large")
    )
    assert set(changes) == {"handler", "partner_id", "due_date", "tier"}
    assert (lamp.handler, lamp.partner_id, lamp.due_date, lamp.tier) == (
        "张社工",
        partner.id,
        dt.date(2026, 12, 1),
        "large",
    )
    record = session.scalars(select(ChangeRecord).where(ChangeRecord.entity == "request")).one()
    assert record.actor == "李主任"
    assert json.loads(record.details)["changes"]["handler"] == ["王网格", "张社工"]
    # Nothing changed: nothing recorded.
    assert (
        edit_request(session, lamp.id, RequestEdits("张社工", partner.id, lamp.due_date, "large"))
        == {}
    )


def test_refused_edits(session: Session) -> None:
    made = some_requests(session)
    wall, lamp = made["wall"], made["lamp"]
    assert not may_change_tier(wall.status, wall.escalated_on)
    assert may_change_tier(lamp.status, lamp.escalated_on)
    with pytest.raises(UserError, match="tier"):
        edit_request(session, wall.id, RequestEdits(None, None, wall.due_date, "small"))
    with pytest.raises(UserError, match="before"):
        edit_request(session, lamp.id, RequestEdits(None, None, dt.date(2020, 1, 1), "small"))
    with pytest.raises(UserError, match="partner"):
        edit_request(session, lamp.id, RequestEdits(None, 999, lamp.due_date, "small"))
    # The street's matter keeps its tier when the other fields change.
    edit_request(session, wall.id, RequestEdits("李主任", None, wall.due_date, "special"))
    assert wall.handler == "李主任"


def test_thanks_for_a_household_or_a_request(session: Session) -> None:
    made = some_requests(session)
    banner = log_thanks(session, NewThanks(request_id=made["pipe"].id))
    assert (banner.kind, banner.household_id, banner.entered_by) == (
        "banner",
        made["pipe"].household_id,
        "李主任",
    )
    letter = log_thanks(
        session, NewThanks(kind="letter", household_id=made["lamp"].household_id, giver="张三")
    )
    assert letter.request_id is None and letter.giver == "张三"
    with pytest.raises(UserError):
        log_thanks(session, NewThanks())
    with pytest.raises(UserError):
        log_thanks(session, NewThanks(request_id=999))
