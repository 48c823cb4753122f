"""Settings: the window's language, the community's names, the care tags, and where
the store is. The names are read again whenever a write changes them (``--demo``, the
first-start dialog); the care tags editor follows its own list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.languages import LANGUAGES
from hearth_desk.services.changes import Kind
from hearth_desk.services.community import CommunityInfo, get_community
from hearth_desk.storage.store import Store
from hearth_desk.ui.common.errors import ErrorPresenter
from hearth_desk.ui.common.operations import Subscription
from hearth_desk.ui.ledger.care_tags_editor import CareTagsEditor
from hearth_desk.ui.shell.community_dialog import CommunityForm
from hearth_desk.ui.shell.settings import UiSettings


class SettingsPage(QWidget):
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

        self.language = QComboBox()
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(settings.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        language_box = QGroupBox(self.tr("Language"))
        language_layout = QFormLayout(language_box)
        language_layout.addRow(self.tr("Language of the window:"), self.language)
        language_layout.addRow(self.language_note)

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

        store_box = QGroupBox(self.tr("Store"))
        store_layout = QFormLayout(store_box)
        store_layout.addRow(self.tr("Database:"), QLabel(store.location.display_url))
        store_layout.addRow(self.tr("Data folder:"), QLabel(str(store.location.data_dir)))

        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(community_box)
        layout.addWidget(tags_box)
        layout.addWidget(store_box)
        layout.addStretch(1)
        # What this page saves it already shows: only others' changes are read back.
        self.subscription = Subscription(
            self, Kind.COMMUNITY, lambda _broadcast: self.reload_community(), own=False
        )

    def _stored_community(self) -> CommunityInfo | None:
        with self._store.session() as session:
            return get_community(session)

    def reload_community(self) -> None:
        """The names as stored, replacing what the form shows."""
        self.community_form.show_info(self._stored_community())

    def _language_chosen(self, index: int) -> None:
        self._settings.language = self.language.itemData(index)
        self._settings.sync()
        self.language_note.setText(
            self.tr("The new language applies when Hearth Desk is started again.")
        )

    def _save_community(self) -> None:
        try:
            self.community_form.save(self._store, initiator=self)
        except UserError as error:
            self._errors.show(error, self)
            return
        self.community_note.setText(self.tr("Saved."))
