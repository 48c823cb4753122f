"""The print preview: the real PDF pages, then Print… or Save as PDF….

Every printout passes through here. The PDF is generated off the UI thread into a
working folder (the data folder's private work area, given by the caller; removed
when the dialog closes, and at the next start if the program is killed), shown with
QtPdf exactly as it
will come out of the printer, and warns about characters no font has, so staff can
write them in by hand before the paper goes out.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.reports.kit.result import MissingGlyph, RenderResult
from hearth_desk.services.progress import Progress
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.memory import release_free_memory
from hearth_desk.ui.common.pdf_printing import print_with_dialog
from hearth_desk.ui.common.worker import BackgroundTask

log = logging.getLogger(__name__)

RenderCall = Callable[[Progress, Path], RenderResult]  # writes the PDF to the given path

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
MISSING_SHOWN = 10  # more lines than this would push the pages off the screen

SAVE_FAILED = QT_TRANSLATE_NOOP(
    "UserError",
    "The PDF could not be saved as {path}. Check that the folder exists and that the "
    "disk or USB stick is not full or write-protected.",
)


def copy_pdf(source: Path, target: Path) -> Path:
    """Copy the generated PDF; a USB stick can take a while, so this runs off the UI thread."""
    try:
        shutil.copyfile(source, target)
    except OSError as error:
        raise UserError(SAVE_FAILED, path=str(target)) from error
    return target


def missing_lines(missing: list[MissingGlyph]) -> list[str]:
    """One line per name drawn with □, at most ``MISSING_SHOWN`` and then a count."""
    line = QCoreApplication.translate(
        "PrintPreview", "Page {page}: “{characters}” in “{text}” has no font and prints as □"
    )
    lines = [
        line.format(page=item.page, characters=item.characters, text=item.text)
        for item in missing[:MISSING_SHOWN]
    ]
    if len(missing) > MISSING_SHOWN:
        more = QCoreApplication.translate("PrintPreview", "…and {count} more")
        lines.append(more.format(count=len(missing) - MISSING_SHOWN))
    return lines


def _row(*items: QWidget | int) -> QHBoxLayout:
    """Widgets in a row; 1 is a stretch, a larger number a fixed gap."""
    row = QHBoxLayout()
    for item in items:
        if isinstance(item, QWidget):
            row.addWidget(item)
        elif item == 1:
            row.addStretch()
        else:
            row.addSpacing(item)
    return row


class PrintPreviewDialog(QDialog):
    """Generates a printout, shows its pages, prints it or saves a copy."""

    generated = Signal(object)  # the RenderResult once the PDF is shown
    saved = Signal(object)  # the Path a copy was saved to

    def __init__(
        self,
        title: str,
        render: RenderCall,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
        *,
        work: contextlib.AbstractContextManager[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._render = render
        self._errors = errors
        # The preview holds names and numbers: it lives in the caller's private work
        # folder. Only a caller that gives none (a test) gets a temporary one.
        self._work = contextlib.ExitStack()
        if work is None:
            work = tempfile.TemporaryDirectory(prefix="hearth-desk-preview-")
            self._folder = Path(self._work.enter_context(work))
        else:
            self._folder = self._work.enter_context(work)
        self._tasks: set[BackgroundTask] = set()
        self._render_task: BackgroundTask | None = None
        self._started = self._closed = False
        self.render_result: RenderResult | None = None
        self.setWindowTitle(self.tr("{title} — Print preview").format(title=title))
        self.resize(1000, 740)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page)

        self.message = QLabel(self.tr("Preparing the printout…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = self._button(self.tr("Cancel"), self._cancel_render)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch()
        waiting_layout.addWidget(self.message)
        waiting_layout.addWidget(self.bar)
        waiting_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignCenter)
        waiting_layout.addStretch()
        self.stack = QStackedWidget()
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.view)

        self.previous_button = self._button(self.tr("◀ Previous page"), self.previous_page)
        self.next_button = self._button(self.tr("Next page ▶"), self.next_page)
        self.page_label = QLabel()
        self.zoom_out_button = self._button(self.tr("Smaller"), self.zoom_out)
        self.zoom_in_button = self._button(self.tr("Larger"), self.zoom_in)
        self.fit_width_button = self._button(self.tr("Fit width"), self.fit_width)
        self.whole_page_button = self._button(self.tr("Whole page"), self.whole_page)
        self.print_button = self._button(self.tr("Print…"), self.print_document)
        self.save_button = self._button(self.tr("Save as PDF…"), self.save_as)
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.print_button.setDefault(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_box = QScrollArea()  # ten names must not push the pages off the screen
        self.banner_box.setWidget(self.banner)
        self.banner_box.setWidgetResizable(True)
        self.banner_box.setMaximumHeight(self.banner.fontMetrics().lineSpacing() * 6 + 16)
        self.banner_box.setStyleSheet(
            "QScrollArea { border: 1px solid #e0b000; }"
            "QLabel { background: #fff4ce; color: #5c3c00; padding: 6px; }"
        )
        self.banner_box.hide()
        self.status = QLabel()  # what was just saved or printed

        pages = (self.previous_button, self.page_label, self.next_button, 24)
        zoom = (self.zoom_out_button, self.zoom_in_button, self.fit_width_button)
        actions = (self.status, 1, self.print_button, self.save_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(_row(*pages, *zoom, self.whole_page_button, 1))
        layout.addWidget(self.banner_box)
        layout.addWidget(self.stack, 1)
        layout.addLayout(_row(*actions))

        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_page)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.zoom_out)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        self._set_ready(False)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(40)  # large targets for older staff
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _set_ready(self, ready: bool) -> None:
        zoom = (self.zoom_in_button, self.zoom_out_button, self.fit_width_button)
        for button in (*zoom, self.whole_page_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        self._update_page()

    # --- generating -------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._start_render()

    def _start_render(self) -> None:
        target, render = self._folder / "preview.pdf", self._render
        task = BackgroundTask(lambda progress: render(progress, target))
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_generated)
        task.failed.connect(self._on_render_failed)
        task.cancelled.connect(self._on_render_cancelled)
        self._render_task = task
        self._start(task)

    def _start(self, task: BackgroundTask) -> None:
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        task.start()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        if message:
            self.message.setText(QCoreApplication.translate("Progress", message))

    def _cancel_render(self) -> None:
        if self._render_task is not None:
            self._render_task.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))

    def _on_render_cancelled(self) -> None:
        if not self._closed:
            self.reject()

    def _on_render_failed(self, error: BaseException) -> None:
        if self._closed:  # the user has moved on; a bug still goes to the log
            log.error("printout failed after its preview closed", exc_info=error)
            return
        self._errors.show(error, self)
        self.reject()

    def _on_generated(self, result: RenderResult) -> None:
        self._render_task = None
        if self._closed:
            return
        self.document.load(str(result.path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self._on_render_failed(RuntimeError(f"QtPdf could not open {result.path}"))
            return
        self.render_result = result
        if result.missing:
            heading = self.tr(
                "Some characters have no font and will print as □. "
                "Please write them in by hand on the paper:"
            )
            self.banner.setText("\n".join([heading, *missing_lines(result.missing)]))
            self.banner_box.show()
        self.stack.setCurrentWidget(self.view)
        self._set_ready(True)
        self.view.setFocus()
        self.generated.emit(result)

    # --- looking at the pages ---------------------------------------------------

    def current_page(self) -> int:
        """The page shown, 0-based."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _update_page(self, *_args: object) -> None:
        if self._closed:  # the document is let go of on close
            return
        pages = self.document.pageCount() if self.render_result else 0
        page = self.current_page() + 1 if pages else 0
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page, pages=pages))
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(0 < page < pages)

    def zoom_factor(self) -> float:
        """The zoom in effect, also when QPdfView fits the page (it then reports 1.0)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.document.pageCount() < 1:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(self.current_page())
        scale = self.view.logicalDpiY() / 72
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        by_width = (viewport.width() - margins.left() - margins.right()) / (points.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return by_width
        by_height = (viewport.height() - margins.top() - margins.bottom()) / (
            points.height() * scale
        )
        return min(by_width, by_height)

    def _zoom_to(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # --- printing and saving ----------------------------------------------------

    def print_document(self) -> None:
        if self.render_result is None:
            return
        printed = print_with_dialog(
            self.document, self._title, self.current_page() + 1, self, self._errors
        )
        if printed is not None:
            self.status.setText(
                self.tr("{count} page(s) sent to the printer.").format(count=printed)
            )

    def save_as(self) -> None:
        if self.render_result is None:
            return
        name = re.sub(r'[\\/:*?"<>|]+', "_", self._title).strip() or "printout"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / f"{name}.pdf"), self.tr("PDF (*.pdf)")
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        source = self.render_result.path
        task = BackgroundTask(lambda _progress: copy_pdf(source, path))
        task.succeeded.connect(self._on_saved)
        task.failed.connect(self._on_save_failed)
        self._start(task)

    def _on_save_failed(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _on_saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved as {path}").format(path=path))
        self.saved.emit(path)

    # --- closing ----------------------------------------------------------------

    def done(self, result: int) -> None:
        """Stop generating and remove the temporary PDF, once no worker still uses it."""
        if not self._closed:
            self._closed = True
            if self._render_task is not None:
                self._render_task.cancel()
            # Let go of the pages at once: PDFium's document and the view's rendered
            # pages, then the heap they used (a 5,000-page ledger is ~1 GB).
            self.document.close()
            self.document.destroyed.connect(release_free_memory)
            self.document.deleteLater()
            work = self._work
            running = list(self._tasks)
            remaining = [len(running)]

            def one_finished() -> None:
                remaining[0] -= 1
                if remaining[0] == 0:
                    work.close()

            for task in running:
                task.finished.connect(one_finished)
            if not running:
                work.close()
        super().done(result)
