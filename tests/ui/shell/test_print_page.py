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


def _event_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> tuple[PrintPage, int]:
    from tests.support.event_printouts import printed_talk

    with store.transaction() as session:
        event_id = printed_talk(session).event_id
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()

    def not_these(*_args: object) -> None:
        raise AssertionError("an event printout asks which event, not the ledger or a team")

    page.ask_ledger_choice = not_these
    page.ask_tree_choice = not_these
    return page, event_id


def _text_of(qtbot: QtBot, preview: object) -> str:
    from pathlib import Path

    from tests.reports.pdf_reading import pdftotext

    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert preview.render_result.missing == []
    text = pdftotext(Path(preview.render_result.path))
    preview.close()
    return text


def test_the_event_printouts_ask_which_event_and_the_notices_paper(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.ui.events.print_dialog import EventPrint

    page, event_id = _event_page(qtbot, store, errors)
    asked: list[tuple[str, tuple[str, ...], int | None]] = []

    def this_event(title: str, options: tuple[str, ...], preset: int | None) -> EventPrint:
        asked.append((title, options, preset))
        size = {"size": "A3"} if options else {}
        return EventPrint(LedgerChoice(event_id=event_id), size)

    page.ask_event_choice = this_event
    assert {"signin-sheet", "event-notice", "call-list"} <= set(page.buttons)
    assert "王大爷" in _text_of(qtbot, page.open_preview("signin-sheet"))
    assert "13912345678" in _text_of(qtbot, page.open_preview("event-notice"))
    assert "13800000004" in _text_of(qtbot, page.open_preview("call-list"))
    assert asked == [
        ("Sign-in sheet", (), None),
        ("Event notice", ("size",), None),
        ("Call list", (), None),
    ]
    page.ask_event_choice = lambda *_args: None  # changed their mind
    assert page.open_preview("signin-sheet") is None
    assert errors.shown == []


def test_an_events_own_page_prints_its_sheet_without_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.ui.events.print_dialog import EventPrint

    page, event_id = _event_page(qtbot, store, errors)
    asked: list[tuple[tuple[str, ...], int | None]] = []

    def paper_only(_title: str, options: tuple[str, ...], preset: int | None) -> EventPrint:
        asked.append((options, preset))
        return EventPrint(LedgerChoice(event_id=preset), {"size": "A4"})

    page.ask_event_choice = paper_only
    assert "周老师" in _text_of(qtbot, page.open_event_printout("signin-sheet", event_id))
    assert "孙奶奶" in _text_of(qtbot, page.open_event_printout("call-list", event_id))
    assert asked == []  # nothing to ask: the event is this one
    assert "刘主任" in _text_of(qtbot, page.open_event_printout("event-notice", event_id))
    assert asked == [(("size",), event_id)]  # only the paper
