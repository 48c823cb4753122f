"""The member directory's table: every member as a lazy row, numbers masked."""

from __future__ import annotations

from collections.abc import Sequence

from hearth_desk.services.tree.directory import MemberRow, member_rows
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.lazy_rows import LazyRowsModel
from hearth_desk.ui.common.translation import window_words


class MemberTableModel(LazyRowsModel):
    """姓名, 性别, 年龄, 政治面貌, 党龄, 所属支部, 工作单位, 在职/退休, 双报到, 服务队, 联系电话."""

    NAME, GENDER, AGE, STATUS, YEARS, BRANCH, WORK_UNIT, RETIRED, DUAL, TEAMS, PHONE = range(11)

    def __init__(self, store: Store, parent=None) -> None:  # type: ignore[no-untyped-def]
        def fetch(ids: Sequence[int]) -> list[MemberRow]:
            with store.session() as session:
                return member_rows(session, ids)

        super().__init__(fetch, parent)
        self._words = window_words()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Age"),
            self.tr("Political status"),
            self.tr("Years in the party"),
            self.tr("Party branch"),
            self.tr("Work unit"),
            self.tr("In service or retired"),
            self.tr("Dual registration"),
            self.tr("Service teams"),
            self.tr("Phone"),
        ]

    def widest_values(self) -> tuple[str, ...]:
        """A value as wide as the widest each column shows, to size the columns by."""
        words = self._words
        return (
            "欧阳晓燕",
            max((words.gender(g) for g in ("M", "F")), key=len),
            "100",
            max((words.political_status(s) for s in ("member", "probationary", "masses")),
                key=len),
            "60",
            "第一党支部",
            "北京协和医院心内科",
            max((self.tr("In service"), self.tr("Retired")), key=len),
            self.tr("Yes"),
            "环境整治服务队（副队长）",
            "010-****4484",
        )  # fmt: skip

    def cell(self, item: MemberRow, column: int) -> str:
        words = self._words
        if column == self.TEAMS:
            return "、".join(
                team if role == "member" else f"{team}（{words.team_role(role)}）"
                for team, role in item.teams
            )
        values = (
            item.name,
            words.gender(item.gender),
            "" if item.age is None else str(item.age),
            words.political_status(item.political_status),
            "" if item.party_years is None else str(item.party_years),
            item.branch,
            item.work_unit,
            self.tr("Retired") if item.retired else self.tr("In service"),
            self.tr("Yes") if item.dual_registered else "",
        )
        return values[column] if column < len(values) else item.phone_masked
