"""The connected-heart tree as a wall poster (党群连心树海报), from ``PosterData``.

``poster_layout`` decides where everything goes; this module paints it: the trunk
with the organisation, each team a branch in its colour, one leaf per member (work
unit, name in bold, the full phone: residents are meant to call), the soil with the
residents served, and the community's heading on top. The poster is painted once
into a form; a tiled print places that form on each sheet (``poster_tiles``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfgen.canvas import Canvas

from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import cannot_write_pdf, report_words
from hearth_desk.reports.kit.fonts import SANS, register
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.text import MissingLog, draw_line, shaper_for
from hearth_desk.reports.tree.poster_layout import (
    BranchPlace,
    LeafPlace,
    PosterLayout,
    Text,
    layout_poster,
)
from hearth_desk.reports.tree.poster_tiles import TILE_SHEETS, draw_tiles
from hearth_desk.reports.tree.shapes import (
    Outline,
    leaf_frame,
    leaf_outline,
    limb_outline,
    tint_rgb,
)
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree.printouts import PosterData
from hearth_desk.services.user_files import replacing

FORM = "poster"
BARK = HexColor("#7A4E2D")
PANEL = HexColor("#FFF6E6")
SOIL = HexColor("#E6CFA7")
SOIL_EDGE = HexColor("#9C7A4B")
GRASS = HexColor("#5B8C3A")
RED = HexColor("#B3261E")
PAPER = HexColor("#FFFDF8")


def tint(colour: Color, lightness: float = 0.8) -> Color:
    """``colour`` mixed with white until black text on it reads well."""
    return Color(*tint_rgb((colour.red, colour.green, colour.blue), lightness))


def _path(canvas: Canvas, outline: Outline) -> Any:
    path = canvas.beginPath()
    path.moveTo(*outline.start)
    for segment in outline.segments:
        if len(segment) == 1:
            path.lineTo(*segment[0])
        else:
            path.curveTo(*segment[0], *segment[1], *segment[2])
    path.close()
    return path


def _colour(code: str) -> Color:
    try:
        return HexColor(code)
    except ValueError:
        return HexColor("#2E7D32")


def _write(canvas: Canvas, text: Text, log: MissingLog) -> None:
    shaper = shaper_for(text.style)
    draw_line(canvas, shaper, text.box.x, text.baseline, text.text)
    missing = shaper.missing(text.text)
    if missing:
        log.add(text.text, missing, 1)


def _leaf(canvas: Canvas, place: LeafPlace, colour: Color, scale: float) -> None:
    """A leaf: a stem towards the trunk, a full body that holds the text, a pointed tip."""
    frame = leaf_frame(place, scale)
    canvas.setFillColor(tint(colour))
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(1.1 * scale)
    canvas.drawPath(_path(canvas, leaf_outline(frame)), stroke=1, fill=1)
    canvas.setLineWidth(1.8 * scale)
    base = frame.base
    canvas.line(base - frame.direction * frame.stem, frame.centre_y, base, frame.centre_y)
    canvas.setLineWidth(0.9 * scale)
    canvas.line(*frame.at(0.9, 0), *frame.at(1, 0))


def _limb(canvas: Canvas, branch: BranchPlace, colour: Color, layout: PosterLayout) -> None:
    """The branch: thick at the trunk, thinning outwards, curving slightly up."""
    canvas.setFillColor(colour)
    outline = limb_outline(branch.limb, layout.trunk, layout.scale)
    canvas.drawPath(_path(canvas, outline), stroke=0, fill=1)


def _label(canvas: Canvas, branch: BranchPlace, colour: Color, scale: float) -> None:
    if not branch.label:
        return
    box = branch.label_box
    canvas.setFillColor(tint(colour, 0.85))
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(2 * scale)
    canvas.roundRect(box.x, box.y, box.w, box.h, box.h * 0.3, stroke=1, fill=1)


def _trunk(canvas: Canvas, layout: PosterLayout) -> None:
    trunk = layout.trunk
    flare = trunk.w * 0.45
    path = canvas.beginPath()
    path.moveTo(trunk.x - flare, trunk.y)
    path.curveTo(trunk.x, trunk.y, trunk.x, trunk.y + flare, trunk.x, trunk.y + flare * 2)
    path.lineTo(trunk.x + trunk.w * 0.08, trunk.top)
    path.lineTo(trunk.right - trunk.w * 0.08, trunk.top)
    path.lineTo(trunk.right, trunk.y + flare * 2)
    path.curveTo(trunk.right, trunk.y + flare, trunk.right, trunk.y, trunk.right + flare, trunk.y)
    path.close()
    canvas.setFillColor(BARK)
    canvas.drawPath(path, stroke=0, fill=1)
    if layout.trunk_texts:
        texts = [text.box for text in layout.trunk_texts]
        left = min(box.x for box in texts) - 8 * layout.scale
        right = max(box.right for box in texts) + 8 * layout.scale
        bottom = min(box.y for box in texts) - 8 * layout.scale
        top = max(box.top for box in texts) + 8 * layout.scale
        canvas.setFillColor(PANEL)
        canvas.roundRect(
            left, bottom, right - left, top - bottom, 10 * layout.scale, stroke=0, fill=1
        )


def _ground(canvas: Canvas, layout: PosterLayout) -> None:
    ground = layout.ground
    wave = ground.h * 0.12
    path = canvas.beginPath()
    path.moveTo(ground.x, ground.y)
    path.lineTo(ground.x, ground.top - wave)
    quarter = ground.w / 4
    for step in range(4):
        x = ground.x + step * quarter
        path.curveTo(
            x + quarter / 3,
            ground.top,
            x + quarter * 2 / 3,
            ground.top - 2 * wave,
            x + quarter,
            ground.top - wave,
        )
    path.lineTo(ground.right, ground.y)
    path.close()
    canvas.setFillColor(SOIL)
    canvas.setStrokeColor(GRASS)
    canvas.setLineWidth(4 * layout.scale)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(SOIL_EDGE)
    canvas.setLineWidth(1.5 * layout.scale)
    canvas.rect(ground.x, ground.y, ground.w, ground.h - wave, stroke=0, fill=0)


def paint(canvas: Canvas, layout: PosterLayout, log: MissingLog) -> None:
    """Paint the whole poster at its own size, origin at its lower left corner."""
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, layout.width, layout.height, stroke=0, fill=1)
    _ground(canvas, layout)
    _trunk(canvas, layout)
    for branch in layout.branches:
        colour = _colour(branch.branch.colour)
        _limb(canvas, branch, colour, layout)
        _label(canvas, branch, colour, layout.scale)
        for leaf in branch.leaves:
            _leaf(canvas, leaf, colour, layout.scale)
    canvas.setFillColor(black)
    _write(canvas, layout.title[0], log)
    canvas.setFillColor(RED)
    for text in layout.title[1:]:
        _write(canvas, text, log)
    canvas.setFillColor(black)
    for text in layout.trunk_texts:
        _write(canvas, text, log)
    _write(canvas, layout.ground_text, log)
    for branch in layout.branches:
        for text in branch.label:
            _write(canvas, text, log)
        for leaf in branch.leaves:
            for text in leaf.texts:
                _write(canvas, text, log)


def render_poster(
    out: Path,
    data: PosterData,
    translate: Translate,
    progress: Progress | None = None,
    *,
    size: str = "A1",
    tile: str | None = None,
) -> RenderResult:
    """Write the poster at ``size``, or tiled onto ``tile`` sheets, to ``out``.

    Raises a UserError, before anything is written, when the members do not fit
    ``size`` with readable text (``poster_layout``)."""
    progress = progress or Progress.silent()
    t = report_words(translate)
    layout = layout_poster(data, t, size)
    if tile is not None and tile not in TILE_SHEETS:
        raise ValueError(f"unknown sheet {tile!r}")
    register(SANS)
    log = MissingLog()
    progress.report(0, 1, "")
    with replacing(out, partial(cannot_write_pdf, out)) as temporary:
        canvas = Canvas(
            str(temporary),
            pagesize=(layout.width, layout.height),
            initialFontName=SANS.name,
            initialFontSize=12,
        )
        heading = layout.title[0].text
        canvas.setTitle(f"{heading} · {layout.title[1].text}")
        canvas.setAuthor(heading)
        canvas.setCreator("Hearth Desk")
        canvas.beginForm(FORM, 0, 0, layout.width, layout.height)
        paint(canvas, layout, log)
        canvas.endForm()
        if tile is None:
            canvas.doForm(FORM)
            canvas.showPage()
            pages = 1
        else:
            pages = draw_tiles(canvas, FORM, layout.width, layout.height, tile, t)
        canvas.save()
    progress.report(1, 1, "")
    return RenderResult(path=out, pages=pages, missing=list(log.items))
