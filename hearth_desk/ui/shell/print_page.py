"""The Print area: every printout the program makes, each opening a preview.

Reports render in the window's language from the same catalogue the command line
uses, on a worker thread with their own session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.ledger.building_ledger import building_ledger_data, render_building_ledger
from hearth_desk.reports.ledger.care_list import care_list_data, render_care_list
from hearth_desk.reports.overview import render_overview
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.print_preview import PrintPreviewDialog, RenderCall
from hearth_desk.ui.ledger.print_dialog import LedgerChoice, ask_ledger_choice
from hearth_desk.ui.shell.settings import UiSettings


@dataclass(frozen=True)
class PrintoutEntry:
    key: str
    title: str
    description: str
    make_render: Callable[[], RenderCall | None]  # None: the user changed their mind


class PrintPage(QWidget):
    def __init__(
        self,
        store: Store,
        settings: UiSettings,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self._language = settings.language
        self.preview: PrintPreviewDialog | None = None
        # What a ledger printout covers; tests replace the dialog with a fixed answer.
        self.ask_ledger_choice: Callable[[str, bool], LedgerChoice | None] = (
            lambda title, with_tag: ask_ledger_choice(store, title, with_tag, self)
        )
        self.entries = [
            PrintoutEntry(
                "overview",
                self.tr("Community overview"),
                self.tr(
                    "Households and residents per compound, age bands and what needs "
                    "attention; one or two A4 pages."
                ),
                lambda: self._render_with(render_overview),
            ),
            PrintoutEntry(
                "building-ledger",
                self.tr("Building ledger"),
                self.tr(
                    "Every household of a building, a compound or the whole community, "
                    "by unit and door, with its members; A4 landscape."
                ),
                lambda: self._ledger_render(self.tr("Building ledger"), with_tag=False),
            ),
            PrintoutEntry(
                "care-list",
                self.tr("Care list"),
                self.tr(
                    "The residents with one care tag, such as the elderly living alone, "
                    "with age, address and phone; A4 landscape."
                ),
                lambda: self._ledger_render(self.tr("Care list"), with_tag=True),
            ),
        ]
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Printouts"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        for entry in self.entries:
            button = QPushButton(self.tr("{title} — preview and print").format(title=entry.title))
            button.setStyleSheet("font-size: 14pt; padding: 10px; text-align: left;")
            button.clicked.connect(lambda _checked=False, e=entry: self.open_preview(e.key))
            description = QLabel(entry.description)
            description.setWordWrap(True)
            description.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(button)
            layout.addWidget(description)
            self.buttons[entry.key] = button
        layout.addStretch(1)

    def _render_with(
        self, render: Callable[..., RenderResult]
    ) -> Callable[[Progress, Path], RenderResult]:
        store, translate = self._store, load_catalogue(self._language).translate

        def call(progress: Progress, out: Path) -> RenderResult:
            with store.session() as session:
                return render(session, out, translate, progress)

        return call

    def _ledger_render(self, title: str, *, with_tag: bool) -> RenderCall | None:
        """Ask what to cover, then gather and lay out on the worker thread."""
        choice = self.ask_ledger_choice(title, with_tag)
        if choice is None:
            return None
        store, translate = self._store, load_catalogue(self._language).translate

        def call(progress: Progress, out: Path) -> RenderResult:
            with store.session() as session:
                if choice.tag_id is not None:
                    care = care_list_data(
                        session,
                        choice.tag_id,
                        choice.node_id,
                        full_numbers=choice.full_numbers,
                        progress=progress,
                    )
                    return render_care_list(out, care, translate, progress)
                data = building_ledger_data(
                    session, choice.node_id, full_numbers=choice.full_numbers, progress=progress
                )
            return render_building_ledger(out, data, translate, progress)

        return call

    def open_preview(self, key: str) -> PrintPreviewDialog | None:
        entry = next(entry for entry in self.entries if entry.key == key)
        render = entry.make_render()
        if render is None:
            return None
        self.preview = PrintPreviewDialog(entry.title, render, self._errors, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview
