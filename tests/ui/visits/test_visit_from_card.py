"""A visit recorded from the ledger's household card: the card asks, the shell opens
the visits' form over it (the ledger does not import the visits), and the card lists
the visit once saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hearth_desk.services.audit import set_actor
from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.ledger_page import LedgerPage
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from hearth_desk.ui.visits.visit_form import VisitDialog
from tests.support.presenters import RecordingPresenter
from tests.support.visit_factories import visiting_area


def test_the_card_asks_the_shell_for_the_form_and_lists_the_visit(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    with store.transaction() as session:
        area = visiting_area(session)
    zhang = area.households["zhang"].id
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    window.show()
    ledger = window.page("ledger")
    assert isinstance(ledger, LedgerPage)
    card = ledger.open_household(zhang)
    asked: list[int] = []
    card.visit_requested.connect(asked.append)
    set_actor("王芳")  # the person at the desk is preset as the visitor
    try:
        card.visit_button.click()
    finally:
        set_actor(None)
    assert asked == [zhang]
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog)]
    assert dialog.parent() is card and dialog.household_id == zhang
    assert dialog.visitor_ids() == (area.worker.id,)
    dialog.found.setText("身体尚好")
    dialog.accept()
    assert card.visits.count() == 1
    line = card.visits.item(0).text()
    assert line.startswith(dt.date.today().isoformat()) and "王芳：身体尚好" in line
    card.accept()
    assert errors.shown == []


def test_the_card_logs_a_banner_from_the_household_without_a_request(
    qtbot: QtBot, store: Store, errors: RecordingPresenter
) -> None:
    from hearth_desk.domain.models import Thanks
    from hearth_desk.ui.visits.request_forms import ThanksDialog

    with store.transaction() as session:
        area = visiting_area(session)
    zhang = area.households["zhang"].id
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    window.show()
    ledger = window.page("ledger")
    assert isinstance(ledger, LedgerPage)
    card = ledger.open_household(zhang)
    card.thanks_button.click()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ThanksDialog)]
    assert dialog.parent() is card and "洪山小区3栋2单元0401" in dialog.windowTitle()
    dialog.giver.setText("张三一家")
    dialog.words.setPlainText("热心为民")
    dialog.accept()
    with store.session() as session:
        [thanks] = session.query(Thanks).all()
        assert (thanks.household_id, thanks.request_id, thanks.kind) == (zhang, None, "banner")
        assert (thanks.giver, thanks.words) == ("张三一家", "热心为民")
    card.accept()
    assert errors.shown == []
