"""Settings: the window's language, the community's names, the care tags, the staff
and the visiting rules, and where the store is. The names are read again whenever a
write changes them (``--demo``, the first-start dialog); the care tags, staff and
rules editors follow their own lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.languages import LANGUAGES
from hearth_desk.services.changes import Kind
from hearth_desk.services.community import CommunityInfo, get_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.certificates.settings_form import CertificateSettingsDialog
from hearth_desk.ui.common.edit_dialog import OpenForm
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.operations import Subscription
from hearth_desk.ui.ledger.care_tags_editor import CareTagsEditor
from hearth_desk.ui.shell.community_dialog import CommunityForm
from hearth_desk.ui.shell.settings import FONT_SIZES, UiSettings
from hearth_desk.ui.visits.staff_editor import StaffEditor
from hearth_desk.ui.visits.visit_rules_editor import VisitRulesEditor

# The font-size choices' words, for lupdate (settings.FONT_SIZES holds the points).
_FONT_SIZE_WORDS = (
    QT_TRANSLATE_NOOP("SettingsPage", "Smaller"),
    QT_TRANSLATE_NOOP("SettingsPage", "Standard"),
    QT_TRANSLATE_NOOP("SettingsPage", "Larger"),
    QT_TRANSLATE_NOOP("SettingsPage", "Largest"),
)


class SettingsPage(QWidget):
    restart_requested = Signal()  # the window opens again in the new language and size

    def __init__(
        self,
        store: Store,
        settings: UiSettings,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._errors = errors

        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")

        self.language = QComboBox()
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(settings.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.font_size = QComboBox()
        for word, points in FONT_SIZES.items():
            self.font_size.addItem(QCoreApplication.translate("SettingsPage", word), points)
        self.font_size.setCurrentIndex(max(self.font_size.findData(settings.font_points), 0))
        self.font_size.currentIndexChanged.connect(self._font_size_chosen)
        self.language_note = QLabel()
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()
        language_box = QGroupBox(self.tr("Language and text size"))
        language_layout = QFormLayout(language_box)
        language_layout.addRow(self.tr("Language of the window:"), self.language)
        language_layout.addRow(self.tr("Text size:"), self.font_size)
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.language_note, 1)
        restart_row.addWidget(self.restart_button)
        language_layout.addRow(restart_row)

        self.community_form = CommunityForm(self._stored_community())
        self.save_community = QPushButton(self.tr("Save names"))
        self.save_community.clicked.connect(self._save_community)
        self.community_note = QLabel()
        community_box = QGroupBox(self.tr("Community"))
        community_layout = QVBoxLayout(community_box)
        community_layout.addWidget(self.community_form)
        community_layout.addWidget(self.save_community)
        community_layout.addWidget(self.community_note)

        self.care_tags = CareTagsEditor(store, errors)
        tags_box = QGroupBox(self.tr("Care tags"))
        QVBoxLayout(tags_box).addWidget(self.care_tags)

        self.staff = StaffEditor(store, errors)
        staff_box = QGroupBox(self.tr("Staff"))
        QVBoxLayout(staff_box).addWidget(self.staff)
        self.visit_rules = VisitRulesEditor(store, errors)
        rules_box = QGroupBox(self.tr("Visiting rules"))
        QVBoxLayout(rules_box).addWidget(self.visit_rules)

        # Who issues the certificates, their numbers and the honour's text.
        certificates_box = QGroupBox(self.tr("Certificates"))
        self.certificate_settings = QPushButton(self.tr("Issuer, numbers and honour text…"))
        self.certificate_settings.clicked.connect(lambda: self.open_certificate_settings())
        certificates_row = QHBoxLayout(certificates_box)
        certificates_row.addWidget(self.certificate_settings)
        certificates_row.addStretch(1)
        self.certificate_form: OpenForm[CertificateSettingsDialog] = OpenForm()

        store_box = QGroupBox(self.tr("Where the data is"))
        store_layout = QFormLayout(store_box)
        folder = store.location.data_dir
        self.data_folder = QLabel(str(folder))
        self.data_folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(open_folder)
        store_layout.addRow(self.tr("Data folder:"), folder_row)
        if not store.location.is_sqlite:  # a street office's server, not the file here
            store_layout.addRow(self.tr("Database server:"), QLabel(store.location.display_url))

        # The page scrolls as a whole, so that a large text size or a small screen
        # (1366×768 office laptops) never makes the window taller than the screen.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(language_box)
        layout.addWidget(community_box)
        layout.addWidget(tags_box)
        layout.addWidget(staff_box)
        layout.addWidget(rules_box)
        layout.addWidget(certificates_box)
        layout.addWidget(store_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        # What this page saves it already shows: only others' changes are read back.
        self.subscription = Subscription(
            self, Kind.COMMUNITY, lambda _broadcast: self.reload_community(), own=False
        )

    def open_certificate_settings(self) -> CertificateSettingsDialog:
        dialog = CertificateSettingsDialog(self._store, self._errors, self)
        return self.certificate_form.open(dialog)

    def _stored_community(self) -> CommunityInfo | None:
        with self._store.session() as session:
            return get_community(session)

    def reload_community(self) -> None:
        """The names as stored, replacing what the form shows."""
        self.community_form.show_info(self._stored_community())

    def _language_chosen(self, index: int) -> None:
        self._settings.language = self.language.itemData(index)
        self._offer_restart()

    def _font_size_chosen(self, index: int) -> None:
        self._settings.font_points = self.font_size.itemData(index)
        self._offer_restart()

    def _offer_restart(self) -> None:
        self._settings.sync()
        self.language_note.setText(self.tr("The change applies when the window opens again."))
        self.restart_button.show()

    def _save_community(self) -> None:
        try:
            self.community_form.save(self._store, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return
        self.community_note.setText(self.tr("Saved."))
