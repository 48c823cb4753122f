"""The tree's shapes as plain geometry: a leaf, a limb, a leaf's lightened colour.

The poster (ReportLab) and the window's drawn tree (Qt) paint the same outlines
from here, in the poster's points with y upwards; each turns the segments into its
own path type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hearth_desk.reports.tree.poster_layout import Box, LeafPlace

Point = tuple[float, float]
# One point: a line to it; three points: a cubic curve through two controls to it.
Segment = tuple[Point, ...]

STEM = 5.0  # a leaf's stem, in points at A1 (times the layout's scale)
LIMB_THICKNESS = 9.0  # at the trunk
LIMB_LIFT = 6.0  # how far a limb curves up at its end


@dataclass(frozen=True)
class Outline:
    start: Point
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class LeafFrame:
    """Leaf coordinates: u from the stem's end (0) to the tip (1), v across (-1..1)."""

    base: float  # x where the body starts
    length: float
    centre_y: float
    half: float
    direction: int  # 1: the tip points right, -1: left
    stem: float

    def at(self, u: float, v: float) -> Point:
        return self.base + self.direction * u * self.length, self.centre_y + v * self.half


def leaf_frame(place: LeafPlace, scale: float) -> LeafFrame:
    box: Box = place.box
    direction = -1 if place.tip_left else 1
    stem = STEM * scale
    base = box.right - stem if place.tip_left else box.x + stem
    tip = box.x if place.tip_left else box.right
    return LeafFrame(base, abs(tip - base), box.y + box.h / 2, box.h / 2, direction, stem)


def leaf_outline(frame: LeafFrame) -> Outline:
    """A full body where the text is (``poster_layout`` keeps it between the stem and
    the tip's start) that narrows only beyond it to a pointed tip."""
    at = frame.at
    return Outline(
        at(0, 0),
        (
            (at(0, 0.9), at(0.04, 1), at(0.2, 1)),
            (at(0.6, 1),),
            (at(0.85, 1), at(0.97, 0.45), at(1, 0)),
            (at(0.97, -0.45), at(0.85, -1), at(0.6, -1)),
            (at(0.2, -1),),
            (at(0.04, -1), at(0, -0.9), at(0, 0)),
        ),
    )


def limb_outline(limb: tuple[float, float, float], trunk: Box, scale: float) -> Outline:
    """A branch from the trunk's middle out to ``limb`` = (x0, y, x1): thick at the
    trunk, thinning outwards, curving slightly up."""
    x0, y, x1 = limb
    start = trunk.x + trunk.w / 2
    thick, lift = LIMB_THICKNESS * scale, LIMB_LIFT * scale
    return Outline(
        (start, y + thick / 2),
        (
            (((start + x1) / 2, y + thick / 2), ((x0 + x1) / 2, y + lift), (x1, y + lift)),
            ((x1, y + lift - thick * 0.25),),
            (
                ((x0 + x1) / 2, y + lift - thick * 0.25),
                ((start + x1) / 2, y - thick / 2),
                (start, y - thick / 2),
            ),
        ),
    )


def tint_rgb(rgb: Sequence[float], lightness: float = 0.8) -> tuple[float, float, float]:
    """``rgb`` (0..1) mixed with white until black text on it reads well."""
    red = green = blue = 1.0
    for mix in (lightness, 0.86, 0.9, 0.94):
        red, green, blue = (c + (1 - c) * mix for c in rgb)
        if 0.2126 * red + 0.7152 * green + 0.0722 * blue >= 0.78:
            break
    return red, green, blue
