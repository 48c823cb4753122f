"""Settings' staff list: add with role, phone, grid nodes and PIN; edit; deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger import grid
from hearth_desk.services.visits.pins import pin_is_right
from hearth_desk.services.visits.staff import staff_list
from hearth_desk.storage.store import Store
from hearth_desk.ui.visits.staff_editor import StaffDialog, StaffEditor
from tests.support.presenters import RecordingPresenter


def _editor(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> StaffEditor:
    with store.transaction() as session:
        grid.ensure_unit(session, "和平里一区", "1栋", "2单元")
        grid.ensure_unit(session, "和平里一区", "2栋", "1单元")
    editor = StaffEditor(store, errors)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _check(dialog: StaffDialog, name: str) -> None:
    item = next(item for item in dialog.grid_items.values() if item.text(0) == name)
    item.setCheckState(0, Qt.CheckState.Checked)


def _rows(editor: StaffEditor) -> list[list[str]]:
    return [
        [editor.table.topLevelItem(row).text(column) for column in range(5)]
        for row in range(editor.table.topLevelItemCount())
    ]


def test_a_person_is_added_edited_and_deactivated(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    editor = _editor(qtbot, sqlite_store, errors)
    dialog = editor.add()
    dialog.name.setText("王芳")
    dialog.role.setCurrentIndex(dialog.role.findData("grid_worker"))
    dialog.phone.setText("189 2979 1187")
    _check(dialog, "2栋")
    dialog.pin.setText("2468")
    dialog.accept()
    assert errors.shown == [] and not dialog.isVisible()
    assert _rows(editor) == [["王芳", "Grid worker", "189****1187", "和平里一区/2栋", "yes"]]

    editor.table.setCurrentItem(editor.table.topLevelItem(0))
    dialog = editor.edit()
    assert dialog is not None and dialog.phone.text() == "18929791187"
    assert dialog.checked_grid_ids() == staff_list_ids(sqlite_store)
    assert dialog.clear_pin.isVisible() and dialog.pin.text() == ""
    dialog.role.setCurrentIndex(dialog.role.findData("social_worker"))
    _check(dialog, "和平里一区")
    dialog.accept()
    assert _rows(editor)[0][1:4] == ["Social worker", "189****1187", "和平里一区、和平里一区/2栋"]
    with sqlite_store.session() as session:  # the PIN was left as it was
        assert pin_is_right(session, staff_list(session)[0].id, "2468")

    editor.table.setCurrentItem(editor.table.topLevelItem(0))
    dialog = editor.edit()
    assert dialog is not None
    dialog.clear_pin.setChecked(True)
    dialog.accept()
    assert _rows(editor)[0][4] == ""

    editor.table.setCurrentItem(editor.table.topLevelItem(0))
    assert editor.deactivate()
    assert _rows(editor) == []


def staff_list_ids(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return staff_list(session)[0].grid_ids


def test_a_short_pin_or_a_taken_name_is_shown_and_nothing_is_written(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    editor = _editor(qtbot, sqlite_store, errors)
    dialog = editor.add()
    dialog.name.setText("王芳")
    dialog.pin.setText("12")
    dialog.accept()
    assert dialog.isVisible()
    assert "exactly 4 digits" in errors.shown[-1][1]
    with sqlite_store.session() as session:
        assert staff_list(session) == []
    dialog.pin.setText("")
    dialog.accept()
    second = editor.add()
    second.name.setText("王芳")
    second.accept()
    assert second.isVisible() and "already a staff member" in errors.shown[-1][1]
    assert len(_rows(editor)) == 1
