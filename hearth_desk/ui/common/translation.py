"""Loading the window's language: our catalogue plus Qt's own for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hearth_desk.domain.vocabulary import Words
from hearth_desk.i18n.languages import catalogue_path, normalise

_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings (tests restore this between languages)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("en"))


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install translators for ``language``; replaces any installed before."""
    remove_translators(app)
    language = normalise(language)
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language, "qm"))):
        _installed.append(ours)
    if language != "en":
        # Qt's own strings (OK/Cancel, file and print dialogs) in the same language.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            _installed.append(qtbase)
    for translator in _installed:
        app.installTranslator(translator)


def window_words() -> Words:
    """The vocabulary (genders, statuses, relations) in the window's language."""
    return Words(QCoreApplication.translate)
