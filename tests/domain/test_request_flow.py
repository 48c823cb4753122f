"""The request flow as pure rules: no step skipped, each with its words, 不满意 reopens."""

from __future__ import annotations

import datetime as dt

import pytest

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import RequestStatus as S
from hearth_desk.domain.models import RequestTier as T
from hearth_desk.domain.request_flow import due_date, is_overdue, move, next_statuses


def test_a_small_matter_goes_registered_in_hand_closed_followed_up() -> None:
    assert move(S.REGISTERED, T.SMALL, S.IN_PROGRESS).status == S.IN_PROGRESS
    assert move(S.IN_PROGRESS, T.SMALL, S.CLOSED, result="换了门禁卡").status == S.CLOSED
    done = move(S.CLOSED, T.SMALL, S.FOLLOWED_UP, satisfaction="satisfied")
    assert (done.status, done.reopened) == (S.FOLLOWED_UP, False)
    assert next_statuses(S.FOLLOWED_UP, T.SMALL) == ()


@pytest.mark.parametrize(
    ("status", "target"),
    [
        (S.REGISTERED, S.CLOSED),
        (S.REGISTERED, S.ESCALATED),
        (S.REGISTERED, S.FOLLOWED_UP),
        (S.IN_PROGRESS, S.FOLLOWED_UP),
        (S.IN_PROGRESS, S.REGISTERED),
        (S.CLOSED, S.IN_PROGRESS),
        (S.FOLLOWED_UP, S.CLOSED),
    ],
)
def test_no_step_can_be_skipped_or_taken_back(status: S, target: S) -> None:
    with pytest.raises(UserError):
        move(status, T.SMALL, target, result="r", street_ref="x", satisfaction="satisfied")


def test_a_special_matter_is_closed_only_after_the_street_has_it() -> None:
    with pytest.raises(UserError, match="reported to the street office"):
        move(S.IN_PROGRESS, T.SPECIAL, S.CLOSED, result="修好了")
    assert next_statuses(S.IN_PROGRESS, T.SPECIAL) == (S.ESCALATED,)
    assert move(S.ESCALATED, T.SPECIAL, S.CLOSED, result="街道修好了").status == S.CLOSED


def test_escalating_makes_a_matter_special_and_needs_the_reference() -> None:
    with pytest.raises(UserError, match="reference"):
        move(S.IN_PROGRESS, T.LARGE, S.ESCALATED, street_ref="  ")
    moved = move(S.IN_PROGRESS, T.LARGE, S.ESCALATED, street_ref="街办〔2026〕12号")
    assert (moved.status, moved.tier) == (S.ESCALATED, T.SPECIAL)


def test_closing_needs_a_result_and_a_return_visit_needs_satisfaction() -> None:
    with pytest.raises(UserError, match="result"):
        move(S.IN_PROGRESS, T.SMALL, S.CLOSED, result="")
    with pytest.raises(UserError, match="satisfaction"):
        move(S.CLOSED, T.SMALL, S.FOLLOWED_UP, satisfaction=None)


@pytest.mark.parametrize(("tier", "back"), [(T.SMALL, S.IN_PROGRESS), (T.SPECIAL, S.ESCALATED)])
def test_dissatisfied_reopens(tier: T, back: S) -> None:
    moved = move(S.CLOSED, tier, S.FOLLOWED_UP, satisfaction="dissatisfied")
    assert (moved.status, moved.reopened) == (back, True)


def test_due_dates_by_tier_and_overdue_only_while_open() -> None:
    day = dt.date(2026, 11, 2)
    assert due_date(day, T.SMALL) == dt.date(2026, 11, 9)
    assert due_date(day, T.SPECIAL, {T.SMALL: 1, T.LARGE: 2, T.SPECIAL: 3}) == dt.date(2026, 11, 5)
    late = dt.date(2026, 11, 30)
    assert is_overdue(S.IN_PROGRESS, day, late)
    assert not is_overdue(S.CLOSED, day, late)
    assert not is_overdue(S.REGISTERED, late, late)
