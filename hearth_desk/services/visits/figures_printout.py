"""The figures page's plain data (走访与问题办理统计): the community's name and the
period's figures, gathered in a session for ``reports/visits/figures_page.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.figures import VisitFigures, visit_figures

READING = QT_TRANSLATE_NOOP("Progress", "Counting the visits and problems…")


class PeriodChoice(Protocol):
    """Which period: the printout catalogue's one choice (``LedgerChoice``)."""

    @property
    def date_from(self) -> dt.date | None: ...

    @property
    def date_to(self) -> dt.date | None: ...


@dataclass(frozen=True)
class FiguresPageData:
    heading: str | None  # the community's full name
    figures: VisitFigures
    printed_on: dt.date


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """This year so far, when no period was chosen."""
    return dt.date(today.year, 1, 1), today


def figures_page_for(
    session: Session, choice: PeriodChoice, progress: Progress | None = None
) -> FiguresPageData:
    """The chosen period's figures (this year so far when none is chosen)."""
    today = dt.date.today()
    start, end = default_period(today)
    progress = progress or Progress.silent()
    progress.report(0, 1, READING)
    figures = visit_figures(session, choice.date_from or start, choice.date_to or end)
    progress.report(1, 1, READING)
    return FiguresPageData(community_heading(session), figures, today)
