"""The tree's own structure typed in the window: a team's name, purpose, promise and
poster colour; the organisation at the trunk with its branches. Saved changes are
broadcast, so the team list and the drawn tree follow."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hearth_desk.domain.models import OrganisationKind
from hearth_desk.services.tree.organisation import organisation_outline
from hearth_desk.services.tree.structure import TEAM_COLOURS, teams
from hearth_desk.storage.store import Store
from tests.support.message_boxes import answering
from tests.support.presenters import RecordingPresenter
from tests.ui.tree.test_teams_page import open_teams


def test_a_team_is_added_changed_and_deleted(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    _page, teams_page, _tree = open_teams(qtbot, sqlite_store, errors)
    dialog = teams_page.new_team()
    assert not dialog.ok_button.isEnabled()
    # A new team gets the first poster colour no team has yet.
    used = [entry.colour.upper() for entry in teams_page.entries]
    assert dialog.colour.value() == next(c for c in TEAM_COLOURS if c not in used)
    dialog.name.setText("环境整治服务队")  # taken: refused, the dialog stays open
    dialog.accept()
    assert errors.shown and "already a service team" in str(errors.shown[-1])
    assert dialog.isVisible()
    dialog.name.setText("爱心理发服务队")
    dialog.purpose.setPlainText("每月上门理发")
    dialog.promise.setText("剪去烦恼，留下温暖")
    dialog.colour.set_value("#123abc")  # a colour off the palette, as the colour dialog gives
    with qtbot.waitSignal(teams_page.loaded, timeout=5000):
        dialog.ok_button.click()
    assert teams_page.entry() is not None and teams_page.entry().name == "爱心理发服务队"
    assert teams_page.entry().colour == "#123ABC" and "每月上门理发" in teams_page.purpose.text()

    changing = teams_page.change_team()
    assert changing is not None and changing.colour.value() == "#123ABC"
    changing.promise.setText("有求必应")
    with qtbot.waitSignal(teams_page.loaded, timeout=5000):
        changing.ok_button.click()
    assert teams_page.promise.text().endswith("有求必应")

    count = len(teams_page.entries)
    with answering("Keep") as asked:
        assert teams_page.delete_team() is False
    assert "爱心理发服务队" in asked.texts[0] and asked.defaults == ["Keep"]
    with answering("Delete"), qtbot.waitSignal(teams_page.loaded, timeout=5000):
        assert teams_page.delete_team() is True
    assert len(teams_page.entries) == count - 1
    with sqlite_store.session() as session:
        assert "爱心理发服务队" not in [team.name for team in teams(session)]


def test_the_organisation_and_its_branches_are_typed_in_one_form(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page, _teams, _tree = open_teams(qtbot, sqlite_store, errors)
    page.tabs.setCurrentIndex(0)
    dialog = page.change_organisation()
    assert dialog.name.text() == "和平里社区党总支" and dialog.branches.rowCount() == 1
    assert dialog.branches.item(0, dialog.MEMBERS).text() == "1"
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.COMMITTEE.value))
    dialog.name.setText("和平里社区党委")
    dialog.secretary.setText("周建华")
    row = dialog.add_branch()
    dialog.branches.item(row, dialog.NAME).setText("退休党支部")
    dialog.branches.item(row, dialog.SECRETARY).setText("陈晓")
    assert dialog.has_changes()
    dialog.branches.setCurrentCell(0, dialog.NAME)
    with answering("Keep") as asked:  # the first branch has a member: asked first
        assert dialog.remove_branch() is False
    assert "stay in the tree" in asked.texts[0]
    with answering("Remove"):
        assert dialog.remove_branch() is True
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        dialog.ok_button.click()
    assert page.dialog is None and errors.shown == []
    with sqlite_store.session() as session:
        outline = organisation_outline(session)
    assert (outline.name, outline.kind, outline.secretary) == (
        "和平里社区党委", OrganisationKind.COMMITTEE, "周建华")  # fmt: skip
    assert [(b.name, b.secretary) for b in outline.branches] == [("退休党支部", "陈晓")]


def test_an_empty_branch_name_is_refused_and_nothing_changes(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    page, _teams, _tree = open_teams(qtbot, sqlite_store, errors)
    dialog = page.change_organisation()
    dialog.add_branch()
    dialog.name.setText("新名字")
    dialog.accept()
    assert errors.shown and dialog.isVisible()
    with sqlite_store.session() as session:
        assert organisation_outline(session).name == "和平里社区党总支"
    dialog.mark_clean()
    dialog._typed_rows = dialog._rows()
    dialog.reject()
    assert page.dialog is None
