"""The 连心树 area's member directory: filters over a lazy table, search as you type,
Enter opening the member's card with what the tree and the ledger know of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.tree.directory import MemberFilter, count_members
from hearth_desk.storage.store import Store
from hearth_desk.ui.tree.tree_page import TreePage
from tests.support.presenters import RecordingPresenter


def test_directory_filters_search_and_card(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=200)
        everyone = count_members(session)
        retirees = count_members(session, MemberFilter(retired=True))
    page = TreePage(sqlite_store, errors)
    qtbot.addWidget(page)
    directory = page.directory
    page.show()
    with qtbot.waitSignal(directory.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(directory)
    assert directory.members.rowCount() == everyone
    # Seen under Xvfb: fixed default widths cut phones and work units short.
    metrics = directory.view.fontMetrics()
    for column, value in (
        (directory.members.PHONE, "133****9999"),
        (directory.members.WORK_UNIT, "北京协和医院心内科"),
    ):
        assert directory.view.columnWidth(column) > metrics.horizontalAdvance(value)  # fmt: skip
    assert directory.team.count() == 10  # All and nine teams
    with qtbot.waitSignal(directory.loaded, timeout=10_000):
        directory.service.setCurrentIndex(directory.service.findData(True))
    assert directory.members.rowCount() == retirees
    retired_column = directory.members.RETIRED
    assert {directory.members.index(r, retired_column).data() for r in range(retirees)} == {
        "Retired"
    }

    # Search as you type: the first retiree by name; Enter opens their card.
    name = directory.members.index(0, directory.members.NAME).data()
    with qtbot.waitSignal(directory.search.searched, timeout=2000):
        directory.search_edit.setText(name)  # keyClicks types ASCII only
    assert directory.stack.currentIndex() == 1
    qtbot.keyClick(directory.search_edit, Qt.Key.Key_Return)
    card = directory.card
    assert card is not None and card.isVisible()
    fields = card.fields
    assert name in card.windowTitle()
    if fields["In service or retired:"] == "Retired":  # the retirees live here
        assert fields["Address:"] and "Does not live" not in fields["Address:"]
    assert "*" in fields["ID number:"] and "*" in fields["Phone:"]
    assert "years in the party" in fields["Joined the party:"]
    assert errors.shown == []
