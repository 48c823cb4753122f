"""The 联建单位 tab: partner units listed, added and changed in a form, deleted after a
question; a name another unit has is refused in the user's language; typed changes are
not thrown away unasked; and the table follows every write to the tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import PartnerKind
from hearth_desk.services.tree.structure import add_partner, partners
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.translation import install_translators, remove_translators
from hearth_desk.ui.tree.partners_page import PartnerDialog, PartnersPage
from hearth_desk.ui.tree.tree_page import TreePage
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter

POLICE = "和平里派出所"


@pytest.fixture
def page(qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter) -> Iterator[PartnersPage]:
    with sqlite_store.transaction() as session:
        add_partner(session, POLICE, kind=PartnerKind.POLICE, contact_name="赵警官",
                    contact_phone="010-64012345", offers="治安巡逻",
                    since=dt.date(2018, 3, 1))  # fmt: skip
    shown = PartnersPage(sqlite_store, errors)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded):
        shown.show()
    yield shown


def cells(page: PartnersPage, row: int) -> list[str]:
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.session() as session:
        return [
            (p.name, p.kind, p.contact_name, p.contact_phone, p.offers, p.since)
            for p in partners(session)
        ]


def opened(qtbot: QtBot, dialog: PartnerDialog | None) -> PartnerDialog:
    """The form the page opened, once it shows (it deletes itself when closed)."""
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_table_shows_each_partner_in_full(page: PartnersPage) -> None:
    assert cells(page, 0) == [POLICE, "Police station", "赵警官", "010-64012345", "治安巡逻",
                              "2018-03-01"]  # fmt: skip
    assert not page.change_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(0)
    assert page.change_button.isEnabled() and page.delete_button.isEnabled()


def test_the_tree_area_has_the_partner_tab(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    tree = TreePage(sqlite_store, errors)
    qtbot.addWidget(tree)
    titles = [tree.tabs.tabText(i) for i in range(tree.tabs.count())]
    assert "Partner units" in titles
    assert isinstance(tree.tabs.widget(titles.index("Partner units")), PartnersPage)


def test_new_partner_from_the_form(
    qtbot: QtBot, page: PartnersPage, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    dialog = opened(qtbot, page.new())
    assert not dialog.ok_button.isEnabled()  # no name yet
    assert dialog.since.value() is None and dialog.since.text() == "not given"
    assert dialog.kind.currentData() == "other"  # not the list's first kind, unasked
    dialog.name.setText(" 和平里小学 ")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PartnerKind.SCHOOL.value))
    dialog.contact_name.setText("孙老师")
    dialog.contact_phone.setText("13912345678")
    dialog.offers.setText("暑期托管")
    dialog.since.setDate(QDate(2020, 9, 1))
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert errors.shown == []
    assert stored(sqlite_store)[1] == ("和平里小学", "school", "孙老师", "13912345678", "暑期托管",
                                       dt.date(2020, 9, 1))  # fmt: skip
    # A partner's phone (an office's, not a resident's) is shown as stored.
    assert cells(page, 1) == ["和平里小学", "School", "孙老师", "13912345678", "暑期托管",
                              "2020-09-01"]  # fmt: skip


def test_change_a_partner_in_the_form(
    qtbot: QtBot, page: PartnersPage, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page.table.selectRow(0)
    dialog = opened(qtbot, page.change())
    assert POLICE in dialog.windowTitle()
    assert (dialog.name.text(), dialog.kind.currentData(), dialog.contact_name.text()) == (
        POLICE,
        "police",
        "赵警官",
    )
    assert dialog.since.value() == dt.date(2018, 3, 1)
    dialog.contact_name.setText("钱警官")
    dialog.since.set_value(None)
    with qtbot.waitSignal(page.loaded):
        dialog.ok_button.click()
    assert errors.shown == []
    assert stored(sqlite_store) == [(POLICE, "police", "钱警官", "010-64012345", "治安巡逻", None)]
    assert cells(page, 0)[2] == "钱警官" and cells(page, 0)[5] == ""
    assert page.current() is not None and page.current().name == POLICE  # still selected


def test_delete_asks_first_and_keeps_by_default(
    qtbot: QtBot, page: PartnersPage, sqlite_store: Store
) -> None:
    assert page.delete() is False  # nothing selected: nothing asked
    page.table.selectRow(0)
    with answering("Keep") as asked:
        assert page.delete() is False
    assert asked.texts == [f"Delete the partner unit {POLICE}?"]
    assert asked.defaults == ["Keep"]
    assert len(stored(sqlite_store)) == 1 and page.table.rowCount() == 1
    page.table.setFocus()
    with answering("Delete") as asked, qtbot.waitSignal(page.loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the Delete key asks the same
    assert asked.texts == [f"Delete the partner unit {POLICE}?"]
    assert stored(sqlite_store) == [] and page.table.rowCount() == 0
    assert not page.delete_button.isEnabled()


def test_a_name_another_partner_has_is_refused_in_chinese(
    qtbot: QtBot, page: PartnersPage, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    app = QApplication.instance()
    install_translators(app, "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = opened(qtbot, page.new())
        dialog.name.setText(f" {POLICE}")
        dialog.ok_button.click()
    finally:
        remove_translators(app)  # type: ignore[arg-type]
    assert [text for _title, text in errors.shown] == [f"已有名为“{POLICE}”的联建单位。"]
    assert dialog.isVisible()  # the typed form stays, to put the name right
    assert len(stored(sqlite_store)) == 1


def test_escape_with_changes_asks_before_discarding(qtbot: QtBot, page: PartnersPage) -> None:
    page.table.selectRow(0)
    dialog = opened(qtbot, page.change())
    dialog.kind.setCurrentIndex(0)
    with answering("Keep editing") as asked:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(asked.texts))
    assert asked.texts == ["Discard the changes you have not saved?"]
    assert dialog.isVisible()
    with answering("Discard changes"):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    unchanged = opened(qtbot, page.new())
    with answering("Keep editing") as asked:
        qtbot.keyClick(unchanged, Qt.Key.Key_Escape)
    assert asked.texts == [] and not unchanged.isVisible()


def test_the_table_follows_writes_made_elsewhere(
    qtbot: QtBot, page: PartnersPage, sqlite_store: Store
) -> None:
    with qtbot.waitSignal(page.loaded):
        operations.write(
            sqlite_store, lambda session: add_partner(session, "和平里社区卫生服务中心",
                                                      kind=PartnerKind.HOSPITAL),
            initiator=None,
        )  # fmt: skip
    assert cells(page, 1)[:2] == ["和平里社区卫生服务中心", "Hospital or health centre"]
