"""The 老年大学 area's forms: a new term with its closure days, a new class with its
weekly slots (typed the way the office writes them, 周一14:30-16:00), moving or
cancelling one session with a reason, and an outsider from another community.

Each saves through ``SavingDialog`` (one transaction, broadcast to every page); a
refused value is shown and the form stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.class_slots import parse_slot
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.classes.class_lines import SessionLine
from hearth_desk.services.classes.courses import NewCourse, add_course
from hearth_desk.services.classes.enrolment import Outsider
from hearth_desk.services.classes.sessions import cancel_session, move_session
from hearth_desk.services.classes.terms import add_term
from hearth_desk.services.tree.directory import member_ids, member_rows
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.events.walk_in_form import WalkInDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[no-any-return]


def closure_days(text: str) -> list[tuple[dt.date, str | None]]:
    """Closure days one a line, ``2026-10-01 国庆`` (the reason may be left out)."""
    days = []
    for line in text.splitlines():
        day, _space, reason = line.strip().partition(" ")
        if not day:
            continue
        try:
            days.append((dt.date.fromisoformat(day), reason.strip() or None))
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "“{text}” is not a date like 2026-10-01."),
                text=day,
            ) from None
    return days


class NewTermDialog(SavingDialog):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("New term"))
        self.setMinimumWidth(420)
        today = dt.date.today()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("2026年秋季学期")
        self.start_edit = _date_edit(today)
        self.end_edit = _date_edit(today + dt.timedelta(days=120))
        self.closures_edit = QPlainTextEdit()
        self.closures_edit.setPlaceholderText(self.tr("One a line: 2026-10-01 国庆"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        form.addRow(self.tr("Closure days:"), self.closures_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self.update_ok)
        self.update_ok()

    def may_save(self) -> bool:
        return bool(self.name_edit.text().strip())

    def save(self, session: Session) -> Any:
        closed = closure_days(self.closures_edit.toPlainText())
        return add_term(
            session, self.name_edit.text(), _day(self.start_edit), _day(self.end_edit), closed
        ).id


class NewClassDialog(SavingDialog):
    """A class of ``term_id``; the teacher is picked from the tree's members or typed."""

    def __init__(
        self, store: Store, errors: ErrorPresenter, term_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("New class"))
        self.setMinimumWidth(460)  # two weekly times typed side by side stay in view
        self.term_id = term_id
        self.name_edit = QLineEdit()
        self.slots_edit = QLineEdit()
        self.slots_edit.setPlaceholderText(
            "周一14:30-16:00, 周四09:00-10:30"
        )  # as typed in Chinese
        self.room_edit = QLineEdit()
        self.teacher_box = QComboBox()
        self.teacher_box.setEditable(True)
        self.teacher_box.addItem("", None)
        with store.session() as session:
            for row in member_rows(session, member_ids(session)):
                self.teacher_box.addItem(row.name, row.id)
        self.teacher_box.setCurrentIndex(0)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 999)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.capacity_spin.setValue(30)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText("自带葫芦丝")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Weekly times:"), self.slots_edit)
        form.addRow(self.tr("Room:"), self.room_edit)
        form.addRow(self.tr("Teacher:"), self.teacher_box)
        form.addRow(self.tr("Places:"), self.capacity_spin)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.slots_edit):
            edit.textChanged.connect(self.update_ok)
        self.update_ok()

    def may_save(self) -> bool:
        return bool(self.name_edit.text().strip() and self.slots_edit.text().strip())

    def new_course(self) -> NewCourse:
        parts = self.slots_edit.text().replace("，", ",").replace("、", ",").split(",")
        slots = [parse_slot(part) for part in parts if part.strip()]
        typed = self.teacher_box.currentText().strip()
        index = self.teacher_box.findText(typed) if typed else -1
        member_id = self.teacher_box.itemData(index) if index > 0 else None
        capacity = self.capacity_spin.value() or None
        return NewCourse(
            self.name_edit.text(), slots, self.room_edit.text(), member_id, typed or None,
            capacity, self.notes_edit.text(),
        )  # fmt: skip

    def save(self, session: Session) -> Any:
        return add_course(session, self.term_id, self.new_course()).id


class SessionChangeDialog(SavingDialog):
    """Move one session to another day and time, or cancel it; either with a reason."""

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        lesson: SessionLine,
        *,
        cancelling: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, errors, parent)
        self.lesson, self.cancelling = lesson, cancelling
        when = f"{lesson.date:%Y-%m-%d} {lesson.start:%H:%M}"
        self.setWindowTitle(
            (self.tr("Cancel the session of {when}") if cancelling
             else self.tr("Move the session of {when}")).format(when=when)
        )  # fmt: skip
        self.reason_edit = QLineEdit()
        self.day_edit = _date_edit(lesson.date)
        self.start_edit = QTimeEdit(lesson.start)
        self.end_edit = QTimeEdit(lesson.end)
        form = QFormLayout()
        if not cancelling:
            form.addRow(self.tr("To the day:"), self.day_edit)
            form.addRow(self.tr("From:"), self.start_edit)
            form.addRow(self.tr("To:"), self.end_edit)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self.update_ok)
        self.update_ok()

    def may_save(self) -> bool:
        return bool(self.reason_edit.text().strip())

    def save(self, session: Session) -> Any:
        reason = self.reason_edit.text()
        if self.cancelling:
            return cancel_session(session, self.lesson.session_id, reason).id
        return move_session(
            session, self.lesson.session_id, _day(self.day_edit), reason,
            self.start_edit.time().toPython(), self.end_edit.time().toPython(),
        ).id  # fmt: skip


class OutsiderDialog(WalkInDialog):
    """The events' walk-in form with one more field: the outsider's community."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.community_edit = QLineEdit()
        form = self.findChild(QFormLayout)
        assert form is not None
        form.addRow(self.tr("Community:"), self.community_edit)
        self.phone_edit.returnPressed.connect(self.community_edit.setFocus)

    def outsider(self) -> Outsider:
        walk_in = self.walk_in()
        return Outsider(walk_in.name, walk_in.phone, self.community_edit.text().strip())


def ask_outsider(title: str, parent: QWidget | None = None) -> Outsider | None:
    dialog = OutsiderDialog(title, parent)
    try:
        return dialog.outsider() if dialog.exec() == OutsiderDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
