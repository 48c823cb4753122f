"""A finding under a form field is shown whole: a long, two-line ID-number error
used to lose its second line, since the label did not grow with its text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.resident_dialogs import NewHouseholdDialog
from tests.support.message_boxes import show_edit_dialog
from tests.support.presenters import RecordingPresenter

LONG_ERROR = (
    "The last character of 110101**********23 is the check digit and should be 5: "
    "one of the other characters was probably mistyped. Compare it with the card.\n"
    "The birth date in the number, 1950-03-04, is also not the one typed in the form "
    "beside it; one of the two is wrong."
)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_a_long_two_line_id_error_is_fully_visible(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    dialog = NewHouseholdDialog(sqlite_store, errors, ["独居老人"], unit_id=1, unit_address="一区")
    show_edit_dialog(qtbot, dialog)
    form = dialog.form
    qtbot.keyClicks(form.id_number, "11010119500304123")  # 17 characters: an error shows
    label = form.rows.labels["id_number"]
    assert label.isVisible() and label.text()

    label.setText(LONG_ERROR)

    def shown_whole() -> bool:
        needed = label.heightForWidth(label.width())
        shown = rect_in(label, dialog)
        return (
            label.height() >= needed > 0
            # inside the dialog, and not under the next field (the gender) either
            and dialog.rect().contains(shown)
            and shown.bottom() < rect_in(form.gender, dialog).top()
        )

    qtbot.waitUntil(shown_whole, timeout=3000)
    assert label.heightForWidth(label.width()) >= 3 * label.fontMetrics().lineSpacing()
    assert label.visibleRegion().boundingRect().height() == label.height()


def test_the_door_finding_grows_too(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    dialog = NewHouseholdDialog(sqlite_store, errors, [], unit_id=1, unit_address="一区")
    show_edit_dialog(qtbot, dialog)
    dialog.door_finding.setText(LONG_ERROR)
    dialog.door_finding.show()
    label = dialog.door_finding
    assert label.wordWrap()  # not one line running off the dialog's edge
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert dialog.rect().contains(rect_in(label, dialog))
