"""The tree's print dialog offers every member or one team, in the office's order,
and full numbers only for the roster."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.tree.print_dialog import TreePrintDialog
from tests.support.tree_factories import small_tree


def test_the_teams_in_order_and_the_choice(qtbot: QtBot, store: Store) -> None:
    with store.transaction() as session:
        tree = small_tree(session)
        patrol = tree["patrol"].id
    dialog = TreePrintDialog(store, "Roster", with_full_numbers=True)
    qtbot.addWidget(dialog)
    offered = [dialog.team.itemText(i) for i in range(dialog.team.count())]
    assert offered == ["All members", "环境整治服务队", "治安巡逻服务队"]
    assert dialog.choice().team_id is None and not dialog.choice().full_numbers
    dialog.team.setCurrentIndex(2)
    dialog.full_numbers.setChecked(True)
    assert (dialog.choice().team_id, dialog.choice().full_numbers) == (patrol, True)


def test_the_cards_are_not_asked_about_full_numbers(qtbot: QtBot, store: Store) -> None:
    dialog = TreePrintDialog(store, "Contact cards", with_full_numbers=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.full_numbers.isVisible()
    dialog.full_numbers.setChecked(True)
    assert not dialog.choice().full_numbers


def test_the_poster_asks_its_paper_size_and_tiling(qtbot: QtBot, store: Store) -> None:
    dialog = TreePrintDialog(
        store, "Poster", with_full_numbers=False, render_options=("size", "tile")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.size.isVisible() and dialog.tile.isVisible()
    assert [dialog.size.itemText(i) for i in range(dialog.size.count())] == [
        "A0", "A1", "A2", "A3"]  # fmt: skip
    assert dialog.options() == {"size": "A1", "tile": None}  # one A1 sheet unless asked
    dialog.size.setCurrentIndex(dialog.size.findData("A0"))
    dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
    assert dialog.answer().options == {"size": "A0", "tile": "A4"}
    cards = TreePrintDialog(store, "Cards", with_full_numbers=False)
    qtbot.addWidget(cards)
    cards.show()
    assert not cards.size.isVisible() and cards.options() == {}
