"""Who is at the desk: the dialog offers the active staff, asks a PIN only of those who
have one (a wrong one is a red line, not a box), remembers the last person, and from
then on change records name the one chosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hearth_desk.services.audit import current_actor, set_actor
from hearth_desk.services.visits.pins import set_pin
from hearth_desk.services.visits.staff import StaffEntry, add_staff, set_staff_active
from hearth_desk.storage.store import Store
from hearth_desk.ui.shell import app as app_module
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.visits.desk_dialog import DeskDialog, ask_who_is_at_the_desk, desk_people
from tests.support.presenters import RecordingPresenter


@pytest.fixture(autouse=True)
def nobody_at_the_desk() -> Iterator[None]:
    set_actor(None)
    yield
    set_actor(None)


def _staff(store: Store) -> None:
    with store.transaction() as session:
        add_staff(session, StaffEntry("王芳", "网格员"))
        li = add_staff(session, StaffEntry("李强", "主任"))
        set_pin(session, li.id, "2468")
        gone = add_staff(session, StaffEntry("赵六", "社工"))
        set_staff_active(session, gone.id, False)


def _dialog(qtbot: QtBot, store: Store, last: str = "") -> DeskDialog:
    dialog = DeskDialog(store, desk_people(store), last)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_active_staff_are_offered_and_the_last_one_first(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    _staff(sqlite_store)
    dialog = _dialog(qtbot, sqlite_store, last="李强")
    items = [dialog.person.itemText(row) for row in range(dialog.person.count())]
    assert items == ["王芳 (Grid worker)", "李强 (Director)"]  # no one who left
    assert dialog.person.currentText() == "李强 (Director)"
    assert dialog.pin.isVisible()  # 李强 has a PIN
    dialog.person.setCurrentIndex(0)
    assert not dialog.pin.isVisible()  # 王芳 has none


def test_a_wrong_pin_is_a_red_line_and_the_right_one_opens_the_desk(
    qtbot: QtBot, sqlite_store: Store
) -> None:
    _staff(sqlite_store)
    dialog = _dialog(qtbot, sqlite_store, last="李强")
    dialog.pin.setText("1111")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == "That PIN is not right; try again."
    assert dialog.pin.text() == ""
    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # Enter confirms
    assert chosen.args == ["李强"] and not dialog.isVisible()


def test_nothing_is_asked_while_the_staff_list_is_empty(qtbot: QtBot, sqlite_store: Store) -> None:
    assert ask_who_is_at_the_desk(sqlite_store, "", None, lambda name: None) is None
    assert current_actor() != ""


def _window(qtbot: QtBot, store: Store, settings: UiSettings) -> MainWindow:
    window = MainWindow(store, settings, RecordingPresenter(store.location.log_dir / "x.log"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_changing_person_names_them_in_the_window_and_is_remembered(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings
) -> None:
    _staff(sqlite_store)
    window = _window(qtbot, sqlite_store, ui_settings)
    assert window.desk.label.text() == f"At the desk: {current_actor()}"
    window.desk.change_person.click()
    dialog = window.findChild(DeskDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.person.setCurrentIndex(0)
    dialog.accept()
    assert current_actor() == "王芳"
    assert window.desk.label.text() == "At the desk: 王芳"
    assert UiSettings().desk_person == "王芳"
    with sqlite_store.transaction() as session:  # and what is written now names 王芳
        add_staff(session, StaffEntry("孙七", "委员"))
    from hearth_desk.services.audit import history

    with sqlite_store.session() as session:
        assert history(session, "staff", [4])[0].actor == "王芳"


def test_the_window_asks_at_start_only_when_there_are_staff(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.community import set_community

    with sqlite_store.transaction() as session:  # else the start asks for the names first
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")

    def start() -> MainWindow:
        window = app_module.open_window(
            sqlite_store, ui_settings, errors, False, None, False, ask_desk=True
        )
        qtbot.addWidget(window)
        qtbot.wait(50)
        return window

    empty = start()
    assert empty.findChild(DeskDialog) is None
    assert empty.statusBar().currentMessage() == ""  # no word about it at start
    empty.close()
    _staff(sqlite_store)
    ui_settings.desk_person = "王芳"
    window = start()
    dialog = window.findChild(DeskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.person.currentText() == "王芳 (Grid worker)"
    dialog.reject()
    assert window.desk.label.text() == f"At the desk: {current_actor()}"


def test_change_person_with_no_staff_says_so_in_the_status_bar(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings
) -> None:
    window = _window(qtbot, sqlite_store, ui_settings)
    window.desk.change_person.click()
    assert window.findChild(DeskDialog) is None
    assert "no staff" in window.statusBar().currentMessage()


def test_the_windows_by_names_a_staff_member_or_the_window_does_not_open(
    qtbot: QtBot, qapp: object, sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hearth_desk.domain.errors import UserError
    from hearth_desk.ui.common.errors import ErrorPresenter
    from hearth_desk.ui.common.translation import install_translators
    from hearth_desk.ui.visits.desk_dialog import take_desk_person

    _staff(sqlite_store)
    assert take_desk_person(sqlite_store, " 李强 ") == "李强" and current_actor() == "李强"
    with pytest.raises(UserError, match="王芳、李强"):
        take_desk_person(sqlite_store, "孙七")
    location = sqlite_store.location
    sqlite_store.close()  # run_window opens it itself, with the lock
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorPresenter, "_dialog", lambda self, parent, icon, title, text: shown.append(text)
    )
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    try:
        assert app_module.run_window(location, desk_person="孙七") == 1
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
    assert len(shown) == 1 and "孙七" in shown[0]
