"""The relation-to-the-head box of the ledger's forms: the known relations in the
window's language, and room to type any other word an office uses.

The box hands the services a code (``spouse``) for a listed relation, or the word
typed; the services store the office's own word for it (配偶).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from hearth_desk.domain.vocabulary import HEAD, RELATIONS, relation_code
from hearth_desk.ui.common.translation import window_words


def relation_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    words = window_words()
    for relation in RELATIONS:
        if relation.code != HEAD:  # a head comes with a new household, never from this box
            box.addItem(words.relation(relation.code), relation.code)
    box.setCurrentText("")
    return box


def chosen_relation(box: QComboBox) -> str:
    """The code of a listed relation, or the word typed."""
    text = box.currentText().strip()
    index = box.findText(text)
    return box.itemData(index) if index >= 0 else text


def show_relation(box: QComboBox, stored: str) -> None:
    """Show a stored relation: as its listed entry when it has one."""
    index = box.findData(relation_code(stored))
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setCurrentText(stored)
