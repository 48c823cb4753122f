"""The register of certificates (出具登记簿) on paper, A4 landscape: every certificate
of the year by number, voided ones marked with their reason, and how often each was
printed again. Kept in the office's file beside the certificates' copies; the ID
numbers are masked, as the register's full numbers stay in the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.certificates.publicity import publicity_columns
from hearth_desk.reports.kit.document import (
    Paper,
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, long_table
from hearth_desk.reports.kit.text import MissingLog
from hearth_desk.services.certificates.issuing import hours_text
from hearth_desk.services.certificates.printouts import RegisterData
from hearth_desk.services.certificates.register import KIND_NAMES, RegisterRow, period_text
from hearth_desk.services.progress import Progress


def register_columns(t: Callable[[str], str]) -> list[Column]:
    return [
        *publicity_columns(t),
        Column(t(QT_TRANSLATE_NOOP("Report", "Issued on")), 0.9, "center", ("2026-12-31",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Handler")), 0.6),
        Column(t(QT_TRANSLATE_NOOP("Report", "Reprints")), 0.45, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Status")), 1.1),
    ]


def _cells(number: int, row: RegisterRow, t: Callable[[str], str]) -> list[str]:
    status = t(QT_TRANSLATE_NOOP("Report", "Valid"))
    if row.voided:
        status = t(QT_TRANSLATE_NOOP("Report", "Voided: {reason}")).format(reason=row.void_reason)
    return [
        str(number), row.number, t(KIND_NAMES[row.kind]), row.person_name, row.id_number,
        period_text(row.period_start, row.period_end), hours_text(row.hours),
        row.issued_on.isoformat(), row.issued_by, str(row.reprints), status,
    ]  # fmt: skip


def render_register(
    out: Path, data: RegisterData, translate: Translate, progress: Progress | None = None
) -> RenderResult:
    """The register of ``data``'s year to ``out``."""
    t = report_words(translate)
    log = MissingLog()
    title = t(QT_TRANSLATE_NOOP("Report", "Register of certificates issued in {year}"))
    meta = report_meta(translate, title.format(year=data.year), data.heading,
                       paper=Paper.A4_LANDSCAPE)  # fmt: skip
    width, height = frame_size(meta.paper)
    note = t(QT_TRANSLATE_NOOP("Report", "ID numbers partly hidden; the store keeps them whole."))
    story = opening(meta, log, note)
    rows = (_cells(n, row, t) for n, row in enumerate(data.rows, start=1))
    story += long_table(
        register_columns(t),
        rows,
        width=width,
        page_height=height,
        first_page_height=room_left(story, meta.paper),
        log=log,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No certificates were issued in this year.")),
        total_rows=len(data.rows),
        progress=progress,
    )
    return build_pdf(out, meta, story, translate, log, progress)
