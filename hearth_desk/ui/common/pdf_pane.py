"""A PDF shown in a page (not a dialog): the charts a report draws, seen on screen
exactly as they print. Each new file replaces the last; the file shown before is
removed once the new one is loaded (on Windows an open PDF cannot be deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.shown: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, path: Path) -> bool:
        """Show ``path``; whether QtPdf could open it."""
        before = self.shown
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            return False
        self.shown = path
        if before is not None and before != path:
            before.unlink(missing_ok=True)
        return True

    def pages(self) -> int:
        return self.document.pageCount()
