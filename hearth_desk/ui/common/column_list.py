"""Lines of a plain list drawn as lined-up columns.

A search result reads 姓名, 地址, 身份证号, 电话 side by side. Joined with spaces the
fields drift with each name's width, so the eye cannot run down the addresses. This
delegate draws each field at the same left edge on every line, each column as wide as
its widest field among the lines shown (``fit``). The item's plain text stays the
fields joined with spaces, for screen readers and copying.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

COLUMNS = Qt.ItemDataRole.UserRole + 20  # the item's fields, a tuple of str
GAP = 3  # between columns, in average character widths

AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnDelegate(QStyledItemDelegate):
    """Draws the ``COLUMNS`` fields of each item at widths measured over all items."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        self._measured: tuple[str, list[int]] | None = None  # (font, widths)

    def fit(self) -> None:
        """The items changed: measure again before the next paint."""
        self._measured = None
        self._view.doItemsLayout()

    def widths(self, metrics: QFontMetrics | None = None, font_key: str = "") -> list[int]:
        """Each column's width in the font items are drawn with (the list's own when
        not given): its widest field plus a gap."""
        if self._measured is not None and self._measured[0] == font_key:
            return self._measured[1]
        metrics = metrics or QFontMetrics(self._view.font())
        widths: list[int] = []
        for row in range(self._view.count()):
            fields = self._view.item(row).data(COLUMNS) or ()
            for column, text in enumerate(fields):
                width = metrics.horizontalAdvance(text)
                if column == len(widths):
                    widths.append(width)
                else:
                    widths[column] = max(widths[column], width)
        gap = GAP * metrics.averageCharWidth()
        measured = [width + gap if width else 0 for width in widths]
        self._measured = (font_key, measured)
        return measured

    def lefts(self, option: QStyleOptionViewItem) -> list[int]:
        """Where each column begins in an item drawn with ``option``."""
        x = option.rect.left() + option.fontMetrics.averageCharWidth() // 2
        lefts = []
        for width in self._widths(option):
            lefts.append(x)
            x += width
        return lefts

    def _widths(self, option: QStyleOptionViewItem) -> list[int]:
        return self.widths(option.fontMetrics, option.font.key())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        fields: Sequence[str] | None = index.data(COLUMNS)
        if not fields:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        painter.save()
        painter.setPen(palette.color(role))
        rect: QRect = option.rect
        for left, width, text in zip(
            self.lefts(option), self._widths(option), fields, strict=False
        ):
            cell = QRect(left, rect.top(), max(width, 1), rect.height())
            shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, cell.width())
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(cell, int(flags), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(COLUMNS):
            self.initStyleOption(option, index)
            size.setWidth(sum(self._widths(option)) + option.fontMetrics.averageCharWidth())
        return size


def column_item(fields: Sequence[str], list_widget: QListWidget) -> QListWidgetItem:
    """An item showing ``fields`` as columns; its text is the fields joined."""
    item = QListWidgetItem("    ".join(field for field in fields if field), list_widget)
    item.setData(COLUMNS, tuple(fields))
    return item


def use_columns(list_widget: QListWidget) -> ColumnDelegate:
    """Give ``list_widget`` the column delegate (call ``fit`` after filling it)."""
    delegate = ColumnDelegate(list_widget)
    list_widget.setItemDelegate(delegate)
    return delegate
