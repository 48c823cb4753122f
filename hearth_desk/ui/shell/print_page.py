"""The Print area: every printout in ``reports.catalogue`` (the list ``hearth-desk
print`` uses too), each opening a preview.

Reports render in the window's language from the same translations the command line
uses; their data is gathered in a session of its own and laid out on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.catalogue import CATALOGUE_CONTEXT, PRINTOUTS, Printout, printout
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.storage.store import Store
from hearth_desk.ui.classes.print_dialog import ClassPrint, ask_class_choice
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.print_preview import PrintPreviewDialog, RenderCall
from hearth_desk.ui.events.print_dialog import EventPrint, ask_event_choice
from hearth_desk.ui.ledger.print_dialog import ask_ledger_choice
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.tree.print_dialog import TreePrint, ask_tree_choice


def _shown(text: str) -> str:
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


class PrintPage(QWidget):
    def __init__(
        self,
        store: Store,
        settings: UiSettings,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = errors
        self._language = settings.language
        self.preview: PrintPreviewDialog | None = None
        # What a ledger printout covers; tests replace the dialog with a fixed answer.
        self.ask_ledger_choice: Callable[[str, bool, LedgerChoice | None], LedgerChoice | None] = (
            lambda title, with_tag, preset: ask_ledger_choice(store, title, with_tag, preset, self)
        )
        # Which team a tree printout covers (the roster's numbers, the poster's paper);
        # likewise replaced.
        self.ask_tree_choice: Callable[[str, bool, tuple[str, ...]], TreePrint | None] = (
            lambda title, with_full_numbers, options: ask_tree_choice(
                store, title, with_full_numbers, options, self
            )
        )
        # Which event an event printout is of (None: ask; an id: only the paper is
        # asked, if the printout has one to choose); likewise replaced.
        self.ask_event_choice: Callable[[str, tuple[str, ...], int | None], EventPrint | None] = (
            lambda title, options, event_id: ask_event_choice(store, title, options, event_id, self)
        )
        # Which term (and paper) or class a printout of the elderly university is of;
        # likewise replaced.
        self.ask_class_choice: Callable[[str, bool, tuple[str, ...]], ClassPrint | None] = (
            lambda title, takes_term, options: ask_class_choice(
                store, title, takes_term, options, self
            )
        )
        # Twenty printouts are taller than an office screen: the list scrolls.
        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel(self.tr("Printouts"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        for entry in PRINTOUTS:
            button = QPushButton(
                self.tr("{title} — preview and print").format(title=_shown(entry.title))
            )
            button.setStyleSheet("font-size: 14pt; padding: 10px; text-align: left;")
            button.clicked.connect(lambda _checked=False, key=entry.key: self.open_preview(key))
            description = QLabel(_shown(entry.description))
            description.setWordWrap(True)
            description.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(button)
            layout.addWidget(description)
            self.buttons[entry.key] = button
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)

    def _render_call(self, entry: Printout, preset: LedgerChoice | None) -> RenderCall | None:
        """Ask what to cover if the printout needs it, starting from ``preset`` (None:
        the user changed their mind), then gather in a session and lay out, both on
        the worker thread."""
        choice: LedgerChoice | None = LedgerChoice()
        options: dict[str, str | None] = {}
        if entry.takes_year and preset is not None and preset.year is not None:
            choice = preset  # a page chose the year (and team) already: the 志愿服务 page
        elif entry.takes_staff and preset is not None and preset.staff_id is not None:
            choice = preset  # the visit round's tab chose a grid worker's area already
        elif entry.takes_period:
            choice = preset or choice  # the 走访 area's 统计 tab chose it; else this year
        elif entry.takes_requests and preset is not None:
            choice = preset  # the 诉求 tab's filters: the problem ledger of what it lists
        elif entry.asks_ledger_choice:
            choice = self.ask_ledger_choice(_shown(entry.title), entry.takes_tag, preset)
        elif entry.takes_team:
            answer = self.ask_tree_choice(
                _shown(entry.title), entry.takes_full_numbers, entry.render_options
            )
            choice = answer.choice if answer is not None else None
            options = answer.options if answer is not None else {}
        elif entry.takes_meeting:
            # Of the meeting its page chose; from the Print area's button, the latest.
            choice = LedgerChoice(meeting_id=preset.meeting_id if preset is not None else None)
        elif entry.takes_event:
            event_id = preset.event_id if preset is not None else None
            if event_id is not None and not entry.render_options:
                choice = LedgerChoice(event_id=event_id)  # nothing left to ask
            else:
                asked = self.ask_event_choice(_shown(entry.title), entry.render_options, event_id)
                choice = asked.choice if asked is not None else None
                options = asked.options if asked is not None else {}
        elif entry.takes_term or entry.takes_course:
            if preset is not None and (preset.term_id if entry.takes_term else preset.course_id):
                # The 老年大学 area chose the term or class already: print it as it is.
                choice = LedgerChoice(term_id=preset.term_id, course_id=preset.course_id)
            else:
                answer = self.ask_class_choice(
                    _shown(entry.title), entry.takes_term, entry.render_options
                )
                choice = answer.choice if answer is not None else None
                options = answer.options if answer is not None else {}
        if choice is None:
            return None
        chosen, store = choice, self._store
        translate = load_catalogue(self._language).translate

        def call(progress: Progress, out: Path) -> RenderResult:
            with store.session() as session:
                data = entry.gather(session, chosen, progress)
            return entry.render(out, data, translate, progress, **options)

        return call

    def open_preview(
        self, key: str, preset: LedgerChoice | None = None
    ) -> PrintPreviewDialog | None:
        """Preview printout ``key``; ``preset`` is what the ledger shows when it asked,
        the event an event printout is of (``open_event_printout``), or the term or class
        the 老年大学 area chose."""
        entry = printout(key)
        render = self._render_call(entry, preset)
        if render is None:
            return None
        self.preview = PrintPreviewDialog(
            _shown(entry.title),
            render,
            self._errors,
            self,
            work=run_folder(self._store.location.data_dir, "preview"),
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview

    def open_event_printout(self, key: str, event_id: int) -> PrintPreviewDialog | None:
        """Preview an event printout of ``event_id`` (from the event's own page): the
        sign-in sheet and call list straight away, the notice after asking its paper."""
        return self.open_preview(key, LedgerChoice(event_id=event_id))
