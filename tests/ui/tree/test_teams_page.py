"""The 连心树 area's 服务队 tab: a team's members and roles, added from a search with
Enter, removed after asking, a new leader demoting the old one; every change a write
the other tabs hear, and the page following writes made elsewhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import TeamRole
from hearth_desk.services.changes import Kind
from hearth_desk.services.tree.structure import place_in_team
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.tree.teams_page import TeamsPage
from hearth_desk.ui.tree.tree_page import TreePage
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter
from tests.support.tree_factories import RARE_NAME, small_tree


def open_teams(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> tuple[TreePage, TeamsPage, dict[str, Any]]:
    with store.transaction() as session:
        tree = {key: row.id for key, row in small_tree(session).items()}
    page = TreePage(store, errors)
    # Each write here redraws the (visible) drawn tree on a worker: the page closes only
    # once those have finished, so that none outlives its page or the store.
    qtbot.addWidget(
        page,
        before_close_func=lambda _page: qtbot.waitUntil(
            lambda: not BackgroundTask._running, timeout=30_000
        ),
    )
    page.show()
    with qtbot.waitSignal(page.teams.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(page.teams)
    return page, page.teams, tree


def table(teams: TeamsPage) -> list[tuple[str, str]]:
    return [
        (teams.table.item(row, teams.NAME).text(), teams.table.item(row, teams.ROLE).text())
        for row in range(teams.table.rowCount())
    ]


def select(qtbot: QtBot, teams: TeamsPage, name: str) -> None:
    row = [teams.table.item(r, teams.NAME).text() for r in range(teams.table.rowCount())]
    teams.table.setFocus()
    teams.table.selectRow(row.index(name))


def test_teams_listed_with_members_roles_and_masked_phones(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page, teams, _tree = open_teams(qtbot, sqlite_store, errors)
    assert page.tabs.tabText(2) == "Service teams"
    assert teams.team_list.count() == 2
    assert "环境整治服务队" in teams.team_list.item(0).text()
    assert "黄瑜希" in teams.team_list.item(0).text()  # the leader
    assert teams.title.text() == "环境整治服务队"
    assert "小区干净整洁" in teams.promise.text()
    assert table(teams) == [("黄瑜希", "Team leader"), (RARE_NAME, "Team member")]
    phone = teams.table.item(0, teams.PHONE).text()
    assert "*" in phone and "13812345678" not in phone
    teams.team_list.setCurrentRow(1)
    assert table(teams) == [("李四", "Deputy leader"), ("黄瑜希", "Team member")]
    assert errors.shown == []


def test_add_by_search_and_enter_then_a_duplicate_is_refused_politely(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page, teams, _tree = open_teams(qtbot, sqlite_store, errors)
    with qtbot.waitSignal(teams.search.searched, timeout=10_000):
        teams.search_edit.setText("赵六")  # keyClicks types ASCII only
    with qtbot.waitSignal(teams.loaded, timeout=10_000):
        qtbot.keyClick(teams.search_edit, Qt.Key.Key_Return)
    assert ("赵六", "Team member") in table(teams)
    assert "joined" in teams.status.text()
    assert "3" in teams.team_list.item(0).text()
    assert teams.search_edit.text() == ""
    assert page.directory.subscription.pending & Kind.TREE  # the hidden tab will refresh

    # The leader again, from the search: said so, not added twice, not demoted.
    with qtbot.waitSignal(teams.search.searched, timeout=10_000):
        teams.search_edit.setText("黄瑜希")
    qtbot.keyClick(teams.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(teams.search_results, Qt.Key.Key_Return)
    assert teams.status.text() == "黄瑜希 is already in 环境整治服务队."
    assert table(teams) == [
        ("黄瑜希", "Team leader"),
        (RARE_NAME, "Team member"),
        ("赵六", "Team member"),
    ]
    assert errors.shown == []


def test_remove_asks_first(qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter) -> None:
    _page, teams, _tree = open_teams(qtbot, sqlite_store, errors)
    select(qtbot, teams, RARE_NAME)
    with answering("Cancel") as asked:
        qtbot.keyClick(teams.table, Qt.Key.Key_Delete)
    assert asked.texts == [f"Remove {RARE_NAME} from 环境整治服务队?"]
    assert asked.defaults == ["Cancel"]
    assert (RARE_NAME, "Team member") in table(teams)
    with answering("Remove"):
        qtbot.keyClick(teams.table, Qt.Key.Key_Delete)
    assert table(teams) == [("黄瑜希", "Team leader")]
    assert "1" in teams.team_list.item(0).text()
    assert errors.shown == []


def test_set_leader_demotes_the_old_one_and_deputy(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    _page, teams, _tree = open_teams(qtbot, sqlite_store, errors)
    select(qtbot, teams, RARE_NAME)
    teams.leader_button.click()
    assert table(teams) == [(RARE_NAME, "Team leader"), ("黄瑜希", "Team member")]
    assert RARE_NAME in teams.team_list.item(0).text()
    assert teams.selected_member_id() == teams.rows[0].member_id  # still on the new leader
    select(qtbot, teams, "黄瑜希")
    teams.deputy_button.click()
    assert table(teams) == [(RARE_NAME, "Team leader"), ("黄瑜希", "Deputy leader")]
    assert errors.shown == []


def test_follows_writes_made_elsewhere(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    _page, teams, tree = open_teams(qtbot, sqlite_store, errors)
    teams.team_list.setCurrentRow(1)
    with qtbot.waitSignal(teams.loaded, timeout=10_000):
        operations.write(
            sqlite_store,
            lambda session: place_in_team(session, tree["zhao"], tree["patrol"], TeamRole.LEADER),
            initiator=None,
        )
    assert teams.title.text() == "治安巡逻服务队"  # still on the team that was chosen
    assert table(teams)[0] == ("赵六", "Team leader")
    assert "赵六" in teams.team_list.item(1).text()
