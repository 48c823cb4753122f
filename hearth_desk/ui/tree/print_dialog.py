"""Asks what a tree printout covers: every member or one service team, for the roster
whether to print full ID numbers and phones, and for the poster the paper size and
whether to tile it onto office sheets (the command line's ``--team``, ``--full-id``,
``--size`` and ``--tile``). Choosing members by name stays on the command line
(``--member``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.reports.tree.poster_layout import SIZES
from hearth_desk.reports.tree.poster_tiles import TILE_SHEETS
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.tree.printouts import team_options
from hearth_desk.storage.store import Store

DEFAULT_SIZE = "A1"  # the size the poster is designed at (names 12 pt)


@dataclass(frozen=True)
class TreePrint:
    """What to print: the team (and numbers), and the layout options the printout takes."""

    choice: LedgerChoice
    options: dict[str, str | None] = field(default_factory=dict)


class TreePrintDialog(QDialog):
    def __init__(
        self,
        store: Store,
        title: str,
        *,
        with_full_numbers: bool,
        render_options: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        with store.session() as session:
            offered = team_options(session)
        self.team = QComboBox()
        self.team.addItem(self.tr("All members"), None)
        for team in offered:
            self.team.addItem(team.name, team.id)
        self.full_numbers = QCheckBox(self.tr("Print full ID numbers and phones"))
        self._with_full_numbers = with_full_numbers  # the cards print full phones anyway
        self._options = render_options
        self.size = QComboBox()
        for size in reversed(SIZES):  # the largest first, as a poster is chosen
            self.size.addItem(size, size)
        self.size.setCurrentIndex(self.size.findData(DEFAULT_SIZE))
        self.tile = QComboBox()
        self.tile.addItem(self.tr("One sheet of that size (a print shop)"), None)
        for sheet in TILE_SHEETS:
            self.tile.addItem(
                self.tr("Tiled onto {sheet} sheets (the office printer)").format(sheet=sheet),
                sheet,
            )
        form = QFormLayout()
        form.addRow(self.tr("Service team:"), self.team)
        if with_full_numbers:
            form.addRow("", self.full_numbers)
        if "size" in render_options:
            form.addRow(self.tr("Paper size:"), self.size)
        if "tile" in render_options:
            form.addRow(self.tr("Printing:"), self.tile)
            hint = QLabel(
                self.tr(
                    "Tiled sheets overlap by a margin and carry cut and glue marks and "
                    "their row and column."
                )
            )
            hint.setWordWrap(True)
            form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> LedgerChoice:
        return LedgerChoice(
            team_id=self.team.currentData(),
            full_numbers=self._with_full_numbers and self.full_numbers.isChecked(),
        )

    def options(self) -> dict[str, str | None]:
        """The layout options the printout takes, as ``Printout.render`` takes them."""
        chosen = {"size": self.size.currentData(), "tile": self.tile.currentData()}
        return {name: chosen[name] for name in self._options if name in chosen}

    def answer(self) -> TreePrint:
        return TreePrint(self.choice(), self.options())


def ask_tree_choice(
    store: Store,
    title: str,
    with_full_numbers: bool,
    render_options: tuple[str, ...],
    parent: QWidget | None,
) -> TreePrint | None:
    dialog = TreePrintDialog(
        store,
        title,
        with_full_numbers=with_full_numbers,
        render_options=render_options,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
