"""How often each household must be visited, from its living members' care tags and
the visiting rules as they stand (settings over the domain's defaults). The figures
count the households due with it; the demo walks its rounds by it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import CareTag, Resident, ResidentStatus, resident_care_tag
from hearth_desk.domain.visit_rules import household_interval
from hearth_desk.services.visits.settings import VisitingRules


def household_intervals(session: Session, rules: VisitingRules) -> dict[int, int]:
    """Every household with someone living there → the days between its visits.

    Two queries (who lives where, and their tags), whatever the size of the ledger."""
    living = Resident.status == ResidentStatus.LIVING.value
    tags: dict[int, set[str]] = {
        household_id: set()
        for household_id in session.scalars(select(Resident.household_id).where(living).distinct())
    }
    for household_id, name in session.execute(
        select(Resident.household_id, CareTag.name)
        .join(resident_care_tag, resident_care_tag.c.resident_id == Resident.id)
        .join(CareTag, CareTag.id == resident_care_tag.c.care_tag_id)
        .where(living)
    ):
        tags[household_id].add(name)
    return {
        household_id: household_interval(names, rules.intervals, rules.everyone_else)
        for household_id, names in sorted(tags.items())
    }
