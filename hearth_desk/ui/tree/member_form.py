"""A member of the tree, typed in or changed: the person, then their place in the party.

Checked as typed by ``clean_member`` (the rule the 花名册 import uses), with each
finding under its field, and finished from the keyboard as the ledger's resident form
is. The dialog saves through ``services.tree.members`` in one transaction, broadcast
as a tree change, and stays open on a ``UserError`` (an ID number already in the tree).
The full ID number and phone are shown here, as in the ledger's form: this is where
they are corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.models import Gender, PoliticalStatus
from hearth_desk.domain.vocabulary import POLITICAL_STATUS_WORDS
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    WORK_UNIT,
    ResidentInput,
)
from hearth_desk.services.tree.members import (
    DUAL_ORGANISATION,
    FIELD_LABELS,
    JOIN_DATE,
    SKILLS,
    MemberInput,
    add_member,
    clean_member,
    update_member,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.checked_form import EnterMovesOn, FindingRows
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.optional_date import OptionalDateEdit
from hearth_desk.ui.common.translation import window_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


@dataclass(frozen=True)
class BranchChoice:
    id: int
    name: str


class MemberForm(QWidget):
    """One member's fields; ``checked`` fires after each check with whether it may be saved."""

    checked = Signal(bool)
    submitted = Signal()  # Enter on the last field

    def __init__(self, branches: list[BranchChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = window_words()
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("Optional; gender and birth date follow"))
        self.gender = QComboBox()
        self.gender.addItem("", None)
        for gender in Gender:
            self.gender.addItem(words.gender(gender.value), gender.value)
        self.birth_date = OptionalDateEdit(self.tr("not given"))
        self.phone = QLineEdit()
        self.status = QComboBox()
        for code in POLITICAL_STATUS_WORDS:
            self.status.addItem(words.political_status(code), code)
        self.join_date = OptionalDateEdit(self.tr("not given"))
        self.branch = QComboBox()
        self.branch.addItem(self.tr("No branch"), None)
        for branch in branches:
            self.branch.addItem(branch.name, branch.id)
        self.work_unit = QLineEdit()
        self.retired = QComboBox()
        self.retired.addItem(self.tr("In service"), False)
        self.retired.addItem(self.tr("Retired"), True)
        self.dual = QCheckBox(self.tr("Also registered with the workplace's party organisation"))
        self.dual_organisation = QLineEdit()
        self.dual_organisation.setPlaceholderText(
            self.tr("e.g. the city hospital's party committee")
        )
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("e.g. haircuts, legal advice"))
        self.notes = QLineEdit()

        def label(key: str) -> str:
            # The colon is the language's own: 姓名： beside 人员类别：, not 姓名:.
            return self.tr("{label}:").format(label=translate("UserError", FIELD_LABELS[key]))

        self.layout_ = QFormLayout(self)
        self.rows = FindingRows(self.layout_)
        self.fields: list[QWidget] = []
        for key, text, field in (
            (NAME, label(NAME), self.name),
            (ID_NUMBER, label(ID_NUMBER), self.id_number),
            (GENDER, label(GENDER), self.gender),
            (BIRTH_DATE, label(BIRTH_DATE), self.birth_date),
            (PHONE, label(PHONE), self.phone),
            ("political_status", self.tr("Political status:"), self.status),
            (JOIN_DATE, label(JOIN_DATE), self.join_date),
            ("branch", self.tr("Party branch:"), self.branch),
            (WORK_UNIT, label(WORK_UNIT), self.work_unit),
            ("retired", self.tr("In service or retired:"), self.retired),
            ("dual_registered", self.tr("Dual registration:"), self.dual),
            (DUAL_ORGANISATION, label(DUAL_ORGANISATION), self.dual_organisation),
            (SKILLS, label(SKILLS), self.skills),
            (NOTES, label(NOTES), self.notes),
        ):
            self.rows.add(key, text, field)
            self.fields.append(field)
        self._enter = EnterMovesOn(self.fields, self.submitted.emit, self)

        for line in (self.name, self.id_number, self.phone, self.work_unit,
                     self.dual_organisation, self.skills, self.notes):  # fmt: skip
            line.textChanged.connect(self.check)
        for combo in (self.gender, self.status, self.branch, self.retired):
            combo.currentIndexChanged.connect(self.check)
        self.birth_date.dateChanged.connect(self.check)
        self.join_date.dateChanged.connect(self.check)
        self.dual.toggled.connect(self.check)
        self.ok = False
        self.check()

    def values(self) -> MemberInput:
        gender = self.gender.currentData()
        return MemberInput(
            person=ResidentInput(
                name=self.name.text(),
                gender=Gender(gender) if gender else None,
                birth_date=self.birth_date.value(),
                id_number=self.id_number.text(),
                phone=self.phone.text(),
                work_unit=self.work_unit.text(),
                notes=self.notes.text(),
            ),
            political_status=PoliticalStatus(self.status.currentData()),
            join_date=self.join_date.value(),
            branch_id=self.branch.currentData(),
            retired=bool(self.retired.currentData()),
            dual_registered=self.dual.isChecked(),
            dual_organisation=self.dual_organisation.text() if self.dual.isChecked() else "",
            skills=self.skills.text(),
        )

    def set_values(self, data: MemberInput) -> None:
        person = data.person
        self.name.setText(person.name)
        self.id_number.setText(person.id_number)
        gender = person.gender.value if person.gender else None
        self.gender.setCurrentIndex(max(self.gender.findData(gender), 0))
        self.birth_date.set_value(person.birth_date)
        self.phone.setText(person.phone)
        self.status.setCurrentIndex(max(self.status.findData(data.political_status.value), 0))
        self.join_date.set_value(data.join_date)
        self.branch.setCurrentIndex(max(self.branch.findData(data.branch_id), 0))
        self.work_unit.setText(person.work_unit)
        self.retired.setCurrentIndex(1 if data.retired else 0)
        self.dual.setChecked(data.dual_registered)
        self.dual_organisation.setText(data.dual_organisation)
        self.skills.setText(data.skills)
        self.notes.setText(person.notes)
        self.check()

    def check(self) -> bool:
        data = self.values()
        self.dual_organisation.setEnabled(self.dual.isChecked())
        # A volunteer who is not a party member has no join date to give.
        self.join_date.setEnabled(data.political_status is not PoliticalStatus.MASSES
                                  or data.join_date is not None)  # fmt: skip
        cleaned, findings = clean_member(data)
        touched = any(line.text().strip() for line in (self.name, self.id_number, self.phone)) or (
            self.gender.currentIndex() > 0
        )
        self.rows.show(findings, quiet=() if touched else (NAME, GENDER))
        self.ok = cleaned is not None
        self.checked.emit(self.ok)
        return self.ok

    def finding_text(self, key: str) -> str:
        return self.rows.text(key)


class MemberDialog(SavingDialog):
    """A new member of the tree, or changes to one (``member_id``); ``saved`` carries
    the member's id."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        branches: list[BranchChoice],
        *,
        member_id: int | None = None,
        initial: MemberInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.member_id = member_id
        self.form = MemberForm(branches)
        if member_id is None or initial is None:
            self.setWindowTitle(self.tr("New member of the tree"))
        else:
            self.setWindowTitle(self.tr("Change {name}").format(name=initial.person.name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if member_id is not None:
            note = QLabel(self.tr("The full ID number and phone are shown to change them."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.form.set_values(initial)
        self.form.checked.connect(lambda _ok: self.update_ok())
        self.form.submitted.connect(self.accept)
        self.update_ok()
        self.form.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves between fields (the form handles it); QDialog would press OK.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def may_save(self) -> bool:
        return self.form.ok

    def save(self, session: Session) -> int:
        data = self.form.values()
        if self.member_id is None:
            return add_member(session, data).id
        return update_member(session, self.member_id, data).id
