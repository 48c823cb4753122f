"""The ledger's lazy tables: residents and households, 100,000 rows open at once
(the paging itself is ``ui/common/lazy_rows``)."""

from __future__ import annotations

from collections.abc import Sequence

from hearth_desk.services.ledger.query import (
    HouseholdRow,
    ResidentRow,
    household_rows,
    resident_rows,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.lazy_rows import LazyRowsModel
from hearth_desk.ui.common.translation import window_words


class ResidentTableModel(LazyRowsModel):
    """姓名, 性别, 年龄, 身份证号 (masked), 联系电话 (masked), 住址, 与户主关系, 人员类别, 状态."""

    NAME, GENDER, AGE, ID_NUMBER, PHONE, ADDRESS, RELATION, TAGS, STATUS = range(9)

    def __init__(self, store: Store, parent=None) -> None:
        def fetch(ids: Sequence[int]) -> list[ResidentRow]:
            with store.session() as session:
                return resident_rows(session, ids)

        super().__init__(fetch, parent)
        self._words = window_words()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Age"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Relation to head"),
            self.tr("Care tags"),
            self.tr("Status"),
        ]

    def cell(self, item: ResidentRow, column: int) -> str:
        if column == self.STATUS:
            label = self._words.status(item.status)
            if item.status_date is not None:
                label += f" {item.status_date.isoformat()}"
            return label
        values = (
            item.name,
            self._words.gender(item.gender),
            "" if item.age is None else str(item.age),
            item.id_masked,
            item.phone_masked,
            item.address,
            self._words.relation(item.relation),
            item.tags,
        )
        return values[column]

    def household_at(self, row: int) -> int | None:
        item = self.row(row)
        return item.household_id if item is not None else None


class HouseholdTableModel(LazyRowsModel):
    """住址, 户主, 人数 (living members)."""

    ADDRESS, HEAD, MEMBERS = range(3)

    def __init__(self, store: Store, parent=None) -> None:
        def fetch(ids: Sequence[int]) -> list[HouseholdRow]:
            with store.session() as session:
                return household_rows(session, ids)

        super().__init__(fetch, parent)

    def headers(self) -> list[str]:
        return [self.tr("Address"), self.tr("Head"), self.tr("Members")]

    def cell(self, item: HouseholdRow, column: int) -> str:
        return (item.address, item.head, str(item.members))[column]

    def household_at(self, row: int) -> int | None:
        return self.id_at(row)
