"""The tree drawn in the window, from the poster's own layout (``reports/tree/
poster_layout.py``): the trunk with the organisation, a branch per team in its colour
with count and leader, a leaf per member with their name, and the ground with the
residents served. It zooms (wheel, +/-) and pans (drag); clicking a leaf opens the
member's card.

The layout is computed off the UI thread (it measures every text); the scene is
then built from its rectangles. Coordinates are the poster's points with y flipped.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from hearth_desk.reports.tree.poster_layout import Box, LeafPlace, PosterLayout, Text
from hearth_desk.reports.tree.shapes import (
    Outline,
    leaf_frame,
    leaf_outline,
    limb_outline,
    tint_rgb,
)

MEMBER = 1  # item data key: the member id a leaf stands for
TRUNK_COLOUR = QColor("#6D4C41")
GROUND_COLOUR = QColor("#D7CCC8")
ZOOM_STEP = 1.25


def _tint(colour: QColor) -> QColor:
    """The leaf's fill: its branch colour lightened until black text reads on it."""
    return QColor.fromRgbF(*tint_rgb((colour.redF(), colour.greenF(), colour.blueF())))


class TreeScene(QGraphicsScene):
    """The items of one layout."""

    def __init__(self, layout: PosterLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = layout.height
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.leaves: list[QGraphicsPathItem] = []
        for text in layout.title:
            self._text(text)
        self._rect(layout.ground, GROUND_COLOUR)
        self._text(layout.ground_text)
        for branch in layout.branches:
            colour = QColor(branch.branch.colour)
            item = self.addPath(
                self._path(limb_outline(branch.limb, layout.trunk, layout.scale)),
                QPen(Qt.PenStyle.NoPen),
                QBrush(colour),
            )
            item.setZValue(-1)
            # The label sits on the limb, on white as on the poster, so the limb does
            # not strike it through.
            backing = self.addRect(
                self._box(branch.label_box), QPen(Qt.PenStyle.NoPen), QBrush(QColor("white"))
            )
            backing.setZValue(0.5)
            for text in branch.label:
                self._text(text).setZValue(1)
            for place in branch.leaves:
                self._leaf(place, colour, layout.scale)
        self._rect(layout.trunk, TRUNK_COLOUR)
        for text in layout.trunk_texts:
            self._text(text, QColor("white"))

    def _path(self, outline: Outline) -> QPainterPath:
        """The poster's outline in the scene: the same points, y turned downwards."""

        def at(point: tuple[float, float]) -> QPointF:
            return QPointF(point[0], self._y(point[1]))

        path = QPainterPath(at(outline.start))
        for segment in outline.segments:
            if len(segment) == 1:
                path.lineTo(at(segment[0]))
            else:
                path.cubicTo(at(segment[0]), at(segment[1]), at(segment[2]))
        path.closeSubpath()
        return path

    def _y(self, y: float) -> float:
        return self._height - y

    def _box(self, box: Box) -> QRectF:
        return QRectF(box.x, self._height - box.y - box.h, box.w, box.h)

    def _rect(self, box: Box, colour: QColor) -> None:
        self.addRect(self._box(box), QPen(Qt.PenStyle.NoPen), QBrush(colour))

    def _text(self, text: Text, colour: QColor | None = None) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text.text)
        font = QFont()
        # Scene units are the poster's points: a point size would be scaled again by
        # the screen's DPI (×1.33), and texts laid out for the poster would overlap.
        font.setPixelSize(max(1, round(text.style.size)))
        item.setFont(font)
        if colour is not None:
            item.setBrush(QBrush(colour))
        # The baseline as on paper: Qt places a text item by its top.
        ascent = item.boundingRect().height() * 0.8
        item.setPos(text.box.x, self._y(text.baseline) - ascent)
        self.addItem(item)
        return item

    def _leaf(self, place: LeafPlace, colour: QColor, scale: float) -> None:
        outline = self._path(leaf_outline(leaf_frame(place, scale)))
        item = self.addPath(outline, QPen(colour, 1.1 * scale), QBrush(_tint(colour)))
        item.setData(MEMBER, place.leaf.member_id)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        item.setToolTip(f"{place.leaf.name}　{place.leaf.work_unit}")
        self.leaves.append(item)
        name = next((t for t in place.texts if t.text == place.leaf.name), None)
        if name is not None:
            self._text(name).setParentItem(item)


class TreeView(QGraphicsView):
    """Zooms with the wheel or +/-, pans by dragging; a click on a leaf says whose."""

    member_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pressed_at = QPointF()

    def show_layout(self, layout: PosterLayout) -> TreeScene:
        scene = TreeScene(layout, self)
        old = self.scene()
        self.setScene(scene)
        if old is not None:
            old.deleteLater()
        self.fit()
        return scene

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        moved = (
            (event.position() - self._pressed_at).manhattanLength()
            if hasattr(self, "_pressed_at")
            else 0
        )
        super().mouseReleaseEvent(event)
        if moved > 4:  # a drag to pan, not a click
            return
        member = self.member_at(event.position().toPoint())
        if member is not None:
            self.member_clicked.emit(member)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def member_at(self, point) -> int | None:  # type: ignore[no-untyped-def]
        for item in self.items(point):
            while item is not None and item.data(MEMBER) is None:
                item = item.parentItem()
            if item is not None:
                return item.data(MEMBER)
        return None
