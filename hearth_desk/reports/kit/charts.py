"""Bar charts drawn straight into the PDF, in the kit's faces.

One chart code serves paper and screen: the window shows the same PDF through the
QtPdf preview, so what staff read at a glance is what they put in a report. Labels
go through the kit's shaper, so a rare name (王𠮷) falls back to a face that has it or
is reported missing with its page, as in every other printout; ReportLab's own chart
widgets draw in one font and would drop such characters silently.

Vertical bars for a sequence (the months), horizontal bars for ranked names (teams,
top volunteers). Values are written at the end of each bar: a printed chart is read
without a ruler.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, black
from reportlab.platypus import Flowable

from hearth_desk.reports.kit.text import MissingLog, TextStyle, draw_line, shaper_for

BAR_COLOUR = HexColor("#C0392B")  # the party red, dark enough for a grey printer
GRID_COLOUR = HexColor("#BBBBBB")
LABEL_STYLE = TextStyle(size=9, leading=11)
VALUE_STYLE = TextStyle(size=8.5, leading=10)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def nice_top(value: float, ticks: int = 5) -> tuple[float, float]:
    """A round top for the scale at or above ``value``, and its tick step (1, 2 or 5
    times a power of ten), so gridlines fall on numbers people read."""
    if value <= 0:
        return 1.0, 1.0
    rough = value / ticks
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return math.ceil(value / step) * step, step


def plain_number(value: float) -> str:
    """12, 12.5: no trailing .0 on whole numbers."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


class BarChart(Flowable):
    """``bars`` as a chart of ``width`` × ``height`` points."""

    def __init__(
        self,
        bars: Sequence[Bar],
        *,
        width: float,
        height: float,
        log: MissingLog,
        horizontal: bool = False,
        value_text: Callable[[float], str] = plain_number,
        colour: Color = BAR_COLOUR,
    ) -> None:
        super().__init__()
        self.bars, self.width, self.height = list(bars), width, height
        self.log, self.horizontal = log, horizontal
        self.value_text, self.colour = value_text, colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._note_missing()
        if self.horizontal:
            self._draw_horizontal(canvas)
        else:
            self._draw_vertical(canvas)
        canvas.restoreState()

    def _note_missing(self) -> None:
        shaper = shaper_for(LABEL_STYLE)
        page = self.canv.getPageNumber()
        for bar in self.bars:
            missing = shaper.missing(bar.label)
            if missing:
                self.log.add(bar.label, missing, page)

    # --- the months: bars standing on an axis with a scale on the left ---------------

    def _draw_vertical(self, canvas: object) -> None:
        labels, values = shaper_for(LABEL_STYLE), shaper_for(VALUE_STYLE)
        top, step = nice_top(max((bar.value for bar in self.bars), default=0))
        scale_width = max(labels.width(plain_number(top)), 12) + 6
        left, bottom = scale_width, LABEL_STYLE.leading + 4
        plot_width, plot_height = self.width - left, self.height - bottom - VALUE_STYLE.leading
        canvas.setLineWidth(0.4)  # type: ignore[attr-defined]
        tick = 0.0
        while tick <= top + step / 2:
            y = bottom + plot_height * tick / top
            canvas.setStrokeColor(GRID_COLOUR)  # type: ignore[attr-defined]
            canvas.line(left, y, self.width, y)  # type: ignore[attr-defined]
            text = plain_number(tick)
            canvas.setFillColor(black)  # type: ignore[attr-defined]
            draw_line(canvas, labels, left - 4 - labels.width(text), y - 3, text)
            tick += step
        slot = plot_width / max(len(self.bars), 1)
        for index, bar in enumerate(self.bars):
            x = left + index * slot
            height = plot_height * bar.value / top
            canvas.setFillColor(self.colour)  # type: ignore[attr-defined]
            canvas.rect(x + slot * 0.18, bottom, slot * 0.64, height, stroke=0, fill=1)  # type: ignore[attr-defined]
            canvas.setFillColor(black)  # type: ignore[attr-defined]
            centre = x + slot / 2
            draw_line(canvas, labels, centre - labels.width(bar.label) / 2, 2, bar.label)
            if bar.value:
                text = self.value_text(bar.value)
                draw_line(canvas, values, centre - values.width(text) / 2,
                          bottom + height + 2, text)  # fmt: skip
        canvas.setStrokeColor(black)  # type: ignore[attr-defined]
        canvas.line(left, bottom, self.width, bottom)  # type: ignore[attr-defined]

    # --- ranked names: a label on the left, its bar to the right ---------------------

    def _draw_horizontal(self, canvas: object) -> None:
        labels, values = shaper_for(LABEL_STYLE), shaper_for(VALUE_STYLE)
        top = max((bar.value for bar in self.bars), default=0) or 1.0
        label_width = min(max((labels.width(b.label) for b in self.bars), default=0) + 6,
                          self.width * 0.4)  # fmt: skip
        widest_value = max((values.width(self.value_text(b.value)) for b in self.bars),
                           default=0) + 6  # fmt: skip
        plot_width = self.width - label_width - widest_value
        slot = self.height / max(len(self.bars), 1)
        for index, bar in enumerate(self.bars):
            y = self.height - (index + 1) * slot
            canvas.setFillColor(black)  # type: ignore[attr-defined]
            draw_line(canvas, labels, label_width - 6 - labels.width(bar.label),
                      y + slot / 2 - 3, bar.label)  # fmt: skip
            length = plot_width * bar.value / top
            canvas.setFillColor(self.colour)  # type: ignore[attr-defined]
            canvas.rect(label_width, y + slot * 0.2, length, slot * 0.6, stroke=0, fill=1)  # type: ignore[attr-defined]
            canvas.setFillColor(black)  # type: ignore[attr-defined]
            draw_line(canvas, values, label_width + length + 3, y + slot / 2 - 3,
                      self.value_text(bar.value))  # fmt: skip
        canvas.setStrokeColor(black)  # type: ignore[attr-defined]
        canvas.setLineWidth(0.6)  # type: ignore[attr-defined]
        canvas.line(label_width, 0, label_width, self.height)  # type: ignore[attr-defined]
