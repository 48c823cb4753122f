"""The print preview: generates off the UI thread, shows the real pages, warns about
characters without a font, saves a byte-identical copy and prints page by page."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.reports.kit.result import MissingGlyph, RenderResult
from hearth_desk.services.progress import Progress
from hearth_desk.ui.common.pdf_printing import fit_rect, print_pdf_pages, render_size
from hearth_desk.ui.common.print_preview import PrintPreviewDialog, missing_lines
from tests.support.presenters import RecordingPresenter

PAGES = 3


def render_three_pages(progress: Progress, path: Path) -> RenderResult:
    canvas = Canvas(str(path))
    for page in range(1, PAGES + 1):
        progress.report(page - 1, PAGES, "Drawing pages")
        canvas.setFont("Helvetica", 28)
        canvas.drawString(72, 720, f"Roster page {page}")
        canvas.showPage()
    canvas.save()
    return RenderResult(path, PAGES, [MissingGlyph("𠮷燊", "𠮷", 2)])


def open_preview(qtbot: QtBot, errors: RecordingPresenter, render=render_three_pages):  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog("住户花名册", render, errors)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def preview(qtbot: QtBot, errors: RecordingPresenter) -> PrintPreviewDialog:
    dialog = open_preview(qtbot, errors)
    with qtbot.waitSignal(dialog.generated, timeout=10_000):
        dialog.show()
    return dialog


def test_generates_and_shows_the_pages(preview: PrintPreviewDialog) -> None:
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == PAGES
    assert preview.stack.currentWidget() is preview.view
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.page_label.text() == "Page 1 of 3"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_page_buttons_and_keys_move_through_the_pages(
    qtbot: QtBot, preview: PrintPreviewDialog
) -> None:
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1
    assert preview.page_label.text() == "Page 2 of 3"
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.page_label.text() == "Page 3 of 3"
    assert not preview.next_button.isEnabled()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == "Page 1 of 3"


def test_zoom_buttons(qtbot: QtBot, preview: PrintPreviewDialog) -> None:
    fitted = preview.zoom_factor()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(preview.whole_page_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.zoom_factor() < fitted  # a whole A4 page is narrower than the width
    qtbot.mouseClick(preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_banner_names_the_page_and_the_name(preview: PrintPreviewDialog) -> None:
    assert preview.banner.isVisible()
    assert "Page 2: “𠮷” in “𠮷燊”" in preview.banner.text()


def test_long_banner_lists_ten_then_counts_the_rest() -> None:
    missing = [MissingGlyph(f"名{n}", "𠮷", n) for n in range(1, 14)]
    lines = missing_lines(missing)
    assert len(lines) == 11
    assert lines[-1] == "…and 3 more"


def test_no_banner_when_every_character_has_a_font(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    def render(progress: Progress, path: Path) -> RenderResult:
        result = render_three_pages(progress, path)
        return RenderResult(result.path, result.pages)

    dialog = open_preview(qtbot, errors, render)
    with qtbot.waitSignal(dialog.generated, timeout=10_000):
        dialog.show()
    assert not dialog.banner.isVisible()


def test_save_as_copies_the_pdf(
    qtbot: QtBot, preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(parent, caption, suggested, filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "花名册副本"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(preview.saved, timeout=10_000) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("住户花名册.pdf")
    assert saved.args[0] == tmp_path / "花名册副本.pdf"
    assert saved.args[0].read_bytes() == preview.render_result.path.read_bytes()


def test_save_as_into_a_missing_folder_names_the_path(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    errors: RecordingPresenter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "没有这个文件夹" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    preview.save_as()
    qtbot.waitUntil(lambda: bool(errors.shown), timeout=10_000)
    assert str(target) in errors.shown[0][1]


def test_print_pdf_pages_to_a_pdf_printer(preview: PrintPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)  # keeps the test quick; real printers run at 300-600 dpi
    reports: list[tuple[int, int]] = []
    printed = print_pdf_pages(
        preview.document,
        printer,
        1,
        PAGES,
        lambda done, total: reports.append((done, total)) or True,
    )
    assert printed == PAGES
    assert reports[-1] == (PAGES, PAGES)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == PAGES


def test_printing_stops_when_cancelled(preview: PrintPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert print_pdf_pages(preview.document, printer, 1, PAGES, lambda done, _: done < 1) == 1


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_unreachable_printer_is_a_user_error(preview: PrintPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no" / "such" / "folder.pdf"))
    with pytest.raises(UserError, match="cannot be reached"):
        print_pdf_pages(preview.document, printer, 1, PAGES, lambda *_: True)


def test_print_sizes() -> None:
    from PySide6.QtCore import QRect, QSize, QSizeF

    a4 = QSizeF(595.28, 841.89)
    assert render_size(a4, 300) == QSize(2480, 3508)
    assert render_size(a4, 1200) == render_size(a4, 600)  # capped: no 556 MB page images
    assert fit_rect(QSize(100, 200), QRect(0, 0, 300, 300)) == QRect(75, 0, 150, 300)


def test_print_button_without_a_printer_says_so(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    errors: RecordingPresenter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    opened: list[QPrintDialog] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert len(errors.shown) == 1
    assert "No printer is installed" in errors.shown[0][1]
    assert "Save as PDF" in errors.shown[0][1]


def test_print_button_prints_the_chosen_pages(
    qtbot: QtBot, preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "from-dialog.pdf"
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.docName() == "住户花名册"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(72)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(output).pages) == 2
    assert preview.status.text() == "2 page(s) sent to the printer."


def test_a_render_error_is_shown_and_closes_the_preview(
    qtbot: QtBot, errors: RecordingPresenter
) -> None:
    def render(progress: Progress, path: Path) -> RenderResult:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} was not found."), path="x")

    dialog = open_preview(qtbot, errors, render)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.show()
    assert errors.shown and "x" in errors.shown[0][1]
    assert dialog.render_result is None


def test_cancel_stops_generating_and_cleans_up(qtbot: QtBot, errors: RecordingPresenter) -> None:
    started = threading.Event()
    stopped: list[bool] = []
    folders: list[Path] = []

    def slow(progress: Progress, path: Path) -> RenderResult:
        folders.append(path.parent)
        path.write_bytes(b"%PDF-partial")
        started.set()
        try:
            for step in range(500):
                progress.report(step, 500, "Drawing pages")
                time.sleep(0.01)
        finally:
            stopped.append(True)
        raise AssertionError("never cancelled")

    dialog = open_preview(qtbot, errors, slow)
    dialog.show()
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.message.text() == "Drawing pages")
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped == [True]
    assert errors.shown == []
    qtbot.waitUntil(lambda: not folders[0].exists(), timeout=5_000)


def test_closing_removes_the_temporary_pdf(preview: PrintPreviewDialog) -> None:
    folder = preview.render_result.path.parent
    assert folder.exists()
    preview.close()
    assert not folder.exists()
