"""The pieces of a form that is checked as it is typed and finished from the keyboard.

A checked form runs the same rule an import uses on what is in its fields after every
edit, and shows each field's finding right under that field: errors in red, warnings
in amber. Enter moves to the next field; on the last one it asks to save. The ledger's
resident form and the tree's member form are both built from these.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hearth_desk.ui.common.errors import translate
from hearth_desk.ui.common.wrapping_label import WrappingLabel

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"


class Finding(Protocol):
    is_error: bool

    def translated(self, tr: Callable[[str, str], str]) -> str: ...


class FieldFinding(Protocol):
    """What a checking rule says of one field (``services.ledger.residents.FieldFinding``)."""

    @property
    def field(self) -> str: ...

    @property
    def finding(self) -> Finding: ...


def is_enter(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class EnterMovesOn(QObject):
    """Enter in a field moves to the next field; in the last one it calls ``at_end``."""

    def __init__(
        self, fields: list[QWidget], at_end: Callable[[], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._at_end = at_end
        self._owners: dict[QObject, int] = {}
        for position, field in enumerate(fields):
            for watched in (field, *_inner_edits(field)):
                watched.installEventFilter(self)
                self._owners[watched] = position

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not is_enter(event) or watched not in self._owners:
            return False
        position = self._owners[watched]
        later = [
            f for f in self._fields[position + 1 :] if f.isVisibleTo(f.window()) and f.isEnabled()
        ]
        if later:
            later[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self._at_end()
        return True


def _inner_edits(field: QWidget) -> list[QWidget]:
    if isinstance(field, QComboBox) and field.isEditable() and field.lineEdit():
        return [field.lineEdit()]
    return []


class FindingRows:
    """Rows of a ``QFormLayout``: a label, a field, and the field's finding under it."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, label: str, field: QWidget) -> None:
        # As tall as its text: the second line of an ID-number error was cut off.
        finding = WrappingLabel()
        finding.hide()
        self.labels[key] = finding
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(finding)
        self.layout.addRow(label, box)

    def show(self, findings: Iterable[FieldFinding], quiet: Collection[str] = ()) -> None:
        """Each field's findings under it; ``quiet`` fields say nothing for now (nobody
        wants "the name is empty" before typing anything)."""
        by_field: dict[str, list[FieldFinding]] = {}
        for found in findings:
            by_field.setdefault(found.field, []).append(found)
        for key, label in self.labels.items():
            found = by_field.get(key, [])
            if not found or key in quiet:
                label.hide()
                label.clear()
                continue
            label.setText("\n".join(f.finding.translated(translate) for f in found))
            label.setStyleSheet(ERROR_STYLE if found[0].finding.is_error else WARNING_STYLE)
            label.show()

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
