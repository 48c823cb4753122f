"""The tree drawn in the window: a leaf per place in a team, from the poster's own
layout; zoom and pan; a click on a leaf opens that member's card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hearth_desk.domain.models import TeamMembership
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.store import Store
from hearth_desk.ui.tree.tree_page import TreePage
from tests.support.presenters import RecordingPresenter


def test_the_tree_is_drawn_and_a_leaf_opens_its_card(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=200)
        places = session.scalar(select(func.count()).select_from(TeamMembership))
    page = TreePage(sqlite_store, errors)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.drawn, timeout=20_000):
        page.show()
    scene = page.view.scene()
    assert scene is not None and len(scene.leaves) == places
    before = page.view.transform().m11()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.transform().m11() > before  # zoomed in
    leaf = scene.leaves[0]
    page.view.centerOn(leaf)
    point = page.view.mapFromScene(leaf.sceneBoundingRect().center())
    member = page.view.member_at(point)
    assert member is not None
    with qtbot.waitSignal(page.view.member_clicked) as clicked:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert clicked.args == [member]
    card = page.directory.card
    assert card is not None and card.isVisible()
    assert errors.shown == []
