"""The Print area lists the contact cards and the roster and previews them without
asking anything: in the window they print every member, numbers masked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.reports.pdf_reading import pdftotext
from tests.support.presenters import RecordingPresenter
from tests.support.tree_factories import RARE_NAME, small_tree


@pytest.mark.parametrize(
    ("key", "phone"),
    [("cards", "138 1234 5678"), ("roster", "138****5678")],  # the roster masks it
)
def test_the_tree_printouts_preview_without_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter, key: str, phone: str
) -> None:
    with store.transaction() as session:
        small_tree(session)
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    assert key in page.buttons

    def not_asked(*_args: object) -> None:
        raise AssertionError("the tree's printouts ask nothing in the window yet")

    page.ask_ledger_choice = not_asked
    preview = page.open_preview(key)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    result = preview.render_result
    assert result.pages == 1 and result.missing == [] and errors.shown == []
    content = pdftotext(Path(result.path))
    assert RARE_NAME in content and phone in content
    preview.close()
