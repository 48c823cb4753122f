"""The base of every dialog that edits something: typed changes are not lost unasked.

Escape, Cancel and the window's close button all end in ``QDialog.reject``. Here
``reject`` first compares the dialog's fields with what they held when it was
shown; if anything differs it asks "Discard the changes you have not saved?",
with "Keep editing" as the default answer. A dialog with no changes closes at once.
The fields are found by their kind (line edits, combo boxes, date edits, checkable
list items and buttons, text edits), so a dialog needs no code of its own for this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.confirm import confirm
from hearth_desk.ui.common.errors import ErrorPresenter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window

D = TypeVar("D", bound=QDialog)


def field_values(root: QWidget) -> tuple[Any, ...]:
    """What every field under ``root`` holds, in a fixed order, to compare later.

    A date edit's and an editable combo box's text are read from the line edit
    inside them; a combo box that cannot be typed in is read by its choice, since
    its item texts may change (the form's "From the ID number: …" hint)."""
    values: list[Any] = []
    for widget in root.findChildren(QWidget):
        # A message box the dialog asked with is a window of its own: not a field.
        if not isinstance(widget, _FIELD_KINDS) or widget.window() is not root.window():
            continue
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append(None if widget.isEditable() else widget.currentIndex())
        elif isinstance(widget, QListWidget):
            values.append(tuple(_check_states(widget)))
        elif isinstance(widget, QAbstractButton):
            if widget.isCheckable():  # a check box or a radio button, not OK or Cancel
                values.append(widget.isChecked())
        else:
            values.append(widget.toPlainText())
    return tuple(values)


_FIELD_KINDS = (QLineEdit, QComboBox, QListWidget, QAbstractButton, QTextEdit, QPlainTextEdit)


def _check_states(widget: QListWidget) -> list[int]:
    items = [widget.item(row) for row in range(widget.count())]
    return [
        item.checkState().value for item in items if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    ]


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether typed changes may be thrown away; "Keep editing" is the default."""
    return confirm(
        parent,
        parent.windowTitle(),
        QCoreApplication.translate("EditDialog", "Discard the changes you have not saved?"),
        QCoreApplication.translate("EditDialog", "Discard changes"),
        QCoreApplication.translate("EditDialog", "Keep editing"),
    )


class EditDialog(QDialog):
    """A dialog whose fields hold typed work: closing it with changes asks first.

    The fields are taken as unchanged when the dialog is first shown (after the
    values it edits were filled in); ``mark_clean`` takes them again."""

    _clean: tuple[Any, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._clean is None:
            self.mark_clean()
        super().showEvent(event)

    def mark_clean(self) -> None:
        self._clean = field_values(self)

    def has_changes(self) -> bool:
        return self._clean is not None and field_values(self) != self._clean

    def reject(self) -> None:
        if self.has_changes() and not confirm_discard(self):
            return  # keep editing: QDialog's close event stays ignored too
        super().reject()


class SavingDialog(EditDialog):
    """An edit dialog with OK and Cancel whose OK writes ``save`` in one transaction.

    The write goes through ``operations.write``, so every page hears what changed; a
    refused write (a name taken, an ID number someone else has) is shown and the
    dialog stays open with what was typed. ``saved`` carries what ``save`` returned
    (the id of what was written, or None). A dialog says when it may be saved
    (``may_save``) and calls ``update_ok`` whenever that may have changed."""

    saved = Signal(object)

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def may_save(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.may_save())

    def save(self, session: Session) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.may_save():
            return
        try:
            result = operations.write(self._store, self.save, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return
        self.saved.emit(result)
        super().accept()


def open_dialog(dialog: D, on_saved: Callable[[Any], Any] | None = None) -> D:
    """Show ``dialog`` window-modal without blocking; ``on_saved`` runs after a save.
    It deletes itself once closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
    dialog.open()
    return dialog


class OpenForm(Generic[D]):
    """The one form a page has open (``current``), forgotten once it closes: it deletes
    itself then, and a page must not reach for a deleted dialog."""

    def __init__(self) -> None:
        self.current: D | None = None

    def open(self, dialog: D, on_saved: Callable[[Any], Any] | None = None) -> D:
        self.current = open_dialog(dialog, on_saved)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        return dialog

    def _forget(self, dialog: D) -> None:
        if self.current is dialog:
            self.current = None
