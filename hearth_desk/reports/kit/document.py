"""Page templates: paper sizes, margins, the title block, the note and the footer.

Every printout shares them: margins a cheap office printer does not clip (15 mm),
the community's name on top, the title (with the part of the grid it covers), a
note line under it, and 第 X 页 / 共 Y 页 with the print date below.
The total page count is only known at the end, so pages are kept until the
document is saved and the footers drawn then (``_NumberedCanvas``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.fonts import SANS, TITLE, register
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle, draw_line, shaper_for
from hearth_desk.services.progress import Progress
from hearth_desk.services.user_files import replacing

MARGIN = 15 * mm
HEADER_SPACE = 9 * mm  # running header above the frame
FOOTER_SPACE = 9 * mm
REPORT_CONTEXT = "Report"


def cannot_write_pdf(out: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "Cannot write the PDF to {path}: {reason}"),
        path=str(out),
        reason=error.strerror or str(error),
    )


class Paper(enum.Enum):
    A4_PORTRAIT = "a4"
    A4_LANDSCAPE = "a4-landscape"
    A3_PORTRAIT = "a3"
    A3_LANDSCAPE = "a3-landscape"

    @property
    def size(self) -> tuple[float, float]:
        return {
            Paper.A4_PORTRAIT: portrait(A4),
            Paper.A4_LANDSCAPE: landscape(A4),
            Paper.A3_PORTRAIT: portrait(A3),
            Paper.A3_LANDSCAPE: landscape(A3),
        }[self]


@dataclass(frozen=True)
class ReportMeta:
    title: str  # e.g. 社区概况, already in the print language
    heading: str  # the community's full name, heads every page
    paper: Paper = Paper.A4_PORTRAIT
    printed_on: dt.date | None = None
    # A word at the left of every page's footer, such as who the printout is for (the
    # class roster's 仅供班级联系使用); "" for none.
    footnote: str = ""


HEADER_STYLE = TextStyle(size=9.5, leading=12)
FOOTER_STYLE = TextStyle(size=9.5, leading=12)
TITLE_STYLE = TextStyle(chain=TITLE, size=20, leading=28, align="center")
SUBTITLE_STYLE = TextStyle(size=12, leading=18, align="center")


NOTE_STYLE = TextStyle(size=11, leading=16)


def report_words(translate: Translate) -> Callable[[str], str]:
    """The reports' own strings (context "Report") in the language of the printout."""
    return partial(translate, REPORT_CONTEXT)


def report_meta(
    translate: Translate,
    title: str,
    heading: str | None,
    *,
    scope: str = "",
    paper: Paper = Paper.A4_PORTRAIT,
    printed_on: dt.date | None = None,
) -> ReportMeta:
    """A printout's title, with the part of the grid it covers (楼栋台账（和平里一区3栋）),
    and its heading: the community's full name, or a note that it is not set."""
    return ReportMeta(
        title=f"{title}（{scope}）" if scope else title,
        heading=heading
        or report_words(translate)(QT_TRANSLATE_NOOP("Report", "(community name not set)")),
        paper=paper,
        printed_on=printed_on,
    )


def frame_size(paper: Paper) -> tuple[float, float]:
    width, height = paper.size
    return width - 2 * MARGIN, height - 2 * MARGIN - HEADER_SPACE - FOOTER_SPACE


def title_block(meta: ReportMeta, log: MissingLog) -> list[Flowable]:
    """The first page's heading: the community's name, then the report's title."""
    return [
        TextBlock(meta.heading, SUBTITLE_STYLE, log),
        TextBlock(meta.title, TITLE_STYLE, log),
        Spacer(1, 4 * mm),
    ]


def opening(meta: ReportMeta, log: MissingLog, note: str = "") -> list[Flowable]:
    """The first page down to the report's body: the title block, then ``note`` (what
    is counted, what is hidden) when there is one."""
    story = title_block(meta, log)
    if note:
        story += [TextBlock(note, NOTE_STYLE, log), Spacer(1, 2 * mm)]
    return story


def room_left(story: Sequence[Flowable], paper: Paper) -> float:
    """The height left on the first page under ``story``, for a table that follows."""
    width, height = frame_size(paper)
    return height - sum(flowable.wrap(width, height)[1] for flowable in story)


class _NumberedCanvas(Canvas):
    """Holds pages back until ``save`` so each footer can say how many there are."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def build_pdf(
    out: Path,
    meta: ReportMeta,
    story: Sequence[Flowable],
    translate: Translate,
    log: MissingLog,
    progress: Progress | None = None,
    expected_pages: int = 0,
) -> RenderResult:
    """Lay ``story`` out on ``meta.paper`` and write it to ``out`` atomically.

    The PDF is written to a private temporary file beside ``out`` and renamed at the
    end, so a cancelled or failed build never leaves a half file under the real name;
    a link, folder or device in ``out``'s place is refused (``services/user_files``).
    """
    register(SANS)  # the canvas's initial font; other faces register when text needs them
    progress = progress or Progress.silent()
    printed_on = meta.printed_on or dt.date.today()
    width, height = meta.paper.size
    header_shaper = shaper_for(HEADER_STYLE)
    footer_shaper = shaper_for(FOOTER_STYLE)
    page_label = translate(REPORT_CONTEXT, QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"))
    date_label = translate(REPORT_CONTEXT, QT_TRANSLATE_NOOP("Report", "Printed {date}")).format(
        date=f"{printed_on.year}年{printed_on.month}月{printed_on.day}日"
    )
    running_header = f"{meta.heading} · {meta.title}"

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.6)
        top = height - MARGIN - HEADER_SPACE + 2 * mm
        if number > 1:
            draw_line(canvas, header_shaper, MARGIN, top + 1.2 * mm, running_header)
            canvas.line(MARGIN, top, width - MARGIN, top)
        baseline = MARGIN
        canvas.line(
            MARGIN,
            baseline + FOOTER_SPACE - 3 * mm,
            width - MARGIN,
            baseline + FOOTER_SPACE - 3 * mm,
        )
        if meta.footnote:
            draw_line(canvas, footer_shaper, MARGIN, baseline, meta.footnote)
        label = page_label.format(page=number, pages=total)
        draw_line(canvas, footer_shaper, (width - footer_shaper.width(label)) / 2, baseline, label)
        draw_line(
            canvas,
            footer_shaper,
            width - MARGIN - footer_shaper.width(date_label),
            baseline,
            date_label,
        )
        canvas.restoreState()

    frame_width, frame_height = frame_size(meta.paper)
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_SPACE,
        frame_width,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    pages_done = 0

    def after_page(_canvas: Canvas, _doc: BaseDocTemplate) -> None:
        nonlocal pages_done
        pages_done += 1
        progress.report(
            pages_done,
            max(expected_pages, pages_done + 1),
            QT_TRANSLATE_NOOP("Progress", "Laying out pages…"),
        )

    # Written beside the target and renamed over it only when whole (services/user_files).
    with replacing(out, partial(cannot_write_pdf, out)) as temporary:
        document = BaseDocTemplate(
            str(temporary),
            pagesize=(width, height),
            title=meta.title,
            author=meta.heading,
            creator="Hearth Desk",
            initialFontName=SANS.name,  # else the canvas names Helvetica, unembedded
            initialFontSize=10.5,
            pageTemplates=[PageTemplate(id="page", frames=[frame], onPageEnd=after_page)],
        )
        document.build(
            list(story), canvasmaker=lambda *a, **k: _NumberedCanvas(*a, decorate=decorate, **k)
        )
    return RenderResult(path=out, pages=pages_done, missing=list(log.items))
