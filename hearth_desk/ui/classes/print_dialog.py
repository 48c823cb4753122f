"""Asks which term a timetable is of (and its paper), or which class an attendance
sheet or class roster is of: the command line's ``--term``, ``--size`` and ``CLASS``.

The current term comes first chosen; the classes are listed the current term's first,
as the office names them, ``#3 葫芦丝班（2026年秋季学期）``. The 老年大学 area, which has
a term or class chosen already, prints without this dialog (``PrintPage``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.reports.classes.timetable import SIZES
from hearth_desk.services.classes.printouts import class_print_options
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.storage.store import Store
from hearth_desk.ui.events.print_dialog import DEFAULT_SIZE, EventPrint

# What to print: the term or class chosen, and the paper (the events' dialog's answer).
ClassPrint = EventPrint


class ClassPrintDialog(QDialog):
    def __init__(
        self,
        store: Store,
        title: str,
        *,
        takes_term: bool,
        render_options: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._takes_term = takes_term
        self._options = render_options
        with store.session() as session:
            offered = class_print_options(session)
        self.term = QComboBox()
        for term_id, name in offered.terms:
            self.term.addItem(name, term_id)
        current = self.term.findData(offered.current_term_id)
        self.term.setCurrentIndex(max(current, 0))
        self.course = QComboBox()
        for option in offered.classes:
            self.course.addItem(f"#{option.id} {option.name}（{option.term}）", option.id)
        self.size = QComboBox()
        for size in SIZES:
            self.size.addItem(size, size)
        self.size.setCurrentIndex(self.size.findData(DEFAULT_SIZE))
        form = QFormLayout()
        asked = self.term if takes_term else self.course
        form.addRow(self.tr("Term:") if takes_term else self.tr("Class:"), asked)
        if asked.count() == 0:
            empty = (
                self.tr("There are no terms yet.")
                if takes_term
                else self.tr("There are no classes yet.")
            )
            self.none_yet = QLabel(empty)
            form.addRow("", self.none_yet)
        if "size" in render_options:
            form.addRow(self.tr("Paper size:"), self.size)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(asked.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choice(self) -> LedgerChoice:
        if self._takes_term:
            return LedgerChoice(term_id=self.term.currentData())
        return LedgerChoice(course_id=self.course.currentData())

    def options(self) -> dict[str, str | None]:
        """The layout options the printout takes, as ``Printout.render`` takes them."""
        chosen = {"size": self.size.currentData()}
        return {name: chosen[name] for name in self._options if name in chosen}

    def answer(self) -> ClassPrint:
        return ClassPrint(self.choice(), self.options())


def ask_class_choice(
    store: Store,
    title: str,
    takes_term: bool,
    render_options: tuple[str, ...],
    parent: QWidget | None,
) -> ClassPrint | None:
    """The term (and paper) or class chosen, or None when the user changed their mind."""
    dialog = ClassPrintDialog(
        store, title, takes_term=takes_term, render_options=render_options, parent=parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
