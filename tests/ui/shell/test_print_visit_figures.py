"""The Print area prints the visits' figures for the period the 统计 tab chose, and for
this year so far from its own button."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.reports.pdf_reading import pdftotext
from tests.support.presenters import RecordingPresenter


def test_the_figures_print_for_the_chosen_period(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page = PrintPage(sqlite_store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    preset = LedgerChoice(date_from=dt.date(2025, 4, 1), date_to=dt.date(2025, 6, 30))
    preview = page.open_preview("visit-figures", preset)
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert "2025-04-01" in pdftotext(preview.render_result.path)
    preview.close()
    preview = page.open_preview("visit-figures")
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert f"{dt.date.today().year}-01-01" in pdftotext(preview.render_result.path)
    assert errors.shown == []
    preview.close()
