"""新建住户: with a unit chosen in the grid, the door number and the head's fields in
one form, checked as they are typed, finished from the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import Gender, Household
from hearth_desk.services.ledger.households import household_members
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.ledger.resident_dialogs import NewHouseholdDialog
from tests.support.presenters import RecordingPresenter

ID_NUMBER = make_id_number("110101", dt.date(1950, 3, 4), 123, Gender.MALE)


def choose_first_unit(page: LedgerPage, qtbot: QtBot) -> str:
    model = page.grid.model
    compound = model.index(0, 0, model.root_index)
    building = model.index(0, 0, compound)
    unit = model.index(0, 0, building)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.grid.tree.setCurrentIndex(unit)
    return compound.data() + building.data() + unit.data()


def test_new_household_needs_a_unit(qtbot: QtBot, page: LedgerPage) -> None:
    assert not page.new_household_button.isEnabled()
    assert page.new_household() is None
    choose_first_unit(page, qtbot)
    assert page.new_household_button.isEnabled()


def type_and_enter(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)  # Chinese arrives from the input method, committed whole
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_typing_a_new_household_with_its_head(
    qtbot: QtBot, page: LedgerPage, demo_store: Store, errors: RecordingPresenter
) -> None:
    unit_address = choose_first_unit(page, qtbot)
    dialog = page.new_household()
    assert isinstance(dialog, NewHouseholdDialog)
    form = dialog.form
    assert unit_address in dialog.windowTitle()
    assert not dialog.ok_button.isEnabled()

    type_and_enter(qtbot, dialog.door, "9901")
    assert form.name.hasFocus() or not dialog.isActiveWindow()
    type_and_enter(qtbot, form.name, "郑𠮷")
    # A wrong check digit: OK stays off and the reason shows under the field.
    wrong = ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1")
    qtbot.keyClicks(form.id_number, wrong)
    assert not dialog.ok_button.isEnabled()
    reason = form.finding_text("id_number")
    assert reason and "check" in reason.lower()
    assert form.rows.labels["id_number"].styleSheet().startswith("color: #b00020")
    # Enter on the last field does not save while an error remains.
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)
    assert dialog.isVisible()

    form.id_number.clear()
    qtbot.keyClicks(form.id_number, ID_NUMBER)
    assert form.finding_text("id_number") == ""
    assert form.finding_text("gender") == ""  # the ID number gives the gender
    assert form.gender.itemText(0) == "From the ID number: Male"
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(form.id_number, Qt.Key.Key_Return)  # on to the gender…
    qtbot.keyClicks(form.phone, "13912345678")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # Enter on the last field saves

    assert errors.shown == []
    with demo_store.session() as session:
        household = session.query(Household).filter_by(door="9901").one()
        assert household.address == unit_address + "9901"
        (head,) = household_members(session, household.id)
        assert (head.name, head.relation, head.gender) == ("郑𠮷", "户主", "M")
        assert head.id_number == ID_NUMBER and head.birth_date == dt.date(1950, 3, 4)
        assert head.phone == "13912345678"
    # The new household's card opens, for the other members.
    assert page.card is not None and page.card.household_id == household.id
    assert page.card.address == unit_address + "9901"


def test_a_taken_id_number_is_refused_with_the_owners_name(
    qtbot: QtBot, page: LedgerPage, demo_store: Store, errors: RecordingPresenter
) -> None:
    with demo_store.session() as session:
        taken = session.query(Household).first().members[0]
        taken_number, taken_name = taken.id_number, taken.name
    choose_first_unit(page, qtbot)
    dialog = page.new_household()
    assert dialog is not None
    dialog.door.setText("9902")
    dialog.form.name.setText("钱多")
    dialog.form.id_number.setText(taken_number)
    assert dialog.ok_button.isEnabled()  # the form alone cannot know
    dialog.accept()
    assert dialog.isVisible()  # stays open to correct it
    assert len(errors.shown) == 1 and taken_name in errors.shown[0][1]


def test_the_empty_form_says_nothing_until_something_is_typed(
    qtbot: QtBot, page: LedgerPage
) -> None:
    choose_first_unit(page, qtbot)
    dialog = page.new_household()
    assert dialog is not None
    assert all(label.isHidden() for label in dialog.form.rows.labels.values())
    assert dialog.door_finding.isHidden()
    dialog.form.name.setText("钱多")
    assert dialog.door_finding.text() == "The door number is empty."
    assert "gender is missing" in dialog.form.finding_text("gender")
    assert not dialog.ok_button.isEnabled()
    dialog.form.gender.setCurrentIndex(dialog.form.gender.findText("Female"))
    assert not dialog.ok_button.isEnabled()  # still no door
    dialog.door.setText("9903")
    assert dialog.ok_button.isEnabled()


def test_the_form_uses_the_languages_own_colon(qtbot: QtBot, qapp: object) -> None:
    """姓名： beside 人员类别：, never the ASCII colon in Chinese (issue 12, item 5)."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from hearth_desk.ui.common.translation import install_translators, remove_translators
    from hearth_desk.ui.ledger.resident_form import ResidentForm

    install_translators(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        form = ResidentForm(["独居老人"])
        qtbot.addWidget(form)
        layout = form.layout_
        assert isinstance(layout, QFormLayout)
        labels = [
            layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
            for row in range(layout.rowCount())
            if layout.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
            and isinstance(layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget(), QLabel)
        ]
    finally:
        remove_translators(qapp)  # type: ignore[arg-type]
    assert "姓名：" in labels and not any(text.endswith(":") for text in labels)
