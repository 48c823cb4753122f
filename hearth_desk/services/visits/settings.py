"""The visiting rules and the requests' due days as they stand: the domain's defaults
(``domain.visit_rules``, ``domain.request_flow``) with whatever staff changed in
settings (``VisitRule`` rows by care tag, the one ``VisitSettings`` row)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import CareTag, RequestTier, VisitRule, VisitSettings
from hearth_desk.domain.request_flow import DEFAULT_DUE_DAYS
from hearth_desk.domain.visit_rules import DEFAULT_EVERYONE_ELSE, DEFAULT_INTERVALS
from hearth_desk.services import audit


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


# --- changing them in settings ------------------------------------------------------------


@dataclass(frozen=True)
class TagInterval:
    """A care tag's row in the rules editor: its days now, and the default (None: the
    tag has no default and follows everyone else unless given days)."""

    care_tag_id: int
    name: str
    days: int | None
    default_days: int | None


def tag_intervals(session: Session) -> list[TagInterval]:
    """Every care tag in the office's order with its visiting interval."""
    rules = {rule.care_tag_id: rule.interval_days for rule in session.scalars(select(VisitRule))}
    return [
        TagInterval(
            tag.id,
            tag.name,
            rules.get(tag.id, DEFAULT_INTERVALS.get(tag.name)),
            DEFAULT_INTERVALS.get(tag.name),
        )
        for tag in session.scalars(select(CareTag).order_by(CareTag.sort_order, CareTag.id))
    ]


def _positive(days: int) -> int:
    if days <= 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The number of days must be at least 1."))
    return days


def save_tag_interval(session: Session, care_tag_id: int, days: int | None) -> None:
    """A tag's interval; a row is kept only where it differs from the default, so a
    later change of the defaults reaches every tag staff left alone. ``None`` (a tag
    without a default): the tag follows everyone else."""
    tag = session.get(CareTag, care_tag_id)
    if tag is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That care tag no longer exists."))
    default = DEFAULT_INTERVALS.get(tag.name)
    if days is not None:
        days = _positive(days)
    rule = session.get(VisitRule, care_tag_id)
    old = rule.interval_days if rule is not None else default
    if days == old or (days is None and default is not None):
        return
    if days is None or days == default:
        if rule is not None:
            session.delete(rule)
    elif rule is None:
        session.add(VisitRule(care_tag_id=care_tag_id, interval_days=days))
    else:
        rule.interval_days = days
    session.flush()
    audit.record(session, "visit_rule", care_tag_id, "update", {tag.name: (old, days)})


_DUE_FIELDS = {
    RequestTier.SMALL.value: "small_due_days",
    RequestTier.LARGE.value: "large_due_days",
    RequestTier.SPECIAL.value: "special_due_days",
}


def save_visit_settings(session: Session, everyone_else: int, due_days: Mapping[str, int]) -> None:
    """The interval for everyone else and the days per request tier (a tier left out
    keeps its days); the one row, id 1, is made when first changed."""
    current = visiting_rules(session)
    old = {"default_interval_days": current.everyone_else}
    old.update({field: current.due_days[tier] for tier, field in _DUE_FIELDS.items()})
    new = {"default_interval_days": _positive(everyone_else)}
    new.update(
        {field: _positive(due_days.get(tier, old[field])) for tier, field in _DUE_FIELDS.items()}
    )
    changes = {field: (old[field], days) for field, days in new.items() if old[field] != days}
    if not changes:
        return
    row = session.get(VisitSettings, 1)
    if row is None:
        session.add(VisitSettings(id=1, **new))
    else:
        for field, days in new.items():
            setattr(row, field, days)
    session.flush()
    audit.record(session, "visit_settings", 1, "update", changes)
