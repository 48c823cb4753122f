"""The round tab's sheet prints in the Print area without asking again when the tab
chose a grid worker; a grid node is asked with the node preset."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.reports.pdf_reading import pdftotext
from tests.support.presenters import RecordingPresenter
from tests.support.visit_factories import visiting_area


def test_a_workers_round_sheet_prints_without_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        area = visiting_area(session)
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    asked: list[object] = []
    page.ask_ledger_choice = lambda *args: asked.append(args)  # type: ignore[method-assign]
    preview = page.open_preview("visits-due", LedgerChoice(staff_id=area.worker.id))
    assert preview is not None and asked == []
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    text = pdftotext(Path(preview.render_result.path))
    assert "王芳" in text and "单丽" in text and "曾国藩" not in text
    preview.close()
    assert page.open_preview("visits-due", LedgerChoice(node_id=area.compound_id)) is None
    assert len(asked) == 1  # a node is asked, with the node preset (None: not printed)
    assert errors.shown == []
