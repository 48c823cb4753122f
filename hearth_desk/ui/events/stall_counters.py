"""Stall counters, for the day of a service day: one big tile per stall with a +1,
an undo, and the running 人次 total.

Staff at a table tap +1 on a touch screen or press the stall's number key (1–9, the
keypad's too) as each resident is served. Buttons act on press, not on release or a
double tap, and no tile shrinks below a finger's size. Undo (the button, Ctrl+Z or
Backspace) takes back the last +1 made in this window. Every count is a write the
rest of the window hears; the tiles follow counts made elsewhere (another PC, the
command line) from the same broadcast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.services.changes import Kind
from hearth_desk.services.events.door import event_title
from hearth_desk.services.events.tallies import StallTotal, event_totals, serve, undo_last
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.errors import ErrorPresenter, translate
from hearth_desk.ui.events.check_in_mode import GREEN, RED, EventDayDialog

FINGER = 120  # px: the +1 button's least height, a fingertip with room to spare
TILE_WIDTH = 280
NUMBER_KEYS = 9


class StallTile(QFrame):
    """One stall: its key, service and unit, its 人次, and the +1."""

    def __init__(self, stall: StallTotal, key: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stall_id = stall.stall_id
        self.service = stall.service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("stallTile")
        self.setStyleSheet("#stallTile { border: 2px solid #c8c8c8; border-radius: 10px; }")
        self.setMinimumWidth(TILE_WIDTH)

        self.key_label = QLabel(str(key) if key is not None else "")
        self.key_label.setStyleSheet(
            "font-size: 20pt; font-weight: bold; color: white; background: #a4161a;"
            " border-radius: 6px; padding: 2px 12px;"
        )
        self.key_label.setVisible(key is not None)
        self.service_label = QLabel(stall.service)
        self.service_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.service_label.setWordWrap(True)
        self.unit_label = QLabel(stall.unit)
        self.unit_label.setStyleSheet("font-size: 12pt; color: #5f6368;")
        self.unit_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-size: 48pt; font-weight: bold;")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plus_button = QPushButton("+1")
        self.plus_button.setMinimumHeight(FINGER)
        self.plus_button.setStyleSheet("font-size: 40pt; font-weight: bold;")
        self.plus_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plus_button.setAutoDefault(False)

        heading = QHBoxLayout()
        heading.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.service_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.unit_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.plus_button)
        self.show_served(stall.served)

    def show_served(self, served: int) -> None:
        self.count_label.setText(str(served))


class StallCountersDialog(EventDayDialog):
    """The day's counters for one event. ``counted`` and ``undone`` carry the stall's id
    and its 人次 afterwards."""

    counted = Signal(int, int)
    undone = Signal(int, int)

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        figure = "font-size: 32pt; font-weight: bold; color: #a4161a;"
        super().__init__(store, errors, event_id, parent, figure)
        self.total_label = self.figure  # 人次 in all
        self.tiles: list[StallTile] = []
        self.made: list[int] = []  # stall ids of this window's +1s, for undo
        self._columns = 0
        self.resize(1040, 800)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(40)
        self.empty_label = QLabel(
            self.tr(
                "This event has no stalls to count. Add the stalls (unit and service) in"
                " the event's form; they show here at once."
            )
        )
        self.empty_label.setStyleSheet("font-size: 18pt;")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Takes back the last +1 made here (Ctrl+Z)"))
        self.undo_button.pressed.connect(self.undo)
        for button in (self.undo_button, self.close_button):
            button.setMinimumSize(160, 64)
            self.quiet(button, "font-size: 18pt;")

        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.heading())
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.key(QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.key(QKeySequence(Qt.Key.Key_Backspace), self.undo)
        for number in range(1, NUMBER_KEYS + 1):  # a keypad digit matches its plain key
            self.key(QKeySequence(Qt.Key.Key_0 + number), lambda n=number: self.press(n))

        operations.Subscription(self, Kind.EVENTS, lambda _broadcast: self.refresh())
        self.refresh()
        self._show_undo()

    # --- what it shows -------------------------------------------------------------

    def refresh(self) -> None:
        """The stalls' counts and the total, from the store (anyone's counts)."""
        try:
            with self._store.session() as session:
                totals = event_totals(session, self.event_id)
                title = event_title(session, self.event_id)
        except UserError as error:  # the event was deleted meanwhile
            self._say(error.translated(translate), RED)
            return
        self.title.setText(title)
        self.setWindowTitle(self.tr("Stall counters: {title}").format(title=title))
        if [tile.stall_id for tile in self.tiles] != [s.stall_id for s in totals.stalls]:
            self._lay_out(totals.stalls)
        for tile, stall in zip(self.tiles, totals.stalls, strict=True):
            tile.show_served(stall.served)
        self.total_label.setText(self.tr("{n} served in all").format(n=totals.served))
        self.empty_label.setVisible(not self.tiles)
        self.scroll.setVisible(bool(self.tiles))

    def _lay_out(self, stalls: tuple[StallTotal, ...]) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for index, stall in enumerate(stalls):
            tile = StallTile(stall, index + 1 if index < NUMBER_KEYS else None)
            tile.plus_button.pressed.connect(lambda sid=stall.stall_id: self.serve(sid))
            self.tiles.append(tile)
        self._columns = 0
        self._place_tiles()
        self.made = [sid for sid in self.made if sid in {s.stall_id for s in stalls}]
        self._show_undo()

    def _place_tiles(self) -> None:
        """Two or three tiles a row, as many as the width holds without shrinking one
        below a finger's size (2 for up to four stalls: bigger tiles)."""
        fits = max(1, (self.width() - 40) // (TILE_WIDTH + self.grid.spacing()))
        columns = min(fits, 2 if len(self.tiles) <= 4 else 3)
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self.tiles):
            self.grid.removeWidget(tile)
            self.grid.addWidget(tile, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_tiles()

    def _say(self, text: str, colour: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"font-size: 16pt; color: {colour};")

    def _show_undo(self) -> None:
        self.undo_button.setEnabled(bool(self.made))

    def tile(self, stall_id: int) -> StallTile | None:
        return next((tile for tile in self.tiles if tile.stall_id == stall_id), None)

    # --- counting ------------------------------------------------------------------

    def press(self, number: int) -> int | None:
        """The stall with key ``number`` (1 for the first) served one person."""
        if not 1 <= number <= min(len(self.tiles), NUMBER_KEYS):
            return None
        return self.serve(self.tiles[number - 1].stall_id)

    def serve(self, stall_id: int) -> int | None:
        """+1 at the stall; its 人次 afterwards, or None when refused (said in red)."""
        try:
            served = operations.write(
                self._store, lambda session: serve(session, stall_id), initiator=self
            )
        except UserError as error:
            self._say(error.translated(translate), RED)
            return None
        self.made.append(stall_id)
        self._show_undo()
        tile = self.tile(stall_id)
        service = tile.service if tile else ""
        self._say(self.tr("+1 {service}: {n}").format(service=service, n=served), GREEN)
        self.counted.emit(stall_id, served)
        return served

    def undo(self) -> bool:
        """Take back this window's last +1; whether there was one."""
        if not self.made:
            self._say(self.tr("Nothing to undo: no +1 was made in this window."), RED)
            return False
        stall_id = self.made[-1]
        try:
            served = operations.write(
                self._store, lambda session: undo_last(session, stall_id), initiator=self
            )
        except UserError as error:
            self._say(error.translated(translate), RED)
            return False
        self.made.pop()
        self._show_undo()
        tile = self.tile(stall_id)
        service = tile.service if tile else ""
        self._say(
            self.tr("Took back one at {service}: {n} now").format(service=service, n=served),
            GREEN,
        )
        self.undone.emit(stall_id, served)
        return True
