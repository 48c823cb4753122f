"""An event's span, and helpers' hours at it on both databases: the event's span by
default, their own when given or set, and back to the span."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import EventKind
from hearth_desk.services.events.events import EventInput, add_event, existing_event
from hearth_desk.services.events.helpers import add_helper, helper_lines, set_helper_hours
from hearth_desk.services.events.hours import span_hours
from tests.support.tree_factories import member


def test_an_events_span_in_hours() -> None:
    assert span_hours(dt.time(14, 0), dt.time(16, 30)) == Decimal("2.5")
    assert span_hours(dt.time(9, 0), dt.time(9, 20)) == Decimal("0.3")
    assert span_hours(None, dt.time(9, 0)) == Decimal("0.0")
    assert span_hours(dt.time(16, 0), dt.time(14, 0)) == Decimal("0.0")


def test_helpers_count_the_span_or_their_own_hours(session: Session) -> None:
    event = add_event(session, EventInput("楼道清理", dt.date(2026, 3, 7), EventKind.VOLUNTEER,
                                          dt.time(9, 0), dt.time(11, 30))).id  # fmt: skip
    wang, li = member(session, "王芳").id, member(session, "李强").id
    assert add_helper(session, event, wang)
    assert add_helper(session, event, li, hours=Decimal("1.0"))
    with pytest.raises(UserError, match="to a tenth"):
        add_helper(session, event, member(session, "赵六").id, hours=Decimal("1.25"))
    assert not add_helper(session, event, li, hours=Decimal("3.0"))  # noted already: as it was
    lines = {line.name: (line.hours, line.own_hours) for line in helper_lines(session, event)}
    assert lines == {"王芳": (Decimal("2.5"), False), "李强": (Decimal("1.0"), True)}

    set_helper_hours(session, event, wang, Decimal("3.5"))  # stayed on
    set_helper_hours(session, event, li, None)  # back to the span
    lines = {line.name: (line.hours, line.own_hours) for line in helper_lines(session, event)}
    assert lines == {"王芳": (Decimal("3.5"), True), "李强": (Decimal("2.5"), False)}
    with pytest.raises(UserError, match="more than a day"):
        set_helper_hours(session, event, wang, Decimal("30"))
    with pytest.raises(UserError, match="赵六 is not a helper"):
        set_helper_hours(session, event, member(session, "赵六").id, Decimal("1"))
    with pytest.raises(UserError, match="no event #999"):
        set_helper_hours(session, 999, wang, None)


def test_an_event_without_times_has_no_span(session: Session) -> None:
    event = add_event(session, EventInput("看望独居老人", dt.date(2026, 3, 7))).id
    add_helper(session, event, member(session, "王芳").id)
    assert [(line.hours, line.own_hours) for line in helper_lines(session, event)] == [
        (Decimal("0.0"), False)
    ]
    assert existing_event(session, event).start_time is None
