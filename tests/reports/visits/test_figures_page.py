"""The figures page: the period in sentences, by month with its chart, by quarter, the
problems by category, tier and status with their charts, and satisfaction, from a
quarter gathered on both databases; the catalogue and ``print visit-figures`` make it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports import catalogue
from hearth_desk.reports.visits.figures_page import render_figures_page
from hearth_desk.services.audit import set_actor
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.figures_printout import figures_page_for
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import one_problem, run, told
from tests.support.visit_figures import a_quarter

QUARTER = LedgerChoice(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 3, 31))


@pytest.fixture(autouse=True)
def at_the_desk():  # type: ignore[no-untyped-def]
    set_actor("陈静")
    yield
    set_actor(None)


def test_the_figures_page(session: Session, tmp_path: Path) -> None:
    a_quarter(session)
    data = figures_page_for(session, QUARTER)
    assert (data.figures.start, data.figures.end) == (QUARTER.date_from, QUARTER.date_to)
    result = render_figures_page(tmp_path / "f.pdf", data, load_catalogue("en").translate)
    assert result.missing == [] and result.pages >= 1
    text = " ".join(pdftotext(result.path).split())
    assert "Door-to-door visits and problems handled" in text
    assert ("From 2026-01-01 to 2026-03-31, 3 visits were made to 2 households; 2 of the 2 "
            "households due were visited (100.0%).") in text  # fmt: skip
    assert "3 problems were registered and 2 closed (closure rate 66.7%)" in text
    assert "in 6.5 days at the median" in text
    assert "2026, month 2 1 2 1 50.0%" in text  # a month's row: visits, due, visited, share
    assert "2026 quarter 1" in text
    for word in ("民生", "工程", "安全", "小事", "大事", "特事", "办理中", "满意", "基本满意"):
        assert word in text  # the office's words, as on every sheet of visits


def test_the_catalogue_and_the_command_line_print_it(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    printout = catalogue.printout("visit-figures")
    assert printout.takes_period and printout.takes_choice and not printout.asks_ledger_choice
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            a_quarter(session)
        with store.session() as session:
            data = printout.gather(session, QUARTER, Progress.silent())
    assert data.figures.total.visits == 3
    out = tmp_path / "figures.pdf"
    code, said, err = run(capsys, "print", "visit-figures", "--from", "2026-01-01", "--to",
                          "2026-03-31", "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "") and str(out) in said
    assert "2026-01-01" in pdftotext(out)
    assert one_problem(capsys, "print", "overview", "--from", "2026-01-01", "--out",
                       str(out)) == told("{option} does not apply to “print {report}”.",
                                         option="--from", report="overview")  # fmt: skip
