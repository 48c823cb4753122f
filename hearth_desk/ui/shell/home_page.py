"""The home page: the community's key figures and what needs attention.

Figures are computed by ``services.overview`` on a worker thread, so the window
paints at once even on a store of 100,000 residents. The page recomputes them itself
whenever it is shown and whenever a write changes what it counts.

A notice is clicked (or chosen with Enter) to go where it is put right: the page
says which area with ``go_to``, and the main window switches to it; pages never
call each other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.notices import Destination
from hearth_desk.services.backup.auto import NAG_AFTER_DAYS
from hearth_desk.services.changes import Kind
from hearth_desk.services.overview import Overview, compute_overview
from hearth_desk.storage.store import Store
from hearth_desk.ui.backup.last_backup import last_backup_text
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.common.operations import Subscription
from hearth_desk.ui.common.worker import BackgroundTask


class FigureCard(QFrame):
    """One big number with its caption, readable from across the desk; a card that
    leads somewhere (the overdue requests) is clicked to go there."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("…")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 28pt; font-weight: bold; color: #a4161a;")
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("font-size: 13pt;")
        # What the figure includes or leaves out, when that needs saying.
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def set_value(self, value: int, detail: str = "") -> None:
        self.value.setText(f"{value:,}")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


# Everything the page counts or warns about.
HOME_KINDS = (
    Kind.COMMUNITY
    | Kind.GRID
    | Kind.HOUSEHOLDS
    | Kind.RESIDENTS
    | Kind.BACKUPS
    | Kind.REQUESTS
    | Kind.MEETINGS
)
# Where a notice is put right, as the main window's area keys.
AREA_OF = {
    Destination.LEDGER: "ledger",
    Destination.BACKUP: "backup",
    Destination.SETTINGS: "settings",
    Destination.VISITS: "visits",
}
DESTINATION = Qt.ItemDataRole.UserRole + 1


class HomePage(QWidget):
    loaded = Signal(object)  # the Overview, once shown
    go_to = Signal(str)  # the key of the area where a clicked notice is put right

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self.overview: Overview | None = None
        self._running: BackgroundTask | None = None
        self._again = False  # asked to refresh while computing: the result may be stale
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        # When data last left the PC on a stick: the only copy if the disk dies.
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.cards = {
            "households": FigureCard(self.tr("Households")),
            # 在册居民: moved-out and deceased residents are not counted (services/population).
            "residents": FigureCard(self.tr("Residents living here")),
            "aged_60_plus": FigureCard(self.tr("Aged 60 and over")),
            "aged_80_plus": FigureCard(self.tr("Aged 80 and over")),
            "compounds": FigureCard(self.tr("Compounds")),
            "buildings": FigureCard(self.tr("Buildings")),
            "units": FigureCard(self.tr("Units")),
            # Open past their due date: red, and a click leads to the 走访 area.
            "overdue_requests": FigureCard(self.tr("Overdue requests")),
        }
        overdue = self.cards["overdue_requests"]
        overdue.setCursor(Qt.CursorShape.PointingHandCursor)
        overdue.setToolTip(self.tr("Click to go where this is put right."))
        overdue.clicked.connect(lambda: self.go_to.emit(AREA_OF[Destination.VISITS]))
        grid = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 4, index % 4)
        attention_title = QLabel(self.tr("Needs attention"))
        attention_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.notices = QListWidget()
        self.notices.setStyleSheet("font-size: 13pt;")
        self.notices.itemClicked.connect(self._go_to)
        self.notices.itemActivated.connect(self._go_to)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.backup_status)
        layout.addLayout(grid)
        layout.addWidget(attention_title)
        layout.addWidget(self.notices, 1)
        self.subscription = Subscription(
            self, HOME_KINDS, lambda _broadcast: self.refresh(), every_show=True
        )

    def refresh(self) -> BackgroundTask:
        """Recompute the figures in the background; ``loaded`` fires when they are shown.

        Refreshes asked for while one computes (a write right after the page opened)
        do not overlap it: they make it compute once more when it is done, and only
        that last result is shown. So at most one computation is ever in flight.
        """
        if self._running is not None:
            self._again = True
            return self._running
        task = BackgroundTask(self._compute, self)
        task.succeeded.connect(lambda overview: None if self._again else self._show(overview))
        task.failed.connect(self._errors.show)
        task.finished.connect(self._computed)
        self._running = task
        task.start()
        return task

    def _computed(self) -> None:
        self._running = None
        if self._again:
            self._again = False
            self.refresh()

    def _compute(self, _progress: object) -> Overview:
        with self._store.session() as session:
            return compute_overview(session)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        community = overview.community
        self.heading.setText(community.heading if community else self.tr("Community not set"))
        for key, card in self.cards.items():
            card.set_value(getattr(overview, key))
        if overview.households_without_residents:
            self.cards["households"].set_value(
                overview.households,
                self.tr("of which {count} with no one living there").format(
                    count=f"{overview.households_without_residents:,}"
                ),
            )
        self.notices.clear()
        backup_text, overdue = last_backup_text(self._store.location.data_dir)
        self.backup_status.setText(backup_text)
        self.backup_status.setStyleSheet(
            "font-size: 14pt; font-weight: bold; color: #a4161a;" if overdue else "font-size: 13pt;"
        )
        if overdue:
            self._add_notice(
                self.tr(
                    "Back up to a USB stick: the last one is over {days} days old or missing."
                ).format(days=NAG_AFTER_DAYS),
                Destination.BACKUP,
            )
        for notice in overview.notices:
            self._add_notice(notice.translated(translate), notice.destination)
        if not overview.notices and not overdue:
            self.notices.addItem(self.tr("Nothing needs attention."))
        self.loaded.emit(overview)

    def _add_notice(self, text: str, destination: Destination) -> None:
        item = QListWidgetItem(text, self.notices)
        if destination in AREA_OF:
            item.setData(DESTINATION, AREA_OF[destination])
            item.setToolTip(self.tr("Click to go where this is put right."))

    def _go_to(self, item: QListWidgetItem) -> None:
        if area := item.data(DESTINATION):
            self.go_to.emit(area)
