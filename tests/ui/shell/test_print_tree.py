"""The Print area lists the contact cards and the roster, asks which team (and, for
the roster, whether full numbers) and previews what was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.tree.print_dialog import TreePrint
from tests.reports.pdf_reading import pdftotext
from tests.support.presenters import RecordingPresenter
from tests.support.tree_factories import RARE_NAME, small_tree


def _page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> tuple[PrintPage, dict]:
    with store.transaction() as session:
        tree = small_tree(session)
        ids = {name: tree[name].id for name in ("clean", "patrol")}
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()

    def not_the_ledgers(*_args: object) -> None:
        raise AssertionError("the tree's printouts do not ask the ledger's question")

    page.ask_ledger_choice = not_the_ledgers
    return page, ids


def _previewed(qtbot: QtBot, page: PrintPage, key: str) -> str:
    preview = page.open_preview(key)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    result = preview.render_result
    assert result.missing == []
    content = pdftotext(Path(result.path))
    preview.close()
    return content


def test_the_cards_of_one_team(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> None:
    page, ids = _page(qtbot, store, errors)
    asked: list[tuple[str, bool]] = []

    def patrol(title: str, with_full_numbers: bool, options: tuple[str, ...]) -> TreePrint:
        asked.append((title, with_full_numbers))
        assert options == ()  # the cards have no paper to choose
        return TreePrint(LedgerChoice(team_id=ids["patrol"]))

    page.ask_tree_choice = patrol
    assert "cards" in page.buttons and "roster" in page.buttons
    content = _previewed(qtbot, page, "cards")
    assert asked == [("Contact cards", False)]  # the cards print full phones anyway
    assert "李四" in content and "138 1234 5678" in content and RARE_NAME not in content
    assert errors.shown == []


@pytest.mark.parametrize(("full", "phone"), [(False, "138****5678"), (True, "13812345678")])
def test_the_roster_masked_or_with_full_numbers(
    qtbot: QtBot, store: Store, errors: RecordingPresenter, full: bool, phone: str
) -> None:
    page, _ids = _page(qtbot, store, errors)
    asked: list[bool] = []

    def everyone(_title: str, with_full_numbers: bool, _options: tuple[str, ...]) -> TreePrint:
        asked.append(with_full_numbers)
        return TreePrint(LedgerChoice(full_numbers=full))

    page.ask_tree_choice = everyone
    content = _previewed(qtbot, page, "roster")
    assert asked == [True] and RARE_NAME in content and phone in content


def test_changing_ones_mind_opens_no_preview(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page, _ids = _page(qtbot, store, errors)
    page.ask_tree_choice = lambda _title, _full, _options: None
    assert page.open_preview("cards") is None and page.preview is None


def test_the_poster_asks_its_paper_and_is_tiled(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page, _ids = _page(qtbot, store, errors)
    asked: list[tuple[str, ...]] = []

    def tiled(_title: str, _full: bool, options: tuple[str, ...]) -> TreePrint:
        asked.append(options)
        return TreePrint(LedgerChoice(), {"size": "A2", "tile": "A4"})

    page.ask_tree_choice = tiled
    preview = page.open_preview("poster")
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert asked == [("size", "tile")]
    assert preview.render_result.pages > 4  # A2 on A4, with overlaps: more than two by two
    content = pdftotext(Path(preview.render_result.path))
    assert "第1行第1列" in content and "剪下" in content  # which sheet, and where to cut
    preview.close()
