"""Where everything on the wall poster goes: pure geometry, no drawing.

The poster is laid out before a single line is drawn, so that tests can check the
rectangles (no two leaves overlap, no two texts overlap, no text under the floor)
and so that a tree too big for the paper is refused before anything is written.

The trunk stands in the middle; the branches (service teams) go left and right,
each to the side that is shorter so far, so both sides carry the same weight. Each
branch owns a band as tall as its leaves need: a label and the branch itself on top,
then its leaves in columns, each leaf under the shortest column so far (leaves with
a two-line work unit are taller), growing out from the trunk. Text sizes are fixed for A1
and scaled with the paper; they never shrink to make more members fit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.units import mm

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.reports.kit.fonts import BODY, TITLE
from hearth_desk.reports.kit.linebreak import break_lines, units
from hearth_desk.reports.kit.text import TextStyle, shaper_for
from hearth_desk.services.tree.printouts import Branch, Leaf, PosterData

# Paper (portrait, mm) and how text scales on it: A1 is the reference.
PAPERS: dict[str, tuple[float, float, float]] = {
    "A3": (297, 420, 0.5),
    "A2": (420, 594, 0.71),
    "A1": (594, 841, 1.0),
    "A0": (841, 1189, 1.41),
}
SIZES = tuple(PAPERS)  # smallest first
FLOOR_AT_A1 = 12.0  # pt: nothing on the poster is smaller (names are bigger still)
# A small poster is read from closer, so its text scales down with the paper, but never
# below this: under 8 pt nothing reads on a wall.
SMALLEST_FLOOR = 8.0
MOST_GROWTH = 2.0  # a small tree's text grows to at most twice its size
GROWTH_STEPS = 6  # halvings in the search for the largest size that fits
ELLIPSIS = "…"
UNIT_CHARACTERS = 7  # a leaf's text is this many characters of the floor size wide
BALANCE_EXACTLY = 14  # teams; more are balanced greedily
UNIT_LINES = 2  # a longer work unit wraps once, then ends in "…"

Side = Literal["left", "right"]


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, (x, y) its lower left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def overlaps(self, other: Box) -> bool:
        """Whether the two share any area (touching edges do not count)."""
        return (
            self.x < other.right - 1e-6
            and other.x < self.right - 1e-6
            and self.y < other.top - 1e-6
            and other.y < self.top - 1e-6
        )


@dataclass(frozen=True)
class Text:
    """One line of text: its box (the line's full leading) and its baseline."""

    box: Box
    baseline: float
    text: str
    style: TextStyle


@dataclass(frozen=True)
class LeafPlace:
    leaf: Leaf
    box: Box  # the leaf shape's bounding box, stem included
    texts: tuple[Text, ...]
    tip_left: bool  # leaves grow away from the trunk


@dataclass(frozen=True)
class BranchPlace:
    branch: Branch
    side: Side
    label: tuple[Text, ...]  # team name, then count and leader
    label_box: Box
    limb: tuple[float, float, float]  # (x0, y, x1): the branch from x0 to x1 at height y
    leaves: tuple[LeafPlace, ...]


@dataclass
class PosterLayout:
    size: str
    width: float
    height: float
    scale: float
    title: tuple[Text, ...]
    trunk: Box
    trunk_texts: tuple[Text, ...]  # written top to bottom, one character a line
    ground: Box
    ground_text: Text
    branches: list[BranchPlace] = field(default_factory=list)

    def leaf_boxes(self) -> list[Box]:
        return [leaf.box for branch in self.branches for leaf in branch.leaves]

    def texts(self) -> list[Text]:
        found = [*self.title, *self.trunk_texts, self.ground_text]
        for branch in self.branches:
            found += branch.label
            for leaf in branch.leaves:
                found += leaf.texts
        return found


@dataclass(frozen=True)
class Sizes:
    """Every measure of the poster at one paper size, in points."""

    scale: float

    def __getattr__(self, name: str) -> float:
        return _AT_A1[name] * self.scale


_AT_A1: dict[str, float] = {
    "margin": 12 * mm,
    "floor": FLOOR_AT_A1,
    "heading": 40.0,
    "subtitle": 26.0,
    "detail": FLOOR_AT_A1,  # work unit and phone on a leaf
    "name": 13.0,  # the member's name, bold
    "leading": 1.08,  # times the size
    "team": 18.0,
    "team_detail": 14.0,
    "organisation": 30.0,
    "party_branch": 17.0,
    "soil": 24.0,
    "trunk": 110.0,
    "ground": 78.0,
    "leaf_base": 13.0,  # room in a leaf before the text, at the stem end (stem included)
    "leaf_tip": 24.0,  # and after it, where the leaf narrows to its tip
    "leaf_pad": 4.0,  # above and below the text
    "gap": 3.5,  # between leaves
    "band_gap": 12.0,  # between branches
    "label_pad": 4.0,
    "limb": 9.0,  # the branch's thickness at the trunk
}


def style(chain: tuple, size: float, align: str = "left") -> TextStyle:  # type: ignore[type-arg]
    return TextStyle(chain=chain, size=size, leading=size * _AT_A1["leading"], align=align)  # type: ignore[arg-type]


def _text(content: str, text_style: TextStyle, x: float, top: float) -> Text:
    """A line whose box's top is at ``top``; its baseline sits a descent above the bottom."""
    shaper = shaper_for(text_style)
    one_style, _face = shaper.one_face(content)
    width = shaper_for(one_style).width(content)
    height = text_style.leading
    bottom = top - height
    baseline = bottom + (height - text_style.size) / 2 + text_style.size * 0.2
    return Text(Box(x, bottom, width, height), baseline, content, one_style)


def fitted(content: str, size: float, width: float, paper: str) -> TextStyle:
    """A one-line title at ``size``, or smaller if it would not fit ``width``, but
    never under the paper's floor."""
    wanted = style(TITLE, size)
    natural = shaper_for(wanted).width(content)
    if natural <= width:
        return wanted
    return style(TITLE, max(floor(paper), size * width / natural))


def centred(content: str, text_style: TextStyle, centre_x: float, top: float) -> Text:
    width = shaper_for(text_style).width(content)
    return _text(content, text_style, centre_x - width / 2, top)


def _unit_lines(unit: str, width_of: Callable[[str], float], width: float) -> list[str]:
    """The work unit in at most ``UNIT_LINES`` lines; a longer one ends in "…".

    Two lines are split evenly (社区卫生 / 服务中心, not 社区卫生服务中 / 心)."""
    if not unit:
        return []
    lines = break_lines(unit, width_of, width)
    if len(lines) == 2:
        pieces = units(unit)
        splits = [("".join(pieces[:cut]), "".join(pieces[cut:])) for cut in range(1, len(pieces))]
        fitting = [pair for pair in splits if max(map(width_of, pair)) <= width]
        if fitting:
            return list(min(fitting, key=lambda pair: max(map(width_of, pair))))
    if len(lines) <= UNIT_LINES:
        return lines
    last = lines[UNIT_LINES - 1]
    while last and width_of(last + ELLIPSIS) > width:
        last = last[:-1]
    return [*lines[: UNIT_LINES - 1], last + ELLIPSIS]


@dataclass(frozen=True)
class _LeafText:
    leaf: Leaf
    lines: tuple[tuple[str, TextStyle], ...]

    @property
    def height(self) -> float:
        return sum(text_style.leading for _line, text_style in self.lines)


def _leaf_text(leaf: Leaf, s: Sizes) -> _LeafText:
    detail = style(BODY, s.detail, "center")
    name = style(TITLE, s.name, "center")
    width_of = shaper_for(detail).width
    lines = [(line, detail) for line in _unit_lines(leaf.work_unit, width_of, _text_width(s))]
    lines.append((leaf.name, name))
    if leaf.phone:
        lines.append((leaf.phone, detail))
    return _LeafText(leaf, tuple(lines))


def _text_width(s: Sizes) -> float:
    return UNIT_CHARACTERS * s.detail


def leaf_width(s: Sizes) -> float:
    return s.leaf_base + _text_width(s) + s.leaf_tip


@dataclass
class _Band:
    """One branch's share of a side, before it is given a place."""

    branch: Branch
    label_lines: tuple[tuple[str, TextStyle], ...]
    items: list[_LeafText]
    per_row: int
    show_label: bool = True

    def stacked(self, s: Sizes) -> list[tuple[_LeafText, int, float, float]]:
        """Each leaf with its column, its top below the limb and its height: every
        leaf goes under the column that is shortest so far, nearest the trunk first."""
        bottoms = [0.0] * self.per_row
        placed = []
        for item in self.items:
            column = min(range(self.per_row), key=lambda c: (round(bottoms[c], 3), c))
            height = item.height + 2 * s.leaf_pad
            placed.append((item, column, bottoms[column], height))
            bottoms[column] += height + s.gap
        return placed

    def leaves_height(self, s: Sizes) -> float:
        return max((top + height + s.gap for _i, _c, top, height in self.stacked(s)), default=0.0)

    def height(self, s: Sizes) -> float:
        return self.label_height(s) + self.leaves_height(s)

    def label_height(self, s: Sizes) -> float:
        """The label is one line, team name and count side by side, on the limb."""
        tallest = max(text_style.leading for _line, text_style in self.label_lines)
        return tallest + 2 * s.label_pad + s.gap


def _bands(data: PosterData, t: Callable[[str], str], s: Sizes, per_row: int) -> list[_Band]:
    """Each branch as rows of leaves; a poster of one team splits it over both sides."""
    branches = list(data.branches)
    halves = len(branches) == 1 and len(branches[0].leaves) > per_row
    bands = []
    for branch in branches:
        count = len(branch.leaves)
        detail = t(QT_TRANSLATE_NOOP("Report", "{count} people")).format(count=f"{count:,}")
        if branch.leader:
            detail = t(QT_TRANSLATE_NOOP("Report", "{count} people · leader: {name}")).format(
                count=f"{count:,}", name=branch.leader
            )
        label = (
            (branch.name, style(TITLE, s.team)),
            (detail, style(BODY, s.team_detail)),
        )
        items = [_leaf_text(leaf, s) for leaf in branch.leaves]
        middle = (len(items) + 1) // 2
        parts = [items[:middle], items[middle:]] if halves else [items]
        for number, part in enumerate(parts):
            bands.append(_Band(branch, label, part, per_row, show_label=number == 0))
    return bands


def text_scale(size: str) -> float:
    """How text and leaves scale on ``size``: with the paper, down to ``SMALLEST_FLOOR``."""
    return max(PAPERS[size][2], SMALLEST_FLOOR / FLOOR_AT_A1)


def floor(size: str) -> float:
    """The smallest text on a ``size`` poster, in points."""
    return FLOOR_AT_A1 * text_scale(size)


def _too_big(data: PosterData, size: str, t: Callable[[str], str]) -> UserError:
    """Say the members do not fit, and name the next size they fit on, if any does."""
    count = f"{sum(len(branch.leaves) for branch in data.branches):,}"
    for larger in SIZES[SIZES.index(size) + 1 :]:
        if _layout_at(data, t, larger, text_scale(larger)) is None:
            continue
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The {count} members do not fit on an {size} poster with text large enough "
                "to read on the wall. Choose a larger size (--size {larger}) or print one "
                "poster per team (--team).",
            ),
            count=count,
            size=size,
            larger=larger,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The {count} members do not fit on an {size} poster with text large enough "
            "to read on the wall. Print one poster per team (--team).",
        ),
        count=count,
        size=size,
    )


