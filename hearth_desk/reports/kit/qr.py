"""QR codes drawn straight onto a page, made offline with ReportLab's encoder.

ReportLab's widget tries all eight mask patterns (a dozen milliseconds a code) and
draws one rectangle object per run; four hundred cards would spend seconds there.
Any mask is valid QR, so one fixed mask is used, and the dark runs of a code are
filled as one path. The encoder also rebuilds the same Reed–Solomon generator
polynomial for every block of every code (a third of its time); it depends only on
the block's error-correction length and is never changed, so it is built once.
"""

from __future__ import annotations

import functools
import itertools

from reportlab.graphics.barcode.qrencoder import (
    QR8bitByte,
    QRCode,
    QRErrorCorrectLevel,
    QRUtil,
)
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MASK = 2  # any of 0–7 decodes; a fixed one saves trying all eight


if not hasattr(QRUtil.getErrorCorrectPolynomial, "cache_info"):
    QRUtil.getErrorCorrectPolynomial = staticmethod(  # type: ignore[method-assign]
        functools.cache(QRUtil.getErrorCorrectPolynomial)
    )


def qr_modules(text: str) -> list[list[bool]]:
    """The dark modules of ``text`` (UTF-8 bytes, error correction M), row by row."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QR8bitByte(text.encode("utf-8")))
    code.version = code.calculate_version()
    code.makeImpl(False, MASK)
    return [[bool(dark) for dark in row] for row in code.modules]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text``'s code in the square of side ``size`` whose lower left is (x, y),
    quiet zone included (the square is white, so nothing may be printed in it)."""
    modules = qr_modules(text)
    count = len(modules)
    box = size / (count + 2 * QUIET_ZONE)
    path = canvas.beginPath()
    for row_number, row in enumerate(modules):
        top = y + size - (row_number + QUIET_ZONE + 1) * box
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                # A hair wider, so neighbouring rows leave no white seams in viewers.
                path.rect(x + (column + QUIET_ZONE) * box, top, length * box, box * 1.02)
            column += length
    canvas.drawPath(path, stroke=0, fill=1)
