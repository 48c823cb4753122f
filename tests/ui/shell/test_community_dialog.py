"""First start asks for the community's names; OK only once they are there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hearth_desk.services.community import get_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.community_dialog import CommunityDialog


def test_ok_waits_for_community_and_street(qtbot: QtBot, store: Store) -> None:
    dialog = CommunityDialog(store)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.form.community.setText("和平里社区")
    assert not ok.isEnabled()
    dialog.form.street.setText("和平里街道")
    assert ok.isEnabled()


def test_enter_moves_through_the_fields_and_saves(qtbot: QtBot, store: Store) -> None:
    dialog = CommunityDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.form.community.setFocus()
    # QTest cannot type Chinese; the input method hands over whole words anyway.
    dialog.form.community.setText("和平里社区")
    qtbot.keyClick(dialog.form.community, Qt.Key.Key_Return)
    assert dialog.form.street.hasFocus()
    dialog.form.street.setText("和平里街道")
    qtbot.keyClick(dialog.form.street, Qt.Key.Key_Return)
    assert dialog.form.district.hasFocus()
    dialog.form.district.setText("北京市东城区")
    qtbot.keyClick(dialog.form.district, Qt.Key.Key_Return)
    assert dialog.result() == CommunityDialog.DialogCode.Accepted
    with store.session() as session:
        info = get_community(session)
    assert info is not None and info.heading == "北京市东城区和平里街道和平里社区"


def test_closing_without_names_is_not_allowed(qtbot: QtBot, store: Store) -> None:
    dialog = CommunityDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.problem.text()
