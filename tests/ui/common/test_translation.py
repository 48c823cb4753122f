"""The window speaks the chosen language, and Qt's own dialogs speak it too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hearth_desk.ui.common.translation import install_translators, remove_translators


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp)


def test_simplified_chinese_covers_ours_and_qts(qapp: QApplication, app_language: None) -> None:
    install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "Home") == "首页"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_traditional_chinese(qapp: QApplication, app_language: None) -> None:
    install_translators(qapp, "zh_TW")
    assert QCoreApplication.translate("MainWindow", "Home") == "首頁"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_english_is_the_source(qapp: QApplication, app_language: None) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Home") == "Home"


def test_counts_are_grouped_as_the_language_writes_them(
    qapp: QApplication, app_language: None
) -> None:
    """97761 人 read as a code; the ledger's counts carry the thousands separator."""
    install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("LedgerPage", "%n resident(s)", "", 97761) == "97,761 人"
    assert QCoreApplication.translate("LedgerPage", "%n household(s)", "", 40000) == "40,000 户"
