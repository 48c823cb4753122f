"""``export events``: one row per event with its counts, for the yearly figures a
street office asks for (活动统计)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import Event, EventHelper, ServiceTeam
from hearth_desk.domain.vocabulary import EVENT_KIND_CHINESE, EVENT_STATUS_CHINESE
from hearth_desk.services.events.events import planned
from hearth_desk.services.events.listing import time_span
from hearth_desk.services.events.tallies import event_totals
from hearth_desk.services.spreadsheets import cell_value, new_sheet, save

SHEET_TITLE = "活动统计"
HEADER = ("编号", "活动名称", "类型", "日期", "时间", "地点", "组织服务队", "名额", "报名",
          "候补", "签到", "其中现场", "未到", "服务人次", "志愿者人数", "状态")  # fmt: skip
WIDTHS = (6, 24, 10, 12, 13, 24, 16, 6, 6, 6, 6, 8, 6, 9, 10, 8)
KIND_WORDS = {code: word for word, code in EVENT_KIND_CHINESE.items()}


def export_events(session: Session, out: Path, *, year: int | None = None) -> int:
    """Write the events (of ``year``) to the .xlsx ``out``, by date; the rows written."""
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Export events to a file ending in .xlsx, not “{name}”."
            ),
            name=out.name,
        )
    rows = event_rows(session, year)
    workbook, sheet = new_sheet(SHEET_TITLE, HEADER, WIDTHS)
    for values in rows:
        sheet.append([cell_value(value) for value in values])
        sheet.cell(sheet.max_row, 4).number_format = "yyyy-mm-dd"
    save(workbook, out)
    return len(rows)


def event_rows(session: Session, year: int | None = None) -> list[tuple[Any, ...]]:
    query = select(Event).where(planned()).order_by(Event.date, Event.start_time, Event.id)
    if year is not None:
        query = query.where(Event.date >= dt.date(year, 1, 1), Event.date <= dt.date(year, 12, 31))
    teams = dict(session.execute(select(ServiceTeam.id, ServiceTeam.name)).all())
    helpers = dict(
        session.execute(
            select(EventHelper.event_id, func.count()).group_by(EventHelper.event_id)
        ).all()
    )
    rows = []
    for event in session.scalars(query):
        totals = event_totals(session, event.id)
        team = teams.get(event.team_id, "") if event.team_id else ""
        times = time_span(event.start_time, event.end_time)
        rows.append((
            event.id, event.title, KIND_WORDS.get(event.kind, event.kind), event.date, times,
            event.place or "", team, event.capacity, totals.signed_up, totals.waiting,
            totals.checked_in, totals.on_site, totals.absent, totals.served,
            helpers.get(event.id, 0), EVENT_STATUS_CHINESE.get(event.status, event.status),
        ))  # fmt: skip
    return rows
