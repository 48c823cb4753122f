"""Members added, changed and taken out of the tree from the window: the form checks
as it is typed by the import's rule, the card opens the form, and taking someone out
asks first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import Gender, PoliticalStatus
from hearth_desk.services.tree.directory import member_ids, member_rows
from hearth_desk.services.tree.members import (
    JOIN_DATE,
    MemberInput,
    add_member,
    member_input,
)
from hearth_desk.services.tree.structure import add_branch, set_organisation
from hearth_desk.storage.store import Store
from hearth_desk.ui.tree.directory_page import DirectoryPage
from tests.support.factories import ZHANG_SAN_ID, person
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter


def open_page(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> DirectoryPage:
    page = DirectoryPage(store, errors)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_a_new_member_is_typed_checked_and_saved(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        set_organisation(session, "和平里社区党总支")
        add_branch(session, "第一党支部")
    page = open_page(qtbot, sqlite_store, errors)
    assert not page.change_button.isEnabled() and not page.delete_button.isEnabled()
    dialog = page.new_member()
    form = dialog.form
    assert not dialog.ok_button.isEnabled()
    assert all(label.isHidden() for label in form.rows.labels.values())  # nothing typed yet
    form.name.setText("张三")
    form.id_number.setText(ZHANG_SAN_ID)  # born 1949-12-31: gender and birth follow
    form.phone.setText("138 1234 5678")
    form.join_date.setDate(QDate(1960, 7, 1))  # at ten
    assert "no one joins before 18" in form.finding_text(JOIN_DATE)
    assert not dialog.ok_button.isEnabled()
    form.join_date.setDate(QDate(1975, 7, 1))
    assert form.finding_text(JOIN_DATE) == "" and dialog.ok_button.isEnabled()
    form.branch.setCurrentIndex(form.branch.findText("第一党支部"))
    form.dual.setChecked(True)
    form.dual_organisation.setText("市第一医院党委")
    form.skills.setText("理发")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # Enter on the last field saves
    assert page.dialog is None
    assert errors.shown == []
    with sqlite_store.session() as session:
        (row,) = member_rows(session, member_ids(session))
        stored = member_input(session, row.id)
    assert (row.name, row.branch, row.party_years) == ("张三", "第一党支部", 51)
    assert stored.person.phone == "13812345678" and stored.dual_organisation == "市第一医院党委"
    assert page.members.rowCount() == 1


def test_the_card_opens_the_form_and_a_member_is_taken_out_after_asking(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        for name, phone in (("李娜", "13800000002"), ("王芳", "13800000003")):
            add_member(session, MemberInput(person(name, "", phone, gender=Gender.FEMALE),
                                            political_status=PoliticalStatus.MASSES))  # fmt: skip
    page = open_page(qtbot, sqlite_store, errors)
    page.view.selectRow(0)
    first = page.selected_id()
    assert first is not None and page.change_button.isEnabled()
    card = page.open_card(first)
    assert card is not None
    card.change_button.click()
    dialog = page.dialog
    assert dialog is not None and not card.isVisible()
    assert dialog.form.name.text() == "李娜" and dialog.form.phone.text() == "13800000002"
    assert not dialog.form.join_date.isEnabled()  # a volunteer has no join date
    dialog.form.birth_date.setDate(QDate(1960, 3, 8))
    dialog.form.status.setCurrentIndex(dialog.form.status.findData(PoliticalStatus.MEMBER.value))
    assert dialog.form.join_date.isEnabled()
    dialog.form.join_date.setDate(QDate(1990, 6, 1))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.ok_button.click()
    with sqlite_store.session() as session:
        changed = member_input(session, first)
    assert changed.join_date == dt.date(1990, 6, 1) and changed.person.phone == "13800000002"

    page.view.selectRow(0)
    with answering("Keep") as asked:
        assert page.delete_member(page.selected_id()) is False
    assert "李娜" in asked.texts[0] and asked.defaults == ["Keep"]
    with answering("Take out"), qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.delete_button.click() is None
    assert page.members.rowCount() == 1 and errors.shown == []
