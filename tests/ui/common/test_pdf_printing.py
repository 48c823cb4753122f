"""The print loop driven by a stand-in printer and painter, as a Windows printer
driver would answer them: chosen pages only, paper matched to the PDF, a printer that
will not open or is lost mid-job, and no printer at all. No dialog is opened."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from hearth_desk.domain.errors import UserError
from hearth_desk.ui.common.pdf_printing import (
    NO_PRINTER,
    chosen_pages,
    match_paper,
    print_pdf_pages,
    print_with_dialog,
    render_size,
)
from hearth_desk.ui.common.translation import install_translators, remove_translators
from tests.support.presenters import RecordingPresenter

A4 = QSizeF(595.28, 841.89)
A4_LANDSCAPE = QSizeF(841.89, 595.28)
LETTER = QSizeF(612, 792)
DRIVER = "HP LaserJet 1020 (USB001)"


class FakeDocument:
    """QPdfDocument's four calls the loop uses; records the pages it renders."""

    def __init__(self, sizes: list[QSizeF]) -> None:
        self.sizes = sizes
        self.rendered: list[tuple[int, QSize]] = []

    def pageCount(self) -> int:
        return len(self.sizes)

    def pagePointSize(self, index: int) -> QSizeF:
        return self.sizes[index]

    def render(self, index: int, size: QSize) -> QImage:
        self.rendered.append((index + 1, size))
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)  # QtPdf leaves the paper transparent
        return image


class FakePrinter:
    """A Windows printer as QPrinter reports it: 1200 dpi, a driver name, and a job
    that can be lost after ``lost_after`` pages (unplugged, out of paper)."""

    def __init__(self, dpi: int = 1200, lost_after: int | None = None) -> None:
        self.dpi, self.lost_after = dpi, lost_after
        self.sheets, self.aborted = 1, False
        self.settings: dict[str, Any] = {}
        self.range = (QPrinter.PrintRange.AllPages, 0, 0)

    def resolution(self) -> int:
        return self.dpi

    def newPage(self) -> bool:
        if self.lost_after is not None and self.sheets >= self.lost_after:
            return False
        self.sheets += 1
        return True

    def abort(self) -> bool:
        self.aborted = True
        return True

    def printerName(self) -> str:
        return DRIVER

    def outputFileName(self) -> str:
        return ""

    def setFullPage(self, on: bool) -> None:
        self.settings["full page"] = on

    def setPageSize(self, size: QPageSize) -> bool:
        self.settings["paper"] = size.id()
        return True

    def setPageOrientation(self, orientation: QPageLayout.Orientation) -> bool:
        self.settings["orientation"] = orientation
        return True

    def printRange(self) -> QPrinter.PrintRange:
        return self.range[0]

    def fromPage(self) -> int:
        return self.range[1]

    def toPage(self) -> int:
        return self.range[2]


class FakePainter:
    """Records what would reach the paper; ``opens`` is False for a printer that is off."""

    def __init__(self, opens: bool = True) -> None:
        self.opens, self.ended = opens, False
        self.drawn: list[tuple[QRect, QImage.Format]] = []

    def begin(self, device: object) -> bool:
        self.device = device
        return self.opens

    def end(self) -> bool:
        self.ended = True
        return True

    def viewport(self) -> QRect:
        return QRect(0, 0, 4960, 7016)

    def drawImage(self, rect: QRect, image: QImage) -> None:
        self.drawn.append((rect, image.format()))


def run(
    document: FakeDocument, printer: FakePrinter, painter: FakePainter, first: int, last: int
) -> tuple[int, list[tuple[int, int]]]:
    reports: list[tuple[int, int]] = []
    printed = print_pdf_pages(
        document,  # type: ignore[arg-type]
        printer,  # type: ignore[arg-type]
        first,
        last,
        lambda done, total: reports.append((done, total)) or True,
        lambda: painter,  # type: ignore[arg-type, return-value]
    )
    return printed, reports


