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
from hearth_desk.services.certificates.printouts import RegisterData
from hearth_desk.services.certificates.register import RegisterRow, period_text
from hearth_desk.services.events.hours import hours_text
from hearth_desk.services.progress import Progress


def register_columns(t: Callable[[str], str]) -> list[Column]:
    """The notice's columns without its running number (the certificate's number is
    the register's) and kind (the number says it); then when, by whom, how often
    printed again, and the status, with room for a void's reason."""
    number, _kind, *person = publicity_columns(t)[1:]  # the kind is in the number (志证, 荣证)
    return [
        number,
        *person,
        Column(t(QT_TRANSLATE_NOOP("Report", "Issued on")), 0.9, "center", ("2026-12-31",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Handler")), 0.6, "left", ("欧阳明明",)),
        Column(t(QT_TRANSLATE_NOOP("Report", "Reprints")), 0.5, "right", ("补打次数",)),
        Column(
            t(QT_TRANSLATE_NOOP("Report", "Status")),
            1.8,
            "left",
            (t(QT_TRANSLATE_NOOP("Report", "Voided: {reason}")).format(reason="遗失"),),
        ),
    ]


def _cells(row: RegisterRow, t: Callable[[str], str]) -> list[str]:
    status = t(QT_TRANSLATE_NOOP("Report", "Valid"))
    if row.voided:
        status = t(QT_TRANSLATE_NOOP("Report", "Voided: {reason}")).format(reason=row.void_reason)
    return [
        row.number, row.person_name, row.id_number,
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
    rows = (_cells(row, t) for row in data.rows)
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
