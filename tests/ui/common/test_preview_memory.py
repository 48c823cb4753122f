"""Closing a preview lets go of its document at once and hands the heap back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.ui.common import memory, print_preview
from hearth_desk.ui.common.print_preview import PrintPreviewDialog
from tests.support.presenters import RecordingPresenter


def test_closing_deletes_the_document_and_releases_free_memory(
    qtbot: QtBot, tmp_path: Path, errors: RecordingPresenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "two.pdf"
    drawing = canvas.Canvas(str(pdf))
    for page in range(2):
        drawing.drawString(100, 700, f"page {page + 1}")
        drawing.showPage()
    drawing.save()
    released: list[bool] = []
    monkeypatch.setattr(print_preview, "release_free_memory", lambda: released.append(True))

    def render(_progress: object, target: Path) -> RenderResult:
        target.write_bytes(pdf.read_bytes())
        return RenderResult(target, 2)

    dialog = PrintPreviewDialog("t", render, errors)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.render_result is not None, timeout=10_000)
    document = dialog.document
    assert document.pageCount() == 2
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(document)  # gone with its pages, not kept by the dialog
    assert released == [True]


@pytest.mark.skipif(
    not sys.platform.startswith(("linux", "win32")), reason="no heap trimming elsewhere"
)
def test_release_free_memory_works_here() -> None:
    assert memory.release_free_memory() is True  # malloc_trim on Linux, _heapmin on Windows
