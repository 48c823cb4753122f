"""Applying a plan: every row in the caller's transaction, all or nothing.

New households and residents go in as batched Core inserts (ids come back through
RETURNING), updates through the ORM. Either way their derived columns (address, sort
key, search key, who and when) come from ``services.ledger.derived``, the rules the
entry forms use, and every change has its change record as the forms write it.
Progress is reported every ``BATCH`` rows and may raise ``Cancelled``: the caller's
transaction then rolls back and the store is as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    CareTag,
    Household,
    Resident,
    ResidentStatus,
    resident_care_tag,
)
from hearth_desk.services import audit
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.ledger.derived import Stamp, derive_resident, resident_columns
from hearth_desk.services.ledger.grid import WholeGrid, ensure_unit
from hearth_desk.services.ledger.importing.plan import NEW, UPDATE, HouseholdGroup, ImportPlan
from hearth_desk.services.ledger.importing.problems import ProblemCounts
from hearth_desk.services.ledger.importing.rows import SheetRow
from hearth_desk.services.progress import Progress

BATCH = 200
WRITING = QT_TRANSLATE_NOOP("Progress", "Importing residents…")
SAVING = QT_TRANSLATE_NOOP("Progress", "Saving…")


@dataclass(frozen=True)
class ImportSummary:
    households_created: int
    residents_created: int
    residents_updated: int
    residents_unchanged: int
    rows_rejected: int


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write what ``plan`` found; refuses a plan with errors unless ``skip_invalid``,
    which leaves the rejected rows out (``write_rejects`` saves them)."""
    refuse_errors(plan, skip_invalid)
    progress = progress or Progress.silent()
    writer = _Writer(session, plan)
    rows = [row for row in plan.rows if not row.rejected]
    done = 0
    for batch in in_chunks(rows, BATCH):
        progress.report(done, len(rows), WRITING)
        writer.write(batch)
        done += len(batch)
    progress.report(len(rows), len(rows), SAVING)
    session.flush()
    return ImportSummary(
        households_created=writer.households_created,
        residents_created=sum(1 for row in rows if row.action == NEW),
        residents_updated=sum(1 for row in rows if row.action == UPDATE),
        residents_unchanged=len(rows) - sum(1 for r in rows if r.action in (NEW, UPDATE)),
        rows_rejected=plan.rejected_row_count,
    )


def refuse_errors(plan: ProblemCounts, skip_invalid: bool) -> None:
    """Nothing is imported from a sheet with errors, unless the rows with errors are to
    be left out (``skip_invalid``)."""
    if plan.error_count and not skip_invalid:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The sheet has {errors} errors in {rows} rows; nothing was imported.",
            ),
            errors=plan.error_count,
            rows=plan.rejected_row_count,
        )


class _Writer:
    def __init__(self, session: Session, plan: ImportPlan) -> None:
        self.session = session
        self.plan = plan
        self.source = plan.source.name
        self.tag_ids = {
            name: tag_id for name, tag_id in session.execute(select(CareTag.name, CareTag.id))
        }
        self.units: dict[tuple[str, str, str], int] = {}
        self.created: dict[HouseholdGroup, int] = {}
        self.households_created = 0
        self.stamp = Stamp.now()  # one time for every row of the import

    def household_id(self, group: HouseholdGroup) -> int:
        return group.household_id or self.created[group]

    def write(self, rows: Sequence[SheetRow]) -> None:
        self._create_households([row.group for row in rows])
        self._create_residents([row for row in rows if row.action == NEW])
        self._update_residents([row for row in rows if row.action == UPDATE])
        self.session.flush()

    # -- households ----------------------------------------------------------------

    def _unit_id(self, group: HouseholdGroup) -> int:
        if group.unit_id is not None:
            return group.unit_id
        a = group.address
        key = (a.compound, a.building, a.unit)
        if key not in self.units:
            self.units[key] = ensure_unit(self.session, *key).id
        return self.units[key]

    def _create_households(self, groups: list[HouseholdGroup]) -> None:
        new = [g for g in dict.fromkeys(groups) if g.household_id is None and g not in self.created]
        if not new:
            return
        unit_ids = [self._unit_id(g) for g in new]  # creates missing grid nodes
        grid = WholeGrid.load(self.session)
        values = [
            {
                "unit_id": unit_id,
                "door": g.address.door,
                **grid.household_columns(unit_id, g.address.door),
            }
            for g, unit_id in zip(new, unit_ids, strict=True)
        ]
        table = Household.__table__
        ids = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), values
        ).scalars()
        for group, household_id, value in zip(new, ids, values, strict=True):
            self.created[group] = household_id
            audit.record(
                self.session,
                "household",
                household_id,
                "import",
                address=value["address"],
                file=self.source,
            )
        self.households_created += len(new)

    # -- residents -----------------------------------------------------------------

    def _tag_ids(self, names: tuple[str, ...]) -> list[int]:
        return [self.tag_ids[name] for name in names]

    def _create_residents(self, rows: Sequence[SheetRow]) -> None:
        if not rows:
            return
        values = []
        for row in rows:
            clean = row.clean
            assert clean is not None
            status = row.status or ResidentStatus.LIVING
            values.append(
                {
                    "household_id": self.household_id(row.group),
                    **clean.column_values(),
                    "status": status.value,
                    "status_date": None if status is ResidentStatus.LIVING else row.status_date,
                    **resident_columns(clean.name, self.stamp),
                }
            )
        table = Resident.__table__
        ids = list(
            self.session.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), values
            ).scalars()
        )
        tag_rows = []
        for row, resident_id, value in zip(rows, ids, values, strict=True):
            assert row.clean is not None
            tag_rows += [
                {"resident_id": resident_id, "care_tag_id": tag_id}
                for tag_id in self._tag_ids(row.clean.tags)
            ]
            changes: dict[str, tuple[Any, Any]] = {
                key: (None, value[key])
                for key in ("name", "gender", "birth_date", "id_number", "phone", "relation")
                if value[key] is not None
            }
            if row.clean.tags:
                changes["tags"] = (None, "、".join(row.clean.tags))
            audit.record(self.session, "resident", resident_id, "import", changes, file=self.source)
        if tag_rows:
            self.session.execute(insert(resident_care_tag), tag_rows)

    def _update_residents(self, rows: Sequence[SheetRow]) -> None:
        if not rows:
            return
        ids = [row.match.id for row in rows]
        residents = {
            r.id: r for r in self.session.scalars(select(Resident).where(Resident.id.in_(ids)))
        }
        for row in rows:
            resident = residents[row.match.id]
            for key, (_old, new) in row.changes.items():
                if key == "household":
                    resident.household_id = self.household_id(row.group)
                elif key == "tags":
                    resident.tags = [
                        self.session.get_one(CareTag, tag_id)
                        for tag_id in self._tag_ids(tuple(new.split("、")) if new else ())
                    ]
                else:
                    setattr(resident, key, new)
            derive_resident(resident, self.stamp)
            audit.record(
                self.session, "resident", resident.id, "update", row.changes, file=self.source
            )
