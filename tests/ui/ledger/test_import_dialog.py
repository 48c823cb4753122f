"""Importing in the window: check, preview with every problem, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hearth_desk.domain.models import Household, Resident
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.import_dialog import ImportDialog, choose_and_check
from tests.support.messy_sheets import MESSY, messy_xlsx, repeated_warnings_xlsx
from tests.support.presenters import RecordingPresenter


def counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Household)) or 0,
            session.scalar(select(func.count()).select_from(Resident)) or 0,
        )


def preview(qtbot: QtBot, store: Store, errors: RecordingPresenter, sheet: Path) -> ImportDialog:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[ImportDialog] = []
    task = choose_and_check(parent, store, errors, sheet, opened.append)
    assert task is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return opened[0]


def test_the_preview_lists_counts_and_every_problem_and_blocks_a_strict_import(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, tmp_path: Path
) -> None:
    dialog = preview(qtbot, sqlite_store, errors, messy_xlsx(tmp_path / "台账.xlsx"))
    rows = {
        (int(dialog.problems.item(i, 0).text()), dialog.problems.item(i, 1).text())
        for i in range(dialog.problems.rowCount())
    }
    assert rows == MESSY["errors"] | MESSY["warnings"]
    assert f"{MESSY['new_households']} " in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # errors: strict by default
    assert dialog.start_import() is None
    assert counts(sqlite_store) == (0, 0)


def test_importing_only_the_valid_rows_writes_them_in_one_go(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, tmp_path: Path
) -> None:
    dialog = preview(qtbot, sqlite_store, errors, messy_xlsx(tmp_path / "台账.xlsx"))
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        # The finish message box would block: answer it as soon as it shows.
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        def close_message() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QMessageBox) and widget.isVisible():
                    widget.accept()

        timer = QTimer()
        timer.timeout.connect(close_message)
        timer.start(50)
        dialog.start_import()
    timer.stop()
    summary = done.args[0]
    assert (summary.households_created, summary.residents_created) == (
        MESSY["new_households"],
        MESSY["new_residents"],
    )
    assert counts(sqlite_store) == (MESSY["new_households"], MESSY["new_residents"])
    assert errors.shown == []


def test_the_preview_lists_each_error_then_a_repeated_warning_once(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, tmp_path: Path
) -> None:
    sheet, expected = repeated_warnings_xlsx(tmp_path / "重复.xlsx", 40)
    dialog = preview(qtbot, sqlite_store, errors, sheet)
    table = dialog.problems
    lines = [[table.item(i, c).text() for c in range(4)] for i in range(table.rowCount())]
    assert len(lines) == 4 + 1  # each error, then the warning of 37 rows once
    assert [kind for _row, _column, kind, _text in lines] == ["Error"] * 4 + ["Warning"]
    assert {(int(row), column) for row, column, _kind, _text in lines[:4]} == expected["errors"]
    row, column, _kind, text = lines[4]
    assert row == ", ".join(map(str, expected["warned"][:5])) + "…"
    assert column == "身份证号码"
    assert text.startswith("37 rows: ") and "990101" in text  # the code every row shares
    assert "37 warnings" in dialog.summary.text()  # the summary still counts every one
