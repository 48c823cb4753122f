"""Asking before something that cannot be taken back, with the safe answer the default
(and the answer Escape gives): discarding typed changes, deleting, removing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, question: str, act: str, keep: str) -> bool:
    """Whether the user chose ``act`` over ``keep`` (the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    acting = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    keeping = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keeping)
    box.setEscapeButton(keeping)
    box.exec()
    chosen = box.clickedButton() is acting
    box.deleteLater()
    return chosen
