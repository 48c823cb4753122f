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
from hearth_desk.reports.overview import render_overview
from hearth_desk.reports.result import RenderResult
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.errors import ErrorPresenter
from hearth_desk.ui.print_preview import PrintPreviewDialog, RenderCall
from hearth_desk.ui.settings import UiSettings


@dataclass(frozen=True)
class PrintoutEntry:
    key: str
    title: str
    description: str
    make_render: Callable[[], RenderCall]


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

    def open_preview(self, key: str) -> PrintPreviewDialog:
        entry = next(entry for entry in self.entries if entry.key == key)
        self.preview = PrintPreviewDialog(entry.title, entry.make_render(), self._errors, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview
