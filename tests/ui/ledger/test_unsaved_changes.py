"""Escape, Cancel and the close button ask before typed changes are thrown away;
with nothing changed the dialog closes at once. Every edit dialog shares the rule
(ui/common/edit_dialog.py); each is tried here."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import EditDialog
from hearth_desk.ui.ledger.grid_tree import LeaderDialog
from hearth_desk.ui.ledger.member_dialogs import MoveDialog, StatusDialog
from hearth_desk.ui.ledger.resident_dialogs import NewHouseholdDialog, ResidentDialog
from tests.support.message_boxes import answering, show_edit_dialog
from tests.support.presenters import RecordingPresenter

QUESTION = "Discard the changes you have not saved?"
DISCARD, KEEP = "Discard changes", "Keep editing"

# Each dialog, and one way a person changes something in it.
Make = Callable[[Store, RecordingPresenter], QDialog]
Edit = Callable[[QDialog], None]


def new_member(store: Store, errors: RecordingPresenter) -> QDialog:
    return ResidentDialog(store, errors, ["独居老人"], household_id=1, address="一区1栋1单元0101")


def new_household(store: Store, errors: RecordingPresenter) -> QDialog:
    return NewHouseholdDialog(store, errors, ["独居老人"], unit_id=1, unit_address="一区1栋1单元")


def moved_out(store: Store, errors: RecordingPresenter) -> QDialog:
    return StatusDialog(store, errors, 1, "张三", ResidentStatus.MOVED_OUT)


def move(store: Store, errors: RecordingPresenter) -> QDialog:
    return MoveDialog(store, errors, 1, "张三", from_household=1)


def leader(_store: Store, _errors: RecordingPresenter) -> QDialog:
    return LeaderDialog("一区")


def type_a_name(dialog: QDialog) -> None:
    dialog.form.name.setText("郑𠮷")  # type: ignore[attr-defined]


def tick_a_tag(dialog: QDialog) -> None:
    dialog.form.tags.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]


def type_a_door(dialog: QDialog) -> None:
    dialog.door.setText("0402")  # type: ignore[attr-defined]


def earlier_date(dialog: QDialog) -> None:
    dialog.date.setDate(QDate.currentDate().addDays(-3))  # type: ignore[attr-defined]


def relation(dialog: QDialog) -> None:
    dialog.relation.setEditText("子")  # type: ignore[attr-defined]


def leader_name(dialog: QDialog) -> None:
    dialog.leader.setText("王芳")  # type: ignore[attr-defined]


CASES = [
    pytest.param(new_member, type_a_name, id="new member, name"),
    pytest.param(new_member, tick_a_tag, id="new member, care tag"),
    pytest.param(new_household, type_a_door, id="new household, door"),
    pytest.param(moved_out, earlier_date, id="moved out, date"),
    pytest.param(move, relation, id="move, relation"),
    pytest.param(leader, leader_name, id="grid leader, name"),
]


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    assert isinstance(dialog, EditDialog)  # the one shared rule, not a copy per dialog
    return show_edit_dialog(qtbot, dialog)


@pytest.mark.parametrize(("make", "edit"), CASES)
def test_escape_with_changes_asks_and_keeps_editing_by_default(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, make: Make, edit: Edit
) -> None:
    dialog = shown(qtbot, make(sqlite_store, errors))
    edit(dialog)
    with answering(KEEP) as asked:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(asked.texts))
    assert asked.texts == [QUESTION]
    assert asked.defaults == [KEEP]  # Enter in the question keeps the work
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted

    with answering(DISCARD) as asked:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked.texts == [QUESTION]
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(("make", "edit"), CASES)
def test_the_close_button_and_cancel_ask_too(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, make: Make, edit: Edit
) -> None:
    dialog = shown(qtbot, make(sqlite_store, errors))
    edit(dialog)
    with answering(KEEP) as asked:
        dialog.close()  # the window's close button
    assert asked.texts == [QUESTION]
    assert dialog.isVisible()

    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    with answering(DISCARD) as asked:
        cancel.click()
    assert asked.texts == [QUESTION]
    assert not dialog.isVisible()


def closes_unasked(qtbot: QtBot, dialog: QDialog) -> None:
    """Escape closes ``dialog`` at once, with no question."""
    with answering(KEEP) as asked:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked.texts == []


@pytest.mark.parametrize(("make", "edit"), CASES)
def test_without_changes_it_closes_at_once(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter, make: Make, edit: Edit
) -> None:
    del edit
    closes_unasked(qtbot, shown(qtbot, make(sqlite_store, errors)))


def test_changing_back_counts_as_no_change(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    dialog = shown(qtbot, new_member(sqlite_store, errors))
    type_a_name(dialog)
    dialog.form.name.clear()  # type: ignore[attr-defined]
    closes_unasked(qtbot, dialog)


def test_a_member_being_changed_starts_from_its_stored_values(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.ledger.residents import ResidentInput

    initial = ResidentInput(name="张三", relation="子", notes="旧")
    dialog = ResidentDialog(
        sqlite_store, errors, [], household_id=1, address="一区", resident_id=7, initial=initial
    )
    # The filled-in values are not a change.
    closes_unasked(qtbot, shown(qtbot, dialog))
