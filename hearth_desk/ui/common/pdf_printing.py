"""Printing a finished PDF page by page, as images at the printer's resolution.

The printout is already a PDF drawn by ReportLab with embedded fonts, so the
printer gets exactly what the preview shows: QtPdf renders each page to an image
and we paint it onto the paper at its real size. Cheap office printers and their
drivers then never see the PDF's fonts, which is where rare characters go wrong.
``print_pdf_pages`` is the loop (testable with a PDF-output printer, or with a fake
printer and painter standing in for a Windows driver); ``print_with_dialog`` adds
Qt's print dialog, a progress dialog and the messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.ui.common.errors import ErrorPresenter

# A4 at 600 dpi is already a 139 MB image; 1200 dpi (Qt's PDF printer, some lasers)
# would be four times that on an old office PC, for no difference on paper.
MAX_PRINT_DPI = 600

PRINTER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "UserError",
    "The printer {name} cannot be reached; check that it is switched on and connected, "
    "or save as PDF.",
)

NO_PRINTER = QT_TRANSLATE_NOOP(
    "UserError",
    "No printer is installed on this computer. Ask your IT helper to set one up, or use "
    "“Save as PDF…” and print the file on another computer.",
)

ProgressCallback = Callable[[int, int], bool]  # (pages done, pages in all) -> keep going?
PainterFactory = Callable[[], QPainter]  # the seam: a test passes a recording painter


def render_size(points: QSizeF, dpi: int) -> QSize:
    """Pixels for a page of ``points`` (1/72 inch) at ``dpi``, capped at ``MAX_PRINT_DPI``."""
    dpi = min(dpi, MAX_PRINT_DPI)
    return QSize(
        max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
    )


def fit_rect(size: QSize, target: QRect) -> QRect:
    """``size`` scaled into ``target`` keeping its aspect ratio, centred."""
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = target.x() + (target.width() - scaled.width()) // 2
    top = target.y() + (target.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())


def match_paper(printer: QPrinter, document: QPdfDocument) -> None:
    """Start on the PDF's own paper and orientation, printed edge to edge at real size:
    our PDFs keep 15 mm margins, which no office printer clips, and shrinking the page
    to the printer's printable area would knock sign-in grids and cards off scale."""
    if document.pageCount() < 1:
        return
    points = document.pagePointSize(0)
    portrait = QSize(
        round(min(points.width(), points.height())), round(max(points.width(), points.height()))
    )
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(portrait, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    landscape = points.width() > points.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _unreachable(printer: QPrinter) -> UserError:
    return UserError(PRINTER_UNREACHABLE, name=printer.printerName() or printer.outputFileName())


def print_pdf_pages(
    document: QPdfDocument,
    printer: QPrinter,
    first: int,
    last: int,
    progress_callback: ProgressCallback,
    painter_factory: PainterFactory = QPainter,
) -> int:
    """Print pages ``first`` to ``last`` (1-based, inclusive); returns the pages printed.

    ``progress_callback(done, total)`` is called before each page and once at the end;
    returning False stops after the pages already sent. Raises ``UserError`` when the
    printer cannot be opened (switched off, unplugged, removed). ``painter_factory``
    is QPainter; tests pass a fake, since only a real driver can say what paper got.
    """
    first = max(1, first)
    last = min(document.pageCount(), last)
    total = max(0, last - first + 1)
    painter = painter_factory()
    if not painter.begin(printer):
        raise _unreachable(printer)
    printed = 0
    try:
        for number in range(first, last + 1):
            if not progress_callback(printed, total):
                printer.abort()  # real printers drop the job; PDF output just ends early
                break
            if printed and not printer.newPage():
                raise _unreachable(printer)
            index = number - 1
            image = document.render(
                index, render_size(document.pagePointSize(index), printer.resolution())
            )
            _on_white(image)
            painter.drawImage(fit_rect(image.size(), painter.viewport()), image)
            printed += 1
        else:
            progress_callback(printed, total)
    finally:
        painter.end()
    return printed


def _on_white(image: QImage) -> None:
    """QtPdf leaves the paper transparent; some printer drivers print that black."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), QColor("white"))
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)


def _installed_printers() -> list[QPrinterInfo]:
    """Looked up at each call, so a test can stand in for Qt's list."""
    return QPrinterInfo.availablePrinters()


def chosen_pages(printer: QPrinter, pages: int, current_page: int) -> tuple[int, int]:
    """The first and last page (1-based) the print dialog left on ``printer``: all of
    them, a range (an open end runs to the last page) or the page being looked at."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), printer.toPage() or pages
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return current_page, current_page
    return 1, pages


def print_with_dialog(
    document: QPdfDocument,
    title: str,
    current_page: int,
    parent: QWidget | None,
    errors: ErrorPresenter,
    printers: Callable[[], Sequence[object]] | None = None,
) -> int | None:
    """Ask where and which pages (Qt's print dialog), then print behind a progress
    dialog with Cancel. Returns the pages printed, or None if nothing was sent.

    ``printers`` lists the installed printers (Qt's list by default): on a Windows
    PC without one, QPrintDialog would open empty and print nowhere."""
    if not (printers or _installed_printers)():
        errors.show(UserError(NO_PRINTER), parent)
        return None
    pages = document.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    match_paper(printer, document)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print"))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCurrentPage | option.PrintShowPageSize)
    dialog.setMinMax(1, pages)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return None
    first, last = chosen_pages(printer, pages, current_page)

    progress = QProgressDialog(
        QCoreApplication.translate("PrintPreview", "Printing…"),
        QCoreApplication.translate("PrintPreview", "Cancel"),
        0,
        last - first + 1,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def report(done: int, total: int) -> bool:
        text = QCoreApplication.translate("PrintPreview", "Printing page {page} of {pages}…")
        progress.setLabelText(text.format(page=min(done + 1, total), pages=total))
        progress.setValue(done)
        QCoreApplication.processEvents()  # repaint, and let Cancel be clicked
        return not progress.wasCanceled()

    try:
        return print_pdf_pages(document, printer, first, last, report)
    except UserError as error:
        errors.show(error, parent)
        return None
    finally:
        progress.close()
        progress.deleteLater()
