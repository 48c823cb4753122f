"""Every page keeps itself current from the change hub, and no page refreshes another:
a building an import creates appears in the grid without a restart, a write made
anywhere reaches every page that shows it, and the main window wires no refresh."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from hearth_desk.services.community import set_community
from hearth_desk.services.ledger import care_tags, grid
from hearth_desk.storage.store import Store
from hearth_desk.ui.common import operations
from hearth_desk.ui.ledger.grid_tree import GridTreeModel
from hearth_desk.ui.ledger.import_dialog import ImportDialog
from hearth_desk.ui.shell import app as app_module
from hearth_desk.ui.shell import main_window as main_window_module
from hearth_desk.ui.shell.main_window import MainWindow
from hearth_desk.ui.shell.settings import UiSettings
from tests.support.factories import small_ledger
from tests.support.messy_sheets import SPLIT_HEADER, pid, write_xlsx
from tests.support.presenters import RecordingPresenter


def grid_paths(model: GridTreeModel) -> set[str]:
    """Every node of the tree as its path of names, e.g. 洪山小区/3栋/2单元."""
    paths: set[str] = set()

    def walk(parent: QModelIndex, prefix: str) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            path = f"{prefix}/{index.data()}" if prefix else index.data()
            paths.add(path)
            walk(index, path)

    walk(model.root_index, "")
    return paths


def open_ledger(qtbot: QtBot, store: Store, errors: RecordingPresenter) -> MainWindow:
    window = MainWindow(store, UiSettings(), errors)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ledger.grid.loaded, timeout=10_000):
        window.show_area("ledger")
    return window


def test_a_building_an_import_creates_appears_in_the_grid_tree(
    qtbot: QtBot,
    sqlite_store: Store,
    errors: RecordingPresenter,
    tmp_path: Path,
    answer_message_boxes: list[str],
) -> None:
    with sqlite_store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道")
        small_ledger(session)  # 洪山小区 with 3栋 only
    window = open_ledger(qtbot, sqlite_store, errors)
    assert "洪山小区/3栋/2单元" in grid_paths(window.ledger.grid.model)
    assert "洪山小区/9栋" not in grid_paths(window.ledger.grid.model)
    sheet = write_xlsx(
        tmp_path / "新楼.xlsx",
        SPLIT_HEADER,
        [["洪山小区", "9栋", "1单元", "0101", "冯九", pid("1960-01-01", 13), "", "", "户主",
          "独居老人", ""]],
    )  # fmt: skip
    opened: list[ImportDialog] = []
    assert window.ledger_actions.start_import(sheet, opened.append) is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    dialog = opened[0]
    assert dialog.plan.new_households == 1 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()
    qtbot.waitUntil(
        lambda: "洪山小区/9栋/1单元" in grid_paths(window.ledger.grid.model), timeout=10_000
    )
    qtbot.waitUntil(lambda: window.ledger.residents.rowCount() == 6, timeout=10_000)
    # The home page, hidden meanwhile, counts the new building once it is shown.
    with qtbot.waitSignal(
        window.home.loaded, timeout=10_000, check_params_cb=lambda o: o.buildings == 3
    ):
        window.show_area("home")
    assert errors.shown == []


def test_a_write_made_elsewhere_reaches_every_page_that_shows_it(
    qtbot: QtBot, sqlite_store: Store, errors: RecordingPresenter
) -> None:
    with sqlite_store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道")
        small_ledger(session)
    window = open_ledger(qtbot, sqlite_store, errors)

    def elsewhere(session):  # type: ignore[no-untyped-def]
        set_community(session, "安定门社区", "安定门街道")
        care_tags.add_care_tag(session, "失独家庭")
        grid.add_grid_node(session, None, "青年湖北里")

    # Not from any page: no page can have been told by the one that wrote.
    with qtbot.waitSignal(window.ledger.grid.loaded, timeout=10_000):
        operations.write(sqlite_store, elsewhere, initiator=None)
    assert "青年湖北里" in grid_paths(window.ledger.grid.model)  # visible: at once
    assert window.ledger.filters.tag.findText("失独家庭") >= 0
    window.show_area("settings")  # hidden until now: follows when shown
    assert window.settings_page.community_form.community.text() == "安定门社区"
    editor = window.settings_page.care_tags
    assert "失独家庭" in [editor.tags.item(i).text() for i in range(editor.tags.count())]
    with qtbot.waitSignal(
        window.home.loaded, timeout=10_000, check_params_cb=lambda o: o.compounds == 3
    ):
        window.show_area("home")
    assert window.home.heading.text().endswith("安定门社区")


def test_the_main_window_wires_no_refresh_between_pages() -> None:
    """Only navigation, the restore and the restart are connected by hand; a refresh wired here
    would be a page refreshing another, which the hub replaces."""
    allowed = {
        "self.navigation.currentRowChanged -> self._area_changed",
        "self._ledger_actions.print_requested -> "
        "lambda key, preset: self.print_page.open_preview(key, preset)",
        "page.print_requested -> "
        "lambda key, event_id: self.print_page.open_event_printout(key, event_id)",
        "page.print_requested -> lambda year, team_id: self.print_page.open_preview("
        "'yearbook', LedgerChoice(year=year, team_id=team_id))",
        "page.print_requested -> "
        "lambda key, year: self.print_page.open_preview(key, LedgerChoice(year=year))",
        "page.print_requested -> lambda key, preset: self.print_page.open_preview(key, preset)",
        "page.restore_confirmed -> self.request_restore",
        "page.restart_requested -> self.request_restart",
        "page.go_to -> self.show_area",  # navigation: a notice's area
        "page.visit_requested -> self.record_visit",
        "page.thanks_requested -> self.log_household_thanks",  # a household card records a visit
        "shortcut.activated -> lambda row=row: self.go_to_area(row)",
    }
    wired: set[str] = set()
    refreshes: list[str] = []
    for module in (main_window_module, app_module):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "connect" and module is main_window_module:
                signal = ast.unparse(node.func.value)
                wired.add(f"{signal} -> {ast.unparse(node.args[0])}")
            if node.func.attr.startswith(("refresh", "reload")):
                refreshes.append(ast.unparse(node))
    assert wired == allowed
    assert refreshes == []
