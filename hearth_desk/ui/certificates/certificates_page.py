"""The 证书 area: issuing certificates (choose whom, preview, print) and the register
(find, print again, void, export, print it and its public notice). Both follow every
write that can change who qualifies or what was issued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from hearth_desk.services.changes import Kind
from hearth_desk.storage.store import Store
from hearth_desk.ui.certificates.issue_panel import IssuePanel
from hearth_desk.ui.certificates.register_panel import RegisterPanel
from hearth_desk.ui.certificates.settings_form import CertificateSettingsDialog
from hearth_desk.ui.common import operations
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter


class CertificatesPage(QWidget):
    print_requested = Signal(str, int)  # the register's or the notice's key, and the year

    def __init__(
        self,
        store: Store,
        errors: ErrorPresenter,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._errors = store, errors
        self._started = False
        self.form: OpenForm[CertificateSettingsDialog] = OpenForm()
        self.issuing = IssuePanel(store, errors, language, today)
        self.register = RegisterPanel(store, errors, language, today)
        self.register.print_requested.connect(self.print_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.issuing, self.tr("Issue certificates"))
        self.tabs.addTab(self.register, self.tr("Register"))
        self.settings_button = QPushButton(self.tr("Certificate settings…"))
        self.settings_button.clicked.connect(lambda: self.open_settings())
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self.subscription = operations.Subscription(
            self,
            Kind.CERTIFICATES | Kind.VOLUNTEERING | Kind.EVENTS | Kind.TREE,
            lambda _b: self.reload(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.register.reload()

    def reload(self) -> None:
        self.issuing.reload()
        self.register.reload()

    def open_settings(self) -> CertificateSettingsDialog:
        return self.form.open(CertificateSettingsDialog(self._store, self._errors, self))
