"""One person's service in a period, summed: what a certificate states (hours, times,
what was done) and what the figures list per volunteer."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from hearth_desk.services.volunteering.service_items import ZERO, ServiceItem, service_items

SUMMARY_KINDS = 5  # what was done, the most frequent this many kinds of service


@dataclass(frozen=True)
class MemberTotals:
    member_id: int
    times: int  # 次数
    hours: Decimal  # 时长
    served: int  # 人次
    first: dt.date
    last: dt.date
    what: tuple[tuple[str, int], ...]  # the kinds of service done most, with their times


def member_totals(
    session: Session, start: dt.date, end: dt.date, member_ids: set[int] | None = None
) -> dict[int, MemberTotals]:
    """Every member who served between ``start`` and ``end``, summed."""
    by_member: dict[int, list[ServiceItem]] = defaultdict(list)
    for item in service_items(session, start, end, member_ids):
        by_member[item.member_id].append(item)
    return {member_id: totals_of(member_id, items) for member_id, items in by_member.items()}


def totals_of(member_id: int, items: list[ServiceItem]) -> MemberTotals:
    kinds = Counter(item.what for item in items)
    return MemberTotals(
        member_id,
        len(items),
        sum((item.hours for item in items), ZERO),
        sum(item.served for item in items),
        min(item.date for item in items),
        max(item.date for item in items),
        tuple(kinds.most_common(SUMMARY_KINDS)),
    )
