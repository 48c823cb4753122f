"""The resident entry form: checked as it is typed, finished from the keyboard.

After every edit the form runs ``clean_resident`` (the rule imports use too) on what
is in the fields and shows each field's finding right under it: errors in red,
warnings in amber. Enter moves to the next field; on the last one it asks to save,
which the dialogs allow only while no error remains.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from hearth_desk.domain.findings import InvalidValue
from hearth_desk.domain.id_numbers import check_id_number
from hearth_desk.domain.models import HEAD_RELATION, Gender
from hearth_desk.services.ledger.households import FIELD_LABELS
from hearth_desk.services.ledger.residents import (
    BIRTH_DATE,
    GENDER,
    ID_NUMBER,
    NAME,
    NOTES,
    PHONE,
    RELATION,
    TAGS,
    WORK_UNIT,
    FieldFinding,
    ResidentInput,
    clean_resident,
)
from hearth_desk.ui.common.checked_form import EnterMovesOn, FindingRows
from hearth_desk.ui.common.errors import translate
from hearth_desk.ui.ledger.relation_box import chosen_relation, relation_box, show_relation

NO_DATE = QDate(1890, 1, 1)  # the date edit's minimum, shown as "not given"


class ResidentForm(QWidget):
    """One resident's fields; ``checked`` fires after each check with whether it may be saved."""

    checked = Signal(bool)
    submitted = Signal()  # Enter on the last field

    def __init__(
        self, tag_names: list[str], *, with_relation: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 characters; gender and birth date follow"))
        self.gender = QComboBox()
        self.gender.addItem("", None)
        # Qt hands enum members back as plain strings; values() turns them back.
        self.gender.addItem(self.tr("Male"), Gender.MALE.value)
        self.gender.addItem(self.tr("Female"), Gender.FEMALE.value)
        self.birth_date = QDateEdit()
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setMaximumDate(QDate(2100, 12, 31))
        self.birth_date.setSpecialValueText(self.tr("not given"))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDate(NO_DATE)
        self.phone = QLineEdit()
        self.relation = relation_box()
        self.work_unit = QLineEdit()
        self.notes = QLineEdit()
        self.tags = QListWidget()
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setSpacing(4)
        self.tags.setMaximumHeight(90)
        for name in tag_names:
            item = QListWidgetItem(name, self.tags)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if self.tags.count():
            self.tags.setCurrentRow(0)

        self.fields: dict[str, QWidget] = {
            NAME: self.name,
            ID_NUMBER: self.id_number,
            GENDER: self.gender,
            BIRTH_DATE: self.birth_date,
            PHONE: self.phone,
            RELATION: self.relation,
            TAGS: self.tags,
            WORK_UNIT: self.work_unit,
            NOTES: self.notes,
        }
        self.layout_ = QFormLayout(self)
        self.rows = FindingRows(self.layout_)
        for key, field in self.fields.items():
            if key == RELATION and not with_relation:
                field.hide()
                continue
            label = translate("UserError", FIELD_LABELS[key])
            # The colon is the language's own: 姓名： beside 人员类别：, not 姓名:.
            self.rows.add(key, self.tr("{label}:").format(label=label), field)
        self._with_relation = with_relation
        self._enter = EnterMovesOn(list(self.fields.values()), self.submitted.emit, self)

        for line in (self.name, self.id_number, self.phone, self.work_unit, self.notes):
            line.textChanged.connect(self.check)
        self.gender.currentIndexChanged.connect(self.check)
        self.birth_date.dateChanged.connect(self.check)
        self.relation.currentTextChanged.connect(self.check)
        self.tags.itemChanged.connect(self.check)
        self.ok = False
        self.check()

    # --- values -------------------------------------------------------------------

    def values(self) -> ResidentInput:
        date = self.birth_date.date()
        return ResidentInput(
            name=self.name.text(),
            gender=Gender(gender) if (gender := self.gender.currentData()) else None,
            birth_date=None if date == NO_DATE else date.toPython(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            relation=chosen_relation(self.relation) if self._with_relation else HEAD_RELATION,
            work_unit=self.work_unit.text(),
            notes=self.notes.text(),
            tags=tuple(self.checked_tags()),
        )

    def set_values(self, data: ResidentInput) -> None:
        self.name.setText(data.name)
        self.id_number.setText(data.id_number)
        self.gender.setCurrentIndex(
            max(self.gender.findData(data.gender.value if data.gender else None), 0)
        )
        self.birth_date.setDate(QDate(data.birth_date) if data.birth_date else NO_DATE)
        self.phone.setText(data.phone)
        show_relation(self.relation, data.relation)
        self.work_unit.setText(data.work_unit)
        self.notes.setText(data.notes)
        for row in range(self.tags.count()):
            item = self.tags.item(row)
            checked = item.text() in data.tags
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.check()

    def checked_tags(self) -> list[str]:
        return [
            self.tags.item(row).text()
            for row in range(self.tags.count())
            if self.tags.item(row).checkState() == Qt.CheckState.Checked
        ]

    # --- checking -----------------------------------------------------------------

    def check(self) -> bool:
        data = self.values()
        clean, findings = clean_resident(data)
        self._show_findings(findings)
        self._show_gender_from_id(data.id_number)
        self.ok = clean is not None
        self.checked.emit(self.ok)
        return self.ok

    def finding_text(self, key: str) -> str:
        return self.rows.text(key)

    def _show_findings(self, findings: list[FieldFinding]) -> None:
        self.rows.show(findings, quiet=() if self._touched() else (NAME, GENDER))

    def _touched(self) -> bool:
        return (
            any(
                field.text().strip()
                for field in (self.name, self.id_number, self.phone, self.work_unit, self.notes)
            )
            or self.gender.currentIndex() > 0
        )

    def _show_gender_from_id(self, id_number: str) -> None:
        text = ""
        if id_number.strip():
            try:
                gender = check_id_number(id_number).gender
            except InvalidValue:
                pass
            else:
                label = self.gender.itemText(self.gender.findData(gender.value))
                text = self.tr("From the ID number: {gender}").format(gender=label)
        self.gender.setItemText(0, text)
