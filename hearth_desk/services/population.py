"""How many residents and households the community has: the one definition.

"Residents" (在册居民) are the people living here now: moved-out and deceased
residents stay in the ledger as its history but are not counted. The home page,
the printed overview, the command line and the restore confirmation all count
with ``population``, and where all records are shown they say so ("resident
records, including moved out and deceased"), so 7,340 and 7,515 are never two
answers to the same question.

A household counts as a household whether or not anyone lives in it; the building
ledger prints only households with someone living there, so ``population`` also
says how many have no one (that is the difference between the two).

It takes a ``Session`` or a ``Connection``, so a backup's snapshot can be counted
the same way as the open store.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, exists, func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Household, Resident, ResidentStatus

# The residents the community's figures count.
LIVING = Resident.status == ResidentStatus.LIVING.value


@dataclass(frozen=True)
class Population:
    residents: int  # living here now (在册居民)
    resident_records: int  # every resident row, with the moved-out and the deceased
    households: int  # every household
    households_without_residents: int  # households where no one lives any more

    @property
    def households_with_residents(self) -> int:
        """The households the building ledger prints."""
        return self.households - self.households_without_residents


def population(db: Session | Connection) -> Population:
    """The residents living here, all resident records, and the households."""
    living_there = exists().where(Resident.household_id == Household.id, LIVING)
    return Population(
        residents=db.scalar(select(func.count()).select_from(Resident).where(LIVING)) or 0,
        resident_records=db.scalar(select(func.count()).select_from(Resident)) or 0,
        households=db.scalar(select(func.count()).select_from(Household)) or 0,
        households_without_residents=db.scalar(
            select(func.count()).select_from(Household).where(~living_there)
        )
        or 0,
    )
