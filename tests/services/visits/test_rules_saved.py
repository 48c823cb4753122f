"""Visiting rules and due days saved from settings: rows only where they differ from
the defaults, read back by ``visiting_rules``."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import VisitRule, VisitSettings
from hearth_desk.services.ledger.care_tags import add_care_tag, tags_named
from hearth_desk.services.visits.settings import (
    save_tag_interval,
    save_visit_settings,
    tag_intervals,
    visiting_rules,
)


def test_a_changed_interval_is_a_row_and_the_default_again_removes_it(session: Session) -> None:
    alone = tags_named(session, ["独居老人"])[0]
    own = add_care_tag(session, "失独家庭")
    save_tag_interval(session, alone.id, 7)  # the default: nothing stored
    assert session.scalar(select(func.count()).select_from(VisitRule)) == 0
    save_tag_interval(session, alone.id, 3)
    save_tag_interval(session, own.id, 10)
    rules = visiting_rules(session)
    assert rules.intervals["独居老人"] == 3 and rules.intervals["失独家庭"] == 10
    by_name = {row.name: row for row in tag_intervals(session)}
    assert (by_name["独居老人"].days, by_name["独居老人"].default_days) == (3, 7)
    save_tag_interval(session, alone.id, 7)
    save_tag_interval(session, own.id, None)
    assert session.scalar(select(func.count()).select_from(VisitRule)) == 0
    assert "失独家庭" not in visiting_rules(session).intervals
    with pytest.raises(UserError, match="at least 1"):
        save_tag_interval(session, alone.id, 0)


def test_everyone_else_and_the_due_days_are_the_one_settings_row(session: Session) -> None:
    save_visit_settings(session, 365, {"small": 7})  # the defaults: no row
    assert session.get(VisitSettings, 1) is None
    save_visit_settings(session, 180, {"large": 20})
    rules = visiting_rules(session)
    assert rules.everyone_else == 180
    assert rules.due_days == {"small": 7, "large": 20, "special": 30}
    save_visit_settings(session, 180, {"special": 45})
    assert visiting_rules(session).due_days["special"] == 45
    with pytest.raises(UserError):
        save_visit_settings(session, 0, {})