def test_only_the_chosen_pages_reach_the_paper(qapp: QApplication) -> None:
    document, printer, painter = FakeDocument([A4] * 4), FakePrinter(), FakePainter()
    printed, reports = run(document, printer, painter, 2, 3)
    assert printed == 2 and reports == [(0, 2), (1, 2), (2, 2)]
    # 1200 dpi drivers get 600 dpi images: no 556 MB page on an old office PC.
    assert document.rendered == [(2, render_size(A4, 600)), (3, render_size(A4, 600))]
    assert printer.sheets == 2 and painter.device is printer and painter.ended
    # Painted opaque on white: some Windows drivers print transparency black.
    assert [image_format for _, image_format in painter.drawn] == [QImage.Format.Format_RGB32] * 2


def test_a_range_beyond_the_document_is_clamped(qapp: QApplication) -> None:
    document = FakeDocument([A4] * 3)
    printed, _ = run(document, FakePrinter(), FakePainter(), 0, 99)
    assert printed == 3 and [page for page, _ in document.rendered] == [1, 2, 3]


def test_a_printer_that_will_not_open_is_a_user_error(qapp: QApplication) -> None:
    document = FakeDocument([A4] * 2)
    with pytest.raises(UserError, match="cannot be reached") as refused:
        run(document, FakePrinter(), FakePainter(opens=False), 1, 2)
    assert DRIVER in str(refused.value)
    assert document.rendered == []


def test_a_printer_lost_between_pages_is_a_user_error(qapp: QApplication) -> None:
    document, painter = FakeDocument([A4] * 3), FakePainter()
    with pytest.raises(UserError, match="cannot be reached"):
        run(document, FakePrinter(lost_after=1), painter, 1, 3)
    assert [page for page, _ in document.rendered] == [1]
    assert painter.ended  # the job is closed, not left hanging in the spooler


def test_cancel_aborts_the_job(qapp: QApplication) -> None:
    document, printer, painter = FakeDocument([A4] * 3), FakePrinter(), FakePainter()
    printed = print_pdf_pages(
        document,  # type: ignore[arg-type]
        printer,  # type: ignore[arg-type]
        1,
        3,
        lambda done, _total: done < 1,
        lambda: painter,  # type: ignore[arg-type, return-value]
    )
    assert printed == 1 and printer.aborted and painter.ended


@pytest.mark.parametrize(
    ("size", "paper", "orientation"),
    [
        (A4, QPageSize.PageSizeId.A4, QPageLayout.Orientation.Portrait),
        (A4_LANDSCAPE, QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape),
        (LETTER, QPageSize.PageSizeId.Letter, QPageLayout.Orientation.Portrait),
    ],
)
def test_the_paper_matches_the_pdf(
    size: QSizeF, paper: QPageSize.PageSizeId, orientation: QPageLayout.Orientation
) -> None:
    printer = FakePrinter()
    match_paper(printer, FakeDocument([size, LETTER]))  # type: ignore[arg-type]
    assert printer.settings == {"full page": True, "paper": paper, "orientation": orientation}


def test_an_empty_document_leaves_the_paper_alone() -> None:
    printer = FakePrinter()
    match_paper(printer, FakeDocument([]))  # type: ignore[arg-type]
    assert printer.settings == {}


RANGE = QPrinter.PrintRange


@pytest.mark.parametrize(
    ("chosen", "pages"),
    [
        ((RANGE.AllPages, 0, 0), (1, 9)),
        ((RANGE.PageRange, 2, 5), (2, 5)),
        ((RANGE.PageRange, 4, 0), (4, 9)),  # "from 4" with no end
        ((RANGE.PageRange, 0, 0), (1, 9)),
        ((RANGE.CurrentPage, 0, 0), (7, 7)),
        ((RANGE.Selection, 0, 0), (1, 9)),
    ],
)
def test_the_dialogs_choice_of_pages(
    chosen: tuple[QPrinter.PrintRange, int, int], pages: tuple[int, int]
) -> None:
    printer = FakePrinter()
    printer.range = chosen
    assert chosen_pages(printer, 9, 7) == pages  # type: ignore[arg-type]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def test_no_printer_installed_is_said_in_chinese_without_a_dialog(
    chinese: None, errors: RecordingPresenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QPrintDialog] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    document = FakeDocument([A4])
    sent = print_with_dialog(document, "住户花名册", 1, None, errors, printers=list)  # type: ignore[arg-type]
    assert sent is None and opened == [] and document.rendered == []
    expected = QCoreApplication.translate("UserError", NO_PRINTER)
    assert expected.startswith("这台电脑上没有安装打印机")
    assert [text for _, text in errors.shown] == [expected]
