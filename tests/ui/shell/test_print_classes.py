"""The Print area's classes' printouts: it asks the term (and paper) of the timetable
and the class of the attendance sheet and roster, and prints what the 老年大学 area
chose without asking."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.print_dialog import ClassPrint, ClassPrintDialog
from hearth_desk.ui.shell.print_page import PrintPage
from hearth_desk.ui.shell.settings import UiSettings
from tests.reports.pdf_reading import pdftotext
from tests.support.class_printouts import ClassTerm, class_term, student_name
from tests.support.presenters import RecordingPresenter


def _page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> tuple[PrintPage, ClassTerm]:
    with store.transaction() as session:
        made = class_term(session, students=6, dates=4)
    page = PrintPage(store, UiSettings(), errors)
    qtbot.addWidget(page)
    page.show()

    def not_these(*_args: object) -> None:
        raise AssertionError("a class printout asks for a term or class, nothing else")

    page.ask_ledger_choice = not_these
    page.ask_tree_choice = not_these
    page.ask_event_choice = not_these
    return page, made


def _text_of(qtbot: QtBot, preview: object) -> str:
    assert preview is not None
    qtbot.waitUntil(lambda: preview.render_result is not None, timeout=20_000)
    assert preview.render_result.missing == []
    text = pdftotext(Path(preview.render_result.path))
    preview.close()
    return text


def test_the_print_area_asks_the_term_or_the_class(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page, made = _page(qtbot, sqlite_store, errors)
    asked: list[tuple[str, bool, tuple[str, ...]]] = []

    def answer(title: str, takes_term: bool, options: tuple[str, ...]) -> ClassPrint:
        asked.append((title, takes_term, options))
        if takes_term:
            return ClassPrint(LedgerChoice(term_id=made.term_id), {"size": "A3"})
        return ClassPrint(LedgerChoice(course_id=made.course_ids["舞蹈班"]))

    page.ask_class_choice = answer
    assert {"timetable", "attendance", "class-roster"} <= set(page.buttons)
    assert "葫芦丝班" in _text_of(qtbot, page.open_preview("timetable"))
    assert student_name(0) in _text_of(qtbot, page.open_preview("attendance"))
    assert "13900000000" in _text_of(qtbot, page.open_preview("class-roster"))
    assert asked == [
        ("Timetable of the elderly university", True, ("size",)),
        ("Attendance sheet of a class", False, ()),
        ("Class roster", False, ()),
    ]
    page.ask_class_choice = lambda *_args: None  # changed their mind
    assert page.open_preview("attendance") is None
    assert errors.shown == []


def test_the_areas_preset_prints_without_asking(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    page, made = _page(qtbot, store, errors)

    def never(*_args: object) -> None:
        raise AssertionError("the area chose already")

    page.ask_class_choice = never
    preset = LedgerChoice(course_id=made.course_ids["舞蹈班"])
    assert student_name(1) in _text_of(qtbot, page.open_preview("class-roster", preset))
    assert student_name(1) in _text_of(qtbot, page.open_preview("attendance", preset))
    timetable = _text_of(qtbot, page.open_preview("timetable", LedgerChoice(term_id=made.term_id)))
    assert "京剧班" in timetable
    assert errors.shown == []


def test_the_dialog_offers_the_terms_the_classes_and_the_paper(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    empty = ClassPrintDialog(sqlite_store, "课程表", takes_term=True, render_options=("size",))
    qtbot.addWidget(empty)
    assert (
        empty.term.count() == 0
        and not empty.buttons.button(empty.buttons.StandardButton.Ok).isEnabled()
    )
    with sqlite_store.transaction() as session:
        made = class_term(session, students=1, dates=2)
    dialog = ClassPrintDialog(sqlite_store, "课程表", takes_term=True, render_options=("size",))
    qtbot.addWidget(dialog)
    assert dialog.term.currentText() == "2026年秋季学期"
    dialog.size.setCurrentIndex(dialog.size.findData("A3"))
    assert dialog.answer() == ClassPrint(LedgerChoice(term_id=made.term_id), {"size": "A3"})
    dialog = ClassPrintDialog(sqlite_store, "考勤表", takes_term=False)
    qtbot.addWidget(dialog)
    assert dialog.course.count() == 13
    assert dialog.course.itemText(0) == f"#{made.big_class} 舞蹈班（2026年秋季学期）"
    dialog.course.setCurrentIndex(1)
    assert dialog.answer() == ClassPrint(LedgerChoice(course_id=made.course_ids["书法班"]), {})


def test_the_print_area_scrolls_rather_than_outgrow_an_office_screen(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    """Twenty printouts, each a button and a line, are taller than a 768-pixel screen."""
    page = PrintPage(sqlite_store, UiSettings(), errors)
    qtbot.addWidget(page)
    assert len(page.buttons) >= 20
    assert page.minimumSizeHint().height() < 600
