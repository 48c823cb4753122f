"""The 连心树 area: the tree drawn as on the wall, the member directory and the teams.

The drawn tree reads the poster's data and layout on a worker thread (whichever
paper size holds every member, A1 first) and is redrawn when the tree changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.reports.tree.poster_layout import PosterLayout, layout_poster
from hearth_desk.services.changes import Kind
from hearth_desk.services.tree.organisation import organisation_outline
from hearth_desk.services.tree.poster_data import poster_data
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.operations import Subscription
from hearth_desk.ui.common.worker import BackgroundTask
from hearth_desk.ui.tree.directory_page import DirectoryPage
from hearth_desk.ui.tree.organisation_form import OrganisationDialog
from hearth_desk.ui.tree.partners_page import PartnersPage
from hearth_desk.ui.tree.teams_page import TeamsPage
from hearth_desk.ui.tree.tree_view import TreeView

WINDOW_SIZES = ("A1", "A0", "A2")  # the first that holds the whole tree is drawn


def window_layout(store: Store) -> PosterLayout:
    """The poster's layout of the whole tree, at the first size that holds it."""
    with store.session() as session:
        data = poster_data(session)

    def t(text: str) -> str:
        return QCoreApplication.translate("Report", text)

    refused: UserError | None = None
    for size in WINDOW_SIZES:
        try:
            return layout_poster(data, t, size)
        except UserError as error:
            refused = error
    assert refused is not None
    raise refused


class TreePage(QWidget):
    drawn = Signal()  # the drawn tree shows the store's tree

    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._started = False
        self._generation = 0
        self.view = TreeView()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drawing = QStackedWidget()
        self.drawing.addWidget(self.view)
        self.drawing.addWidget(self.message)
        self.organisation_button = QPushButton(self.tr("Party organisation…"))
        self.organisation_button.clicked.connect(lambda: self.change_organisation())
        self.form: OpenForm[OrganisationDialog] = OpenForm()
        tree_tab = QWidget()
        tree_rows = QVBoxLayout(tree_tab)
        tree_rows.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.organisation_button)
        top.addStretch(1)
        tree_rows.addLayout(top)
        tree_rows.addWidget(self.drawing, 1)
        self.directory = DirectoryPage(store, errors)
        self.view.member_clicked.connect(self.directory.open_card)
        self.teams = TeamsPage(store, errors)
        self.tabs = QTabWidget()
        self.tabs.addTab(tree_tab, self.tr("The tree"))
        self.tabs.addTab(self.directory, self.tr("Member directory"))
        self.tabs.addTab(self.teams, self.tr("Service teams"))
        self.partners = PartnersPage(store, errors)
        self.tabs.addTab(self.partners, self.tr("Partner units"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.view)
        self.subscription = Subscription(self, Kind.TREE | Kind.COMMUNITY, lambda _b: self.redraw())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.redraw()

    def change_organisation(self) -> OrganisationDialog:
        """The trunk's form: the organisation and its branches, saved together."""
        with self._store.session() as session:
            outline = organisation_outline(session)
        return self.form.open(OrganisationDialog(self._store, self._errors, outline, self))

    @property
    def dialog(self) -> OrganisationDialog | None:
        return self.form.current

    def redraw(self) -> BackgroundTask:
        self._started = True
        self._generation += 1
        generation, store = self._generation, self._store
        task = BackgroundTask(lambda _progress: window_layout(store), self)

        def show(layout: PosterLayout) -> None:
            if generation == self._generation:
                self.view.show_layout(layout)
                self.drawing.setCurrentWidget(self.view)
                self.drawn.emit()

        def refused(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, UserError):  # too many members to draw legibly
                self.message.setText(error.translated(QCoreApplication.translate))
                self.drawing.setCurrentWidget(self.message)
                self.drawn.emit()
            else:
                self._errors.show(error, self)

        task.succeeded.connect(show)
        task.failed.connect(refused)
        task.start()
        return task
