"""Settings' visiting rules: intervals by care tag, everyone else, due days by tier."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.services.ledger.care_tags import add_care_tag, tags_named
from hearth_desk.services.visits.settings import save_tag_interval, visiting_rules
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.visits.visit_rules_editor import VisitRulesEditor
from tests.support.presenters import RecordingPresenter


def _editor(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> VisitRulesEditor:
    editor = VisitRulesEditor(store, errors)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _tag_id(store: Store, name: str) -> int:
    with store.session() as session:
        return tags_named(session, [name])[0].id


def test_the_rules_show_the_defaults_and_save_what_changed(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        add_care_tag(session, "失独家庭")
    editor = _editor(qtbot, sqlite_store, errors)
    alone, own = _tag_id(sqlite_store, "独居老人"), _tag_id(sqlite_store, "失独家庭")
    assert editor.tag_days[alone].value() == 7
    assert editor.tag_days[own].text() == "as everyone else"
    assert editor.everyone_else.value() == 365
    assert [box.value() for box in editor.due_days.values()] == [7, 15, 30]
    editor.tag_days[alone].setValue(3)
    editor.tag_days[own].setValue(10)
    editor.everyone_else.setValue(180)
    editor.due_days["large"].setValue(20)
    assert editor.save() and errors.shown == []
    assert editor.note.text() == "Saved."
    with sqlite_store.session() as session:
        rules = visiting_rules(session)
    assert (rules.intervals["独居老人"], rules.intervals["失独家庭"]) == (3, 10)
    assert (rules.everyone_else, rules.due_days["large"]) == (180, 20)


def test_a_change_made_elsewhere_is_shown(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    editor = _editor(qtbot, sqlite_store, errors)
    alone = _tag_id(sqlite_store, "独居老人")
    operations.write(
        sqlite_store, lambda session: save_tag_interval(session, alone, 5), initiator=None
    )
    assert editor.tag_days[alone].value() == 5
