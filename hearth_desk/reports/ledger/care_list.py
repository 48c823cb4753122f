"""The care list (重点人群名单): the living residents who carry one care tag.

Staff take it on visits and meal deliveries, so it runs in the order of the grid
(building by building, door by door) on A4 landscape, numbered, with the header on
every page. Phones are masked unless full numbers are asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.masking import mask_phone
from hearth_desk.domain.models import CareTag, ResidentStatus
from hearth_desk.reports.kit.document import (
    REPORT_CONTEXT,
    Paper,
    ReportMeta,
    Translate,
    build_pdf,
    frame_size,
    title_block,
)
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column, long_table
from hearth_desk.reports.kit.text import MissingLog, TextBlock
from hearth_desk.reports.ledger.building_ledger import (
    NOTE_STYLE,
    community_heading,
    print_order_ids,
    scope_text,
)
from hearth_desk.services.community import get_community
from hearth_desk.services.ledger.export import ledger_records
from hearth_desk.services.ledger.query import GENDER_LABELS, ResidentFilter, age_on
from hearth_desk.services.progress import Progress

ROWS_PER_PAGE_GUESS = 22  # for the progress bar only


@dataclass(frozen=True)
class CareListRow:
    name: str
    gender: str  # 男 / 女
    age: int | None
    address: str
    phone: str  # masked unless full numbers were asked for
    tags: str  # every tag the resident carries, 独居老人、高龄
    notes: str


@dataclass(frozen=True)
class CareListData:
    heading: str | None
    tag: str
    scope: str  # the grid node, e.g. 和平里一区; "" for the whole community
    rows: tuple[CareListRow, ...]
    full_numbers: bool
    today: dt.date


def care_list_data(
    session: Session,
    tag_id: int,
    node_id: int | None = None,
    *,
    full_numbers: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CareListData:
    """The living residents carrying tag ``tag_id`` at or below ``node_id``."""
    today = today or dt.date.today()
    tag = session.get(CareTag, tag_id)
    ids = print_order_ids(
        session,
        ResidentFilter(node_id=node_id, tag_id=tag_id, status=ResidentStatus.LIVING),
        today,
    )
    message = QT_TRANSLATE_NOOP("Progress", "Reading the ledger…")
    rows = tuple(
        CareListRow(
            name=record.name,
            gender=GENDER_LABELS.get(record.gender, record.gender),
            age=age_on(record.birth_date, today),
            address=record.address,
            phone=record.phone if full_numbers else mask_phone(record.phone),
            tags="、".join(record.tags),
            notes=record.notes,
        )
        for record in ledger_records(session, ids, progress=progress, message=message)
    )
    community = get_community(session)
    return CareListData(
        heading=community.heading if community else None,
        tag=tag.name if tag is not None else "",
        scope=scope_text(session, node_id),
        rows=rows,
        full_numbers=full_numbers,
        today=today,
    )


def care_list_columns(t: Callable[[str], str]) -> list[Column]:
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "No.")), 0.55, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.2),
        Column(t(QT_TRANSLATE_NOOP("Report", "Gender")), 0.55, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Age in years")), 0.6, "right"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Address")), 3.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.45, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Care tags")), 2.0),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), 2.3),
    ]


def render_care_list(
    out: Path,
    data: CareListData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the care list on A4 landscape and write it to ``out``."""

    def t(text: str) -> str:
        return translate(REPORT_CONTEXT, text)

    log = MissingLog()
    title = t(QT_TRANSLATE_NOOP("Report", "Care list: {tag}")).format(tag=data.tag)
    meta = ReportMeta(
        title=f"{title}（{data.scope}）" if data.scope else title,
        heading=community_heading(t, data.heading),
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    width, height = frame_size(meta.paper)
    note = t(QT_TRANSLATE_NOOP("Report", "{count} residents.")).format(count=len(data.rows))
    if not data.full_numbers:
        note += " " + t(QT_TRANSLATE_NOOP("Report", "Phones are partly hidden."))
    story: list[Flowable] = title_block(meta, log)
    story += [TextBlock(note, NOTE_STYLE, log), Spacer(1, 2 * mm)]
    used = sum(flowable.wrap(width, height)[1] for flowable in story)
    story += long_table(
        care_list_columns(t),
        (
            [
                str(number),
                row.name,
                row.gender,
                "" if row.age is None else str(row.age),
                row.address,
                row.phone,
                row.tags,
                row.notes,
            ]
            for number, row in enumerate(data.rows, start=1)
        ),
        width=width,
        page_height=height,
        first_page_height=height - used,
        log=log,
        empty_text=t(QT_TRANSLATE_NOOP("Report", "No residents to list.")),
        total_rows=len(data.rows),
        progress=progress,
    )
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, len(data.rows) // ROWS_PER_PAGE_GUESS),
    )
