"""The household card: members masked, one revealed on purpose (and recorded),
changed, moved to another household, marked moved out; the tables follow."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import ChangeRecord, Household, Resident, ResidentStatus
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.household_card import HouseholdCard
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.ledger.resident_dialogs import ResidentDialog
from tests.support.presenters import RecordingPresenter


def household_with_members(store: Store, at_least: int = 2) -> tuple[int, list[int]]:
    with store.session() as session:
        for household in session.query(Household).order_by(Household.id):
            members = [m for m in household.members if m.status == ResidentStatus.LIVING.value]
            if len(members) >= at_least and all(m.id_number for m in members):
                return household.id, [m.id for m in members]
    raise AssertionError("no household with enough members")


def open_card(page: LedgerPage, household_id: int) -> HouseholdCard:
    card = page.open_household(household_id)
    assert card.isVisible()
    return card


def test_the_card_lists_the_members_masked(page: LedgerPage, demo_store: Store) -> None:
    household_id, members = household_with_members(demo_store)
    card = open_card(page, household_id)
    assert card.members.rowCount() >= len(members)
    # Services hand out codes; the window says them in its language (English here).
    assert card.cell_text(card.rows[0].id, card.RELATION) == "Head of household"
    with demo_store.session() as session:
        for resident_id in members:
            full = session.get(Resident, resident_id).id_number
            shown = card.cell_text(resident_id, card.ID_NUMBER)
            assert shown == full[:6] + "*" * 10 + full[-2:]


def test_revealing_shows_one_members_numbers_and_records_it(
    page: LedgerPage, demo_store: Store
) -> None:
    household_id, (first, second, *_rest) = household_with_members(demo_store)
    card = open_card(page, household_id)
    card.select_resident(second)
    card.reveal_button.click()
    with demo_store.session() as session:
        resident = session.get(Resident, second)
        assert card.cell_text(second, card.ID_NUMBER) == resident.id_number
        assert card.cell_text(second, card.PHONE) == (resident.phone or "")
        assert "*" in card.cell_text(first, card.ID_NUMBER)  # only the one asked for
        records = session.query(ChangeRecord).filter_by(entity_id=second, action="reveal").all()
        assert len(records) == 1
    assert not card.reveal_button.isEnabled()
    # Shown until the card is closed: a new card masks again.
    card.close()
    again = open_card(page, household_id)
    assert "*" in again.cell_text(second, again.ID_NUMBER)


def test_changing_a_member_through_the_form(
    qtbot: QtBot, page: LedgerPage, demo_store: Store, errors: RecordingPresenter
) -> None:
    household_id, (_head, member, *_rest) = household_with_members(demo_store)
    card = open_card(page, household_id)
    card.select_resident(member)
    qtbot.keyClick(card.members, Qt.Key.Key_Return)  # Enter on a member opens the form
    (dialog,) = card.findChildren(ResidentDialog)
    assert dialog.isVisible() and dialog.resident_id == member
    with demo_store.session() as session:
        assert dialog.form.id_number.text() == session.get(Resident, member).id_number
    dialog.form.phone.setText("139 1234 0000")
    dialog.form.tags.item(dialog.form.tags.count() - 1).setCheckState(Qt.CheckState.Checked)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(card.changed):
            dialog.ok_button.click()
    assert errors.shown == []
    with demo_store.session() as session:
        resident = session.get(Resident, member)
        assert resident.phone == "13912340000"
        assert page.tag_names[-1] in [tag.name for tag in resident.tags]
    assert card.cell_text(member, card.PHONE) == "139****0000"


def test_a_wrong_phone_keeps_ok_disabled_with_the_reason(
    page: LedgerPage, demo_store: Store
) -> None:
    household_id, _members = household_with_members(demo_store)
    card = open_card(page, household_id)
    dialog = card.edit_member()
    assert dialog is not None
    dialog.form.phone.setText("12345")
    assert not dialog.ok_button.isEnabled()
    assert dialog.form.finding_text("phone")


def test_moving_a_member_to_a_household_found_by_address(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    household_id, (_head, member, *_rest) = household_with_members(demo_store)
    with demo_store.session() as session:
        target = session.query(Household).order_by(Household.id.desc()).first()
        target_id, target_address = target.id, target.address
    card = open_card(page, household_id)
    card.select_resident(member)
    dialog = card.move_member()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.query.setText(target_address)
    dialog.search.run()
    assert dialog.search.current_hit().household_id == target_id
    dialog.search.choose()  # Enter: this household, on to the relation
    assert dialog.chosen_label.text() == target_address
    assert not dialog.ok_button.isEnabled()  # the relation is still to say
    dialog.relation.setCurrentText("女婿")
    with qtbot.waitSignal(card.changed):
        dialog.ok_button.click()
    with demo_store.session() as session:
        moved = session.get(Resident, member)
        assert (moved.household_id, moved.relation) == (target_id, "女婿")
    assert member not in [row.id for row in card.rows]  # gone from this card


def test_marking_a_member_moved_out_on_a_date(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    household_id, (_head, member, *_rest) = household_with_members(demo_store)
    living_before = page.residents.rowCount()
    card = open_card(page, household_id)
    card.select_resident(member)
    dialog = card.mark(ResidentStatus.MOVED_OUT)
    assert dialog is not None
    assert dialog.date.date() == QDate.currentDate()  # today unless changed
    dialog.date.setDate(QDate(2024, 5, 6))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.ok_button.click()
    with demo_store.session() as session:
        resident = session.get(Resident, member)
        assert (resident.status, resident.status_date) == ("moved_out", dt.date(2024, 5, 6))
    assert card.cell_text(member, card.STATUS) == "Moved out 2024-05-06"
    card.select_resident(member)
    assert not card.moved_out_button.isEnabled()
    assert page.residents.rowCount() == living_before - 1  # the living list follows


def test_the_card_lists_who_changed_its_members_and_when(
    qtbot: QtBot, page: LedgerPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hearth_desk.domain.models import ResidentStatus
    from hearth_desk.services import audit
    from hearth_desk.services.ledger import households as ledger

    monkeypatch.setenv(audit.ACTOR_ENV, "王书记")
    card = page.open_household(1)
    resident_id = card.current_resident()
    assert resident_id is not None
    with page._store.transaction() as session:
        ledger.set_status(session, resident_id, ResidentStatus.MOVED_OUT, None)
    card.refresh()
    first = card.history.item(0).text()
    assert "王书记" in first and "status changed" in first


def test_a_wrong_moved_out_mark_can_be_undone(qtbot: QtBot, page: LedgerPage) -> None:
    from hearth_desk.services.ledger import households as ledger

    card = page.open_household(1)
    resident_id = card.current_resident()
    assert resident_id is not None and not card.living_button.isEnabled()
    with page._store.transaction() as session:
        ledger.set_status(session, resident_id, ResidentStatus.MOVED_OUT, None)
    card.refresh(resident_id)
    assert card.living_button.isEnabled()
    with qtbot.waitSignal(card.changed):
        assert card.mark_living()
    with page._store.session() as session:
        assert session.get(Resident, resident_id).status == "living"
    assert not card.living_button.isEnabled()


def test_relations_read_in_the_windows_language_and_store_the_offices_word(
    qtbot: QtBot, qapp: object, page: LedgerPage, demo_store: Store
) -> None:
    """户主 and 女婿 used to show in Simplified Chinese in every window language."""
    from hearth_desk.ui.common.translation import install_translators, remove_translators

    household_id, _members = household_with_members(demo_store)
    install_translators(qapp, "zh_TW")  # type: ignore[arg-type]
    try:
        card = open_card(page, household_id)
        assert card.cell_text(card.rows[0].id, card.RELATION) == "戶主"
        member = next(row.id for row in card.rows[1:])
        with demo_store.session() as session:
            target_address = session.query(Household).order_by(Household.id.desc()).first().address
        card.select_resident(member)
        dialog = card.move_member()
        assert dialog is not None
        dialog.query.setText(target_address)
        dialog.search.run()
        dialog.search.choose()
        index = dialog.relation.findText("女婿")  # the listed entry, in Traditional Chinese
        assert index >= 0 and dialog.relation.itemData(index) == "son_in_law"
        dialog.relation.setCurrentIndex(index)
        with qtbot.waitSignal(card.changed):
            dialog.ok_button.click()
    finally:
        remove_translators(qapp)  # type: ignore[arg-type]
    with demo_store.session() as session:
        assert session.get(Resident, member).relation == "女婿"  # stored as the office writes it


def test_the_card_shows_a_members_place_in_the_tree(
    qtbot: QtBot, page: LedgerPage, demo_store: Store
) -> None:
    from sqlalchemy import select

    from hearth_desk.domain.models import Member

    with demo_store.session() as session:
        member = session.scalars(
            select(Member).where(Member.resident_id.is_not(None)).order_by(Member.id)
        ).first()
        assert member is not None and member.resident_id is not None
        resident = session.get(Resident, member.resident_id)
        assert resident is not None
        household_id, resident_id = resident.household_id, resident.id
    card = open_card(page, household_id)
    text = card.cell_text(resident_id, card.TREE)
    assert text.startswith("Party member") and "服务队" in text
