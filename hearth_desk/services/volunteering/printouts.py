"""The yearbook's plain data (年度志愿服务统计): the community's name and the year's
figures, gathered in a session for ``reports/volunteering/yearbook.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress
from hearth_desk.services.volunteering.figures import YearFigures, year_figures

READING = QT_TRANSLATE_NOOP("Progress", "Reading the year's service…")


class YearChoice(Protocol):
    """Which year and team: the printout catalogue's one choice (``LedgerChoice``)."""

    @property
    def year(self) -> int | None: ...

    @property
    def team_id(self) -> int | None: ...


@dataclass(frozen=True)
class YearbookData:
    heading: str | None  # the community's full name
    figures: YearFigures
    printed_on: dt.date


def yearbook_for(
    session: Session, choice: YearChoice, progress: Progress | None = None
) -> YearbookData:
    """The chosen year's figures (this year when none is chosen), for one team or all."""
    today = dt.date.today()
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    figures = year_figures(session, choice.year or today.year, choice.team_id)
    progress.report(1, 1, READING)
    return YearbookData(community_heading(session), figures, today)
