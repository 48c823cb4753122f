"""The office edits its list of care tags; one still in use is kept, with the reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.storage.store import Store
from hearth_desk.ui.ledger.care_tags_editor import CareTagsEditor
from tests.support.factories import small_ledger
from tests.support.presenters import RecordingPresenter


def names(editor: CareTagsEditor) -> list[str]:
    return [editor.tags.item(i).text() for i in range(editor.tags.count())]


def test_add_rename_and_remove_a_tag(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    editor = CareTagsEditor(sqlite_store, errors)
    qtbot.addWidget(editor)
    assert names(editor)[:2] == ["独居老人", "空巢老人"]
    with qtbot.waitSignal(editor.changed):
        assert editor.add("失独家庭")
    editor.tags.setCurrentRow(names(editor).index("失独家庭"))
    assert editor.rename("计生特殊家庭")
    assert names(editor)[-1] == "计生特殊家庭"
    editor.tags.setCurrentRow(names(editor).index("计生特殊家庭"))
    assert editor.remove()
    assert "计生特殊家庭" not in names(editor)
    assert errors.shown == []


def test_a_tag_in_use_is_kept_and_the_count_is_said(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        small_ledger(session)  # 张三 carries 高龄
    editor = CareTagsEditor(sqlite_store, errors)
    qtbot.addWidget(editor)
    editor.tags.setCurrentRow(names(editor).index("高龄"))
    assert not editor.remove()
    assert "高龄" in names(editor)
    assert "carried by 1" in errors.shown[0][1]
    assert not editor.add("高龄")  # exists already


def test_the_standard_list_shows_whole_without_a_scrollbar(
    qtbot: QtBot, qapp: object, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())  # type: ignore[attr-defined]
    bigger = QFont(before)
    bigger.setPointSizeF(16)  # the largest text size Settings offers
    qapp.setFont(bigger)  # type: ignore[attr-defined]
    try:
        editor = CareTagsEditor(sqlite_store, errors)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        assert editor.tags.count() == 8
        assert editor.tags.verticalScrollBar().maximum() == 0
    finally:
        qapp.setFont(before)  # type: ignore[attr-defined]
