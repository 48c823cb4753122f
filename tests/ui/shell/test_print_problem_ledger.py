"""The problem ledger previewed from the Print area with the 诉求 tab's filters."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.reports.pdf_reading import pdftotext
from tests.support.presenters import RecordingPresenter
from tests.support.request_factories import some_requests


def test_the_preset_filters_are_printed(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        some_requests(session)
    page = PrintPage(sqlite_store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    preview = page.open_preview("problem-ledger", LedgerChoice(request_status="closed"))
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    text = pdftotext(preview.render_result.path)
    assert "下水管漏水" in text and "楼道灯不亮" not in text and "合计1件" in text
    assert errors.shown == []
    preview.close()
