"""Draw the program's icon: a tree whose crown is a heart (党群连心树), in the party red.

Run after changing the design:  python packaging/make_icon.py
It writes ``resources/icons/hearth-desk.ico`` (every size Windows asks for: the
taskbar, Explorer's views, the installer and the Start menu) and
``resources/icons/hearth-desk.png`` (256 px, for the window and Linux). Both are
committed, so a build needs no drawing step; this script is the source of truth and
``tests/packaging/test_windows_installer.py`` checks that the committed files match it.

Each size is drawn on its own (supersampled, then reduced) rather than shrunk from
the 256 px image: a small icon gets a thicker trunk and less margin, so that the
heart and the trunk still read as a tree at 16 px in Explorer's details view.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256

RED = "#C62828"  # the party red
RED_LIGHT = "#DE5454"  # the crown's highlight
BROWN = "#6D4C41"
GROUND = "#D7C4A0"  # a mound the trunk stands on, a shade darker than the tile
BACKGROUND = "#FFF8E1"  # soft cream: the icon stays visible on a dark taskbar
BACKGROUND_EDGE = "#E8D9B0"

# Drawn this many times larger, then reduced with a good filter: PIL's shapes have
# no antialiasing of their own.
SUPERSAMPLE = 8


def heart_points(cx: float, cy: float, width: float, steps: int = 240) -> list[tuple[float, float]]:
    """The classic parametric heart, centred on (cx, cy) and ``width`` wide, point down."""
    points = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        # The curve spans x in [-16, 16]; y grows upwards, the image's downwards.
        points.append((cx + x * width / 32, cy - y * width / 32))
    return points


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels square, with an alpha channel."""
    small = size <= 24
    scale = size * SUPERSAMPLE
    image = Image.new("RGBA", (scale, scale), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def px(fraction: float) -> float:
        return fraction * scale

    # The tile: a rounded square, almost edge to edge at small sizes where every
    # pixel counts.
    inset = px(0.02 if small else 0.04)
    outline = max(SUPERSAMPLE, round(px(0.012)))
    pen.rounded_rectangle(
        (inset, inset, scale - inset, scale - inset),
        radius=px(0.2),
        fill=BACKGROUND,
        outline=BACKGROUND_EDGE,
        width=outline,
    )

    # The ground: a low mound under the trunk, so the shape reads as a tree standing
    # somewhere and not as a heart on a stick. Too fine to draw at 16-24 px.
    foot = px(0.92 if small else 0.84)
    if not small:
        pen.ellipse((px(0.22), foot - px(0.04), px(0.78), foot + px(0.06)), fill=GROUND)

    # The trunk: a tapering column from inside the crown to the ground, with a
    # slight flare of roots; thicker when small so it survives the reduction.
    half_top = px(0.07 if small else 0.045)
    half_foot = px(0.13 if small else 0.095)
    top = px(0.5)
    flare = foot - px(0.07)
    pen.polygon(
        [
            (scale / 2 - half_top, top),
            (scale / 2 + half_top, top),
            (scale / 2 + half_top * 1.15, flare),
            (scale / 2 + half_foot, foot),
            (scale / 2 - half_foot, foot),
            (scale / 2 - half_top * 1.15, flare),
        ],
        fill=BROWN,
    )

    # The crown: the heart, drawn over the trunk's top so they join. The curve
    # reaches 11.8/32 of its width above its centre and 17/32 below.
    crown_width = px(0.78 if small else 0.64)
    crown_centre = px(0.05 if small else 0.1) + crown_width * 11.8 / 32
    pen.polygon(heart_points(scale / 2, crown_centre, crown_width), fill=RED)
    if not small:
        # A soft highlight on the left lobe gives the crown some depth; at 16-24 px
        # it would only be a blur.
        r = crown_width * 0.085
        hx, hy = scale / 2 - crown_width * 0.24, crown_centre - crown_width * 0.17
        pen.ellipse((hx - r, hy - r * 0.75, hx + r, hy + r * 0.75), fill=RED_LIGHT)

    return image.resize((size, size), Image.Resampling.LANCZOS)


def write(folder: Path = ICONS) -> tuple[Path, Path]:
    """Draw every size and write the .ico and the .png into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    images = [draw(size) for size in ICO_SIZES]
    ico = folder / "hearth-desk.ico"
    # The largest first, the others appended: Pillow stores each as drawn instead of
    # shrinking the first one to every size.
    largest = images[-1]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    png = folder / "hearth-desk.png"
    images[ICO_SIZES.index(PNG_SIZE)].save(png, format="PNG", optimize=True)
    return ico, png


def main() -> int:
    for path in write():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
