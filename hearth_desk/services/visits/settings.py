"""The visiting rules and the requests' due days as they stand: the domain's defaults
(``domain.visit_rules``, ``domain.request_flow``) with whatever staff changed in
settings (``VisitRule`` rows by care tag, the one ``VisitSettings`` row)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import CareTag, RequestTier, VisitRule, VisitSettings
from hearth_desk.domain.request_flow import DEFAULT_DUE_DAYS
from hearth_desk.domain.visit_rules import DEFAULT_EVERYONE_ELSE, DEFAULT_INTERVALS


@dataclass(frozen=True)
class VisitingRules:
    intervals: dict[str, int]  # a care tag's name → days between visits
    everyone_else: int  # days, for a household with no ruled tag
    due_days: dict[str, int]  # a request's tier code → days it has


def visiting_rules(session: Session) -> VisitingRules:
    tags = {tag.id: tag.name for tag in session.scalars(select(CareTag))}
    intervals = {name: days for name, days in DEFAULT_INTERVALS.items() if name in tags.values()}
    for rule in session.scalars(select(VisitRule)):
        intervals[tags[rule.care_tag_id]] = rule.interval_days
    row = session.get(VisitSettings, 1)
    if row is None:
        return VisitingRules(
            intervals,
            DEFAULT_EVERYONE_ELSE,
            {tier.value: days for tier, days in DEFAULT_DUE_DAYS.items()},
        )
    due_days = {
        RequestTier.SMALL.value: row.small_due_days,
        RequestTier.LARGE.value: row.large_due_days,
        RequestTier.SPECIAL.value: row.special_due_days,
    }
    return VisitingRules(intervals, row.default_interval_days, due_days)
