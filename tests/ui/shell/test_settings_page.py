"""Settings: a heading, the data folder in words (not a database URL), and a
restart that brings a new language or text size at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.shell.settings_page import SettingsPage
from tests.support.presenters import RecordingPresenter


def open_page(qtbot: QtBot, store: Store, settings: UiSettings, errors: RecordingPresenter):  # type: ignore[no-untyped-def]
    page = SettingsPage(store, settings, errors)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_store_is_shown_as_a_folder_not_a_url(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings, errors: RecordingPresenter
) -> None:
    from PySide6.QtWidgets import QLabel

    page = open_page(qtbot, sqlite_store, ui_settings, errors)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Settings" in texts
    assert str(sqlite_store.location.data_dir) in texts
    assert not any("sqlite:" in text for text in texts)


def test_a_new_language_or_size_offers_a_restart(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings, errors: RecordingPresenter
) -> None:
    page = open_page(qtbot, sqlite_store, ui_settings, errors)
    assert not page.restart_button.isVisible()
    page.font_size.setCurrentIndex(page.font_size.findData(14.0))
    assert UiSettings().font_points == 14.0  # remembered at once
    assert page.restart_button.isVisible()
    page.language.setCurrentIndex(page.language.findData("zh_TW"))
    assert UiSettings().language == "zh_TW"
    with qtbot.waitSignal(page.restart_requested):
        page.restart_button.click()


def test_the_window_restarts_in_the_chosen_size_on_the_same_store(
    qtbot: QtBot,
    sqlite_store: Store,
    ui_settings: UiSettings,
    errors: RecordingPresenter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hearth_desk.ui.shell import app as app_module

    application = QApplication.instance()
    before = application.font()
    ui_settings.font_points = 16.0
    ui_settings.sync()
    windows = []
    real_open = app_module.open_window

    def open_window(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = real_open(*args, **kwargs)
        windows.append(window)
        if len(windows) == 1:  # the first window asks for a restart, the second closes
            QTimer.singleShot(50, window.request_restart)
        else:
            sizes.append(application.font().pointSizeF())
            QTimer.singleShot(50, window.close)
        return window

    sizes: list[float] = []
    monkeypatch.setattr(app_module, "open_window", open_window)
    monkeypatch.setattr(app_module, "back_up_on_close", lambda _store: None)
    try:
        sqlite_store.close()
        code = app_module.run_window(sqlite_store.location)
    finally:
        from hearth_desk.ui.common.translation import remove_translators

        application.setFont(before)
        remove_translators(application)  # run_window installed the window's language
    assert code == 0
    assert len(windows) == 2 and sizes == [16.0]


def test_the_certificates_issuer_is_set_in_the_settings(
    qtbot: QtBot, sqlite_store: Store, ui_settings: UiSettings, errors: RecordingPresenter
) -> None:
    from hearth_desk.services.certificates.settings import read_settings

    page = open_page(qtbot, sqlite_store, ui_settings, errors)
    page.certificate_settings.click()
    dialog = page.certificate_form.current
    assert dialog is not None
    dialog.issuer.setText("和平里社区居民委员会")
    dialog.handler.setText("张敏")
    dialog.accept()
    with sqlite_store.session() as session:
        settings = read_settings(session)
    assert (settings.issuer, settings.handler) == ("和平里社区居民委员会", "张敏")
