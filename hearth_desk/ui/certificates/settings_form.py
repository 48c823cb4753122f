"""Who issues the certificates and how their numbers and honours read (证书设置): the
organisation, the person in charge, the handler, the contact phone, the short name in
the numbers, the number format and the honour's text. A sample of each is shown as
it is typed, and a format the certificates could not print is refused in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from hearth_desk.domain.errors import UserError
from hearth_desk.services.certificates.settings import (
    EXAMPLE_HONOUR,
    EXAMPLE_NUMBER,
    HONOUR_FIELDS,
    format_number,
    honour_text,
    read_settings,
    update_settings,
)
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.edit_dialog import SavingDialog
from hearth_desk.ui.common.errors import ErrorPresenter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # annotations only: no SQL in the window


class CertificateSettingsDialog(SavingDialog):
    def __init__(self, store: Store, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(store, errors, parent)
        self.setWindowTitle(self.tr("Certificate settings"))
        self.setMinimumWidth(620)
        with store.session() as session:
            settings = read_settings(session)
        self.issuer = QLineEdit(settings.issuer)
        self.person_in_charge = QLineEdit(settings.person_in_charge)
        self.handler = QLineEdit(settings.handler)
        self.handler.setPlaceholderText(self.tr("Empty: whoever issues them"))
        self.contact_phone = QLineEdit(settings.contact_phone)
        self.short_name = QLineEdit(settings.short_name)
        self.number_format = QLineEdit(settings.number_format)
        self.number_sample = QLabel()
        self.honour_template = QPlainTextEdit(settings.honour_template)
        self.honour_template.setTabChangesFocus(True)
        self.honour_template.setMaximumHeight(70)
        self.honour_sample = QLabel()
        self.honour_sample.setWordWrap(True)
        fields = self.tr(", ").join("{" + name + "}" for name in HONOUR_FIELDS)
        form = QFormLayout()
        form.addRow(self.tr("Issuing organisation:"), self.issuer)
        form.addRow(self.tr("Person in charge:"), self.person_in_charge)
        form.addRow(self.tr("Handler:"), self.handler)
        form.addRow(self.tr("Contact phone:"), self.contact_phone)
        form.addRow(self.tr("Short name in numbers:"), self.short_name)
        form.addRow(self.tr("Number format:"), self.number_format)
        form.addRow("", self.number_sample)
        form.addRow(self.tr("Honour text:"), self.honour_template)
        form.addRow("", QLabel(self.tr("Fields: {fields}").format(fields=fields)))
        form.addRow("", self.honour_sample)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.short_name, self.number_format):
            edit.textChanged.connect(lambda _text: self._show_samples())
        self.honour_template.textChanged.connect(self._show_samples)
        self._show_samples()

    def _show_samples(self) -> None:
        try:
            number = format_number(self.number_format.text(), self.short_name.text(),
                                   **EXAMPLE_NUMBER)  # type: ignore[arg-type]  # fmt: skip
            self.number_sample.setText(self.tr("e.g. {number}").format(number=number))
        except (KeyError, ValueError, IndexError, UserError):
            self.number_sample.setText(self.tr("This format cannot be printed."))
        try:
            text = honour_text(self.honour_template.toPlainText(), EXAMPLE_HONOUR)
            self.honour_sample.setText(self.tr("e.g. {text}").format(text=text))
        except (KeyError, ValueError, IndexError, UserError):
            self.honour_sample.setText(self.tr("This text names a field that does not exist."))

    def save(self, session: Session) -> None:
        update_settings(
            session,
            issuer=self.issuer.text(),
            person_in_charge=self.person_in_charge.text(),
            handler=self.handler.text(),
            contact_phone=self.contact_phone.text(),
            short_name=self.short_name.text(),
            number_format=self.number_format.text(),
            honour_template=self.honour_template.toPlainText(),
        )
