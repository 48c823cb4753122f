"""What ``hearth-desk check`` reports: where the store is and whether it is sound."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from hearth_desk.domain.models import Base
from hearth_desk.storage import migrate
from hearth_desk.storage.store import Store


@dataclass
class HealthReport:
    location: str
    dialect: str
    revision: str | None
    head: str
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    @property
    def healthy(self) -> bool:
        integrity_ok = self.integrity in ([], ["ok"])
        return integrity_ok and not self.foreign_key_problems and self.up_to_date


def check_store(store: Store) -> HealthReport:
    with store.engine.connect() as connection:
        report = HealthReport(
            location=store.location.display_url,
            dialect=store.dialect,
            revision=migrate.current_revision(connection),
            head=migrate.head_revision(),
        )
        if store.dialect == "sqlite":
            report.integrity = [
                row[0] for row in connection.execute(text("PRAGMA integrity_check"))
            ]
            report.foreign_key_problems = [
                f"{table} rowid={rowid} → {parent}"
                for table, rowid, parent, _fk in connection.execute(
                    text("PRAGMA foreign_key_check")
                )
            ]
        if report.up_to_date:
            for table in Base.metadata.sorted_tables:
                count = connection.execute(select(func.count()).select_from(table)).scalar_one()
                report.row_counts[table.name] = count
    return report
