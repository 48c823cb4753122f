"""A member's card: who they are in the tree, where they live if they live here.

ID number and phone are shown masked, and next to the masked ID number the age, never
the birth date, as everywhere else in the window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hearth_desk.services.tree.directory import MemberDetails
from hearth_desk.ui.common.translation import window_words


class MemberCard(QDialog):
    change_requested = Signal(int)  # the member's id: the directory opens the form

    def __init__(self, details: MemberDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row, words = details.row, window_words()
        self.setWindowTitle(self.tr("Member {name}").format(name=row.name))
        heading = QLabel(row.name)
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        teams = "、".join(f"{team}（{words.team_role(role)}）" for team, role in row.teams)
        joined = details.join_date.isoformat() if details.join_date else ""
        if row.party_years is not None:
            joined += " " + self.tr("({years} years in the party)").format(years=row.party_years)
        dual = self.tr("Yes") if row.dual_registered else self.tr("No")
        if details.dual_organisation:
            dual += f"（{details.dual_organisation}）"
        self.fields: dict[str, str] = {
            self.tr("Gender:"): words.gender(row.gender),
            self.tr("Age:"): "" if row.age is None else str(row.age),
            self.tr("ID number:"): row.id_masked,
            self.tr("Phone:"): row.phone_masked,
            self.tr("Political status:"): words.political_status(row.political_status),
            self.tr("Joined the party:"): joined,
            self.tr("Party branch:"): row.branch,
            self.tr("Work unit:"): row.work_unit,
            self.tr("In service or retired:"): (
                self.tr("Retired") if row.retired else self.tr("In service")
            ),
            self.tr("Dual registration:"): dual,
            self.tr("Service teams:"): teams,
            self.tr("Skills:"): details.skills,
            self.tr("Address:"): row.address or self.tr("Does not live in the community"),
            self.tr("Notes:"): details.notes,
        }
        form = QFormLayout()
        for label, value in self.fields.items():
            shown = QLabel(value)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.change_button = buttons.addButton(
            self.tr("Change…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.change_button.clicked.connect(lambda: self.change_requested.emit(row.id))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
