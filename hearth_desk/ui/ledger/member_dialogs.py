"""Small dialogs of the household card: a member moved out or died (with the date),
and a member moving to another household (found by typing an address or a name)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import ResidentStatus
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.search import SearchHit
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.ledger.relation_box import chosen_relation, relation_box
from hearth_desk.ui.ledger.search_box import ResidentSearch


class _ChangeDialog(SavingDialog):
    """OK writes the change; closing with typed changes asks first (``EditDialog``).
    ``saved`` carries the resident's id."""

    def __init__(
        self, store: Store, errors: ErrorPresenter, resident_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(store, errors, parent)
        self.resident_id = resident_id
        self.setMinimumWidth(480)

    def may_save(self) -> bool:
        return self.ok_button.isEnabled()  # the dialogs below enable it as they check

    def change(self, session) -> None:  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def save(self, session) -> int:  # type: ignore[no-untyped-def]
        self.change(session)
        return self.resident_id


class StatusDialog(_ChangeDialog):
    """Moved out (迁出) or deceased (死亡) on a date, today unless changed."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        resident_id: int,
        name: str,
        status: ResidentStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, resident_id, parent)
        self.status = status
        if status is ResidentStatus.MOVED_OUT:
            self.setWindowTitle(self.tr("{name} moved out").format(name=name))
            question = self.tr("On which day did {name} move out?").format(name=name)
        else:
            self.setWindowTitle(self.tr("{name} died").format(name=name))
            question = self.tr("On which day did {name} die?").format(name=name)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.date)
        layout.addWidget(self.buttons)
        self.date.setFocus()

    def change(self, session) -> None:  # type: ignore[no-untyped-def]
        ledger.set_status(session, self.resident_id, self.status, self.date.date().toPython())


class MoveDialog(_ChangeDialog):
    """Pick the household a member moves into, and the member's relation to its head."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        resident_id: int,
        name: str,
        from_household: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, resident_id, parent)
        self.setWindowTitle(self.tr("Move {name} to another household").format(name=name))
        self.target: SearchHit | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type an address or a name, then Down to choose"))
        self.results = QListWidget()
        self.search = ResidentSearch(store, self.query, self.results, households=True, parent=self)
        self.search.exclude_household = from_household
        self.search.chosen.connect(self._chosen)
        self.results.currentItemChanged.connect(lambda *_: self._picked(self.search.current_hit()))
        self.search.cleared.connect(lambda: self._picked(None))
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.relation = relation_box()
        form = QFormLayout()
        form.addRow(self.tr("Find the household:"), self.query)
        form.addRow("", self.results)
        form.addRow(self.tr("Moves into:"), self.chosen_label)
        form.addRow(self.tr("Relation to the head there:"), self.relation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.relation.lineEdit().returnPressed.connect(self.accept)
        self.relation.currentTextChanged.connect(self._update_ok)
        self._picked(None)
        self.query.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter picks a household (the search handles it), not OK
        super().keyPressEvent(event)

    def _picked(self, hit: SearchHit | None) -> None:
        self.target = hit
        self.chosen_label.setText(hit.address if hit else self.tr("(no household chosen yet)"))
        self._update_ok()

    def _chosen(self, hit: SearchHit) -> None:
        """Enter on a household: on to the relation."""
        self._picked(hit)
        self.relation.setFocus()

    def _update_ok(self) -> None:
        ready = self.target is not None and bool(self.relation.currentText().strip())
        self.ok_button.setEnabled(ready)

    def change(self, session) -> None:  # type: ignore[no-untyped-def]
        assert self.target is not None
        ledger.move_resident(
            session, self.resident_id, self.target.household_id, chosen_relation(self.relation)
        )
