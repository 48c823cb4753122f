"""The Print area opens a preview of the community overview, rendered off the UI thread."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.services.community import set_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.presenters import RecordingPresenter


def test_overview_preview_shows_the_real_pdf(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    preview = page.open_preview("overview")
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert preview.document.pageCount() == preview.render_result.pages >= 1
    assert preview.render_result.missing == []
    assert errors.shown == []
    preview.close()


def test_the_preview_pdf_lives_in_the_private_work_area_and_goes_with_the_dialog(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    """A preview holds names and numbers: never in the system's temporary folder."""
    import os
    import stat

    page = PrintPage(sqlite_store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()
    preview = page.open_preview("overview")
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    pdf = preview.render_result.path
    work = sqlite_store.location.data_dir / "backups" / "work"
    assert work in pdf.parents
    if os.name == "posix":
        assert stat.S_IMODE(pdf.parent.stat().st_mode) == 0o700
    preview.close()
    qtbot.waitUntil(lambda: not pdf.parent.exists(), timeout=5_000)