def layout_poster(data: PosterData, t: Callable[[str], str], size: str = "A1") -> PosterLayout:
    """Place everything on a ``size`` poster, or raise a UserError if it does not fit.

    A tree with room to spare grows: text and leaves are made larger (up to
    ``MOST_GROWTH`` times), as large as still fits, so that one team's poster fills its
    paper rather than standing small on a bare trunk. Nothing ever shrinks."""
    smallest = text_scale(size)
    layout = _layout_at(data, t, size, smallest)
    if layout is None:
        raise _too_big(data, size, t)
    low, high = smallest, smallest * MOST_GROWTH
    grown = _layout_at(data, t, size, high)
    if grown is not None:
        return grown
    for _step in range(GROWTH_STEPS):
        middle = (low + high) / 2
        tried = _layout_at(data, t, size, middle)
        if tried is None:
            high = middle
        else:
            low, layout = middle, tried
    return layout


def _layout_at(
    data: PosterData, t: Callable[[str], str], size: str, scale: float
) -> PosterLayout | None:
    """The poster with text at ``scale`` (1 is A1's), or None if the tree does not fit."""
    width_mm, height_mm, _scale = PAPERS[size]
    s = Sizes(scale)
    width, height = width_mm * mm, height_mm * mm
    centre = width / 2

    heading = data.heading or t(QT_TRANSLATE_NOOP("Report", "(community name not set)"))
    top = height - s.margin
    line_width = width - 2 * s.margin
    title_line = centred(heading, fitted(heading, s.heading, line_width, size), centre, top)
    tree_title = t(QT_TRANSLATE_NOOP("Report", "The connected-heart tree"))
    subtitle = centred(
        tree_title,
        fitted(tree_title, s.subtitle, line_width, size),
        centre,
        title_line.box.y,
    )
    canopy_top = subtitle.box.y - s.band_gap * 2

    ground = Box(s.margin, s.margin, width - 2 * s.margin, s.ground)
    soil = t(
        QT_TRANSLATE_NOOP(
            "Report",
            "The residents are the soil: {residents} residents living here, "
            "{households} households",
        )
    ).format(residents=f"{data.residents:,}", households=f"{data.households:,}")
    soil_style = fitted(soil, s.soil, line_width - 2 * s.label_pad, size)
    ground_text = centred(
        soil, soil_style, centre, ground.y + (ground.h + soil_style.leading) / 2 - s.ground * 0.08
    )
    canopy_bottom = ground.top + s.band_gap

    side_width = (width - 2 * s.margin - s.trunk) / 2 - s.gap * 2
    cell = leaf_width(s) + s.gap
    per_row = max(1, int((side_width + s.gap) // cell))  # as _place_band counts
    bands = _bands(data, t, s, per_row)

    sides = _balanced(bands, s)
    used: dict[Side, float] = {
        side: sum(band.height(s) + s.band_gap for band in placed) for side, placed in sides.items()
    }
    room = canopy_top - canopy_bottom
    if max(used.values()) - s.band_gap > room:
        return None

    layout = PosterLayout(
        size=size,
        width=width,
        height=height,
        scale=s.scale,
        title=(title_line, subtitle),
        trunk=Box(centre - s.trunk / 2, ground.top - s.ground * 0.3, s.trunk, 0),
        trunk_texts=(),
        ground=ground,
        ground_text=ground_text,
    )
    for side, placed in sides.items():
        if not placed:
            continue
        spare = room - (used[side] - s.band_gap)
        # Spare room goes between the branches, a little each: the crown stays at the
        # top and a sparse tree gets a taller trunk, not branches floating mid-page.
        share = min(spare / (len(placed) + 1), 4 * s.band_gap)
        y = canopy_top - share
        for band in placed:
            layout.branches.append(_place_band(band, side, y, centre, side_width, s))
            y -= band.height(s) + s.band_gap + share
    trunk_top = max((b.limb[1] for b in layout.branches), default=canopy_bottom + s.ground)
    trunk_top = max(trunk_top + s.limb, canopy_bottom + room * 0.4)
    layout.trunk = Box(layout.trunk.x, layout.trunk.y, s.trunk, trunk_top - layout.trunk.y)
    layout.trunk_texts = _trunk_texts(data, t, layout.trunk, ground.top, s)
    return layout


def _balanced(bands: list[_Band], s: Sizes) -> dict[Side, list[_Band]]:
    """The bands split between the two sides so that the taller side is as short as it
    can be (both sides keep the office's order, top to bottom); the first band goes left."""
    heights = [band.height(s) + s.band_gap for band in bands]
    if len(bands) <= BALANCE_EXACTLY:
        best = min(
            range(0, 2 ** len(bands), 2),  # bit 0 clear: the first band on the left
            key=lambda mask: (
                max(
                    sum(h for i, h in enumerate(heights) if mask >> i & 1),
                    sum(h for i, h in enumerate(heights) if not mask >> i & 1),
                ),
                mask,
            ),
        )
        right = [bool(best >> i & 1) for i in range(len(bands))]
    else:  # many teams: each to the side that is shorter so far
        totals = [0.0, 0.0]
        right = []
        for height in heights:
            goes_right = totals[1] < totals[0]
            totals[goes_right] += height
            right.append(goes_right)
    return {
        "left": [band for band, on_right in zip(bands, right, strict=True) if not on_right],
        "right": [band for band, on_right in zip(bands, right, strict=True) if on_right],
    }


def _place_band(
    band: _Band, side: Side, top: float, centre: float, side_width: float, s: Sizes
) -> BranchPlace:
    """Lay one band out from ``top`` down: label on the limb, then the leaves."""
    inner = centre - s.trunk / 2 - s.gap * 2 if side == "left" else centre + s.trunk / 2 + s.gap * 2
    outer = inner - side_width if side == "left" else inner + side_width
    (name, name_style), (detail, detail_style) = band.label_lines
    space = detail_style.size * 0.8
    total = shaper_for(name_style).width(name) + space + shaper_for(detail_style).width(detail)
    pill_w = total + 4 * s.label_pad
    pill_x = inner - pill_w if side == "left" else inner
    name_line = _text(name, name_style, pill_x + 2 * s.label_pad, top - s.label_pad)
    detail_line = _text(detail, detail_style, name_line.box.right + space, top - s.label_pad)
    # The detail sits on the name's baseline: one line, two sizes.
    shift = name_line.baseline - detail_line.baseline
    detail_box = detail_line.box
    detail_line = Text(
        Box(detail_box.x, detail_box.y + shift, detail_box.w, detail_box.h),
        name_line.baseline,
        detail,
        detail_line.style,
    )
    label: tuple[Text, ...] = (name_line, detail_line) if band.show_label else ()
    pill_bottom = name_line.box.y - s.label_pad
    label_box = Box(pill_x, pill_bottom, pill_w, top - pill_bottom)
    limb_y = pill_bottom + label_box.h / 2
    y = pill_bottom - s.gap
    leaves: list[LeafPlace] = []
    width = leaf_width(s)
    pitch = (side_width + s.gap) / band.per_row
    for item, column, below, height in band.stacked(s):
        offset = column * pitch
        x = inner - offset - width if side == "left" else inner + offset
        leaves.append(_place_leaf(item, Box(x, y - below - height, width, height), side, s))
    return BranchPlace(band.branch, side, label, label_box, (inner, limb_y, outer), tuple(leaves))


def _place_leaf(item: _LeafText, box: Box, side: Side, s: Sizes) -> LeafPlace:
    """The leaf fills its cell; its text is centred between stem and tip."""
    tip_left = side == "left"
    text_x = box.x + (s.leaf_tip if tip_left else s.leaf_base)
    centre_x = text_x + _text_width(s) / 2
    top = box.y + (box.h + item.height) / 2
    texts = []
    for content, text_style in item.lines:
        line = centred(content, text_style, centre_x, top)
        texts.append(line)
        top = line.box.y
    return LeafPlace(item.leaf, box, tuple(texts), tip_left)


def _trunk_texts(
    data: PosterData, t: Callable[[str], str], trunk: Box, ground_top: float, s: Sizes
) -> tuple[Text, ...]:
    """The organisation written down the trunk, one character under the other, and its
    党支部 in columns below it."""
    name = data.organisation or t(QT_TRANSLATE_NOOP("Report", "(party organisation not set)"))
    texts: list[Text] = []
    big = style(TITLE, s.organisation)
    top = trunk.top - s.limb * 2
    for character in name:
        line = centred(character, big, trunk.x + trunk.w / 2, top)
        if line.box.y < ground_top:
            break  # a very short trunk: the name stops at the ground
        texts.append(line)
        top = line.box.y
    columns = data.branches_of_party
    if columns:
        small = style(TITLE, s.party_branch)
        pitch = min(trunk.w / len(columns), small.leading * 1.3)
        first = trunk.x + trunk.w / 2 - pitch * (len(columns) - 1) / 2
        column_top = top - s.band_gap
        for number, branch in enumerate(columns):
            y = column_top
            for character in branch:
                line = centred(character, small, first + number * pitch, y)
                if line.box.y < ground_top:
                    break  # the trunk is short: the column stops at the ground
                texts.append(line)
                y = line.box.y
    return tuple(texts)


def rows_and_columns(length: float, content: float, overlap: float) -> int:
    """How many sheets of ``content`` cover ``length`` when each overlaps the last."""
    if length <= content:
        return 1
    return math.ceil((length - overlap) / (content - overlap))
