"""Every printout is listed once: the command line and the Print area read the same
catalogue, data is gathered in a session and laid out without one."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from hearth_desk.domain.models import Course
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports import catalogue
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.care_tags import tags_named
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.progress import Progress
from hearth_desk.services.visits.meetings import NewMeeting, hold_meeting
from hearth_desk.storage.store import Store
from tests.reports.pdf_reading import pdftotext
from tests.support.event_printouts import printed_talk


def test_each_printout_once_with_the_commands_the_cli_knows() -> None:
    keys = [printout.key for printout in catalogue.PRINTOUTS]
    assert keys == [
        "overview",
        "building-ledger",
        "care-list",
        "cards",
        "roster",
        "poster",
        "signin-sheet",
        "event-notice",
        "call-list",
        "publicity",
        "certificate-register",
        "yearbook",
        "visits-due",
        "minutes",
        "meeting-signin",
        "visit-figures",
        "problem-ledger",
        "timetable",
        "attendance",
        "class-roster",
    ]
    # Certificates register what they print: listed apart, not in the Print area.
    assert [printout.key for printout in catalogue.ISSUING] == ["certificates"]
    assert catalogue.printout("certificates").issues
    assert not any(printout.issues for printout in catalogue.PRINTOUTS)
    assert catalogue.commands() == (
        "overview",
        "ledger",
        "cards",
        "roster",
        "poster",
        "signin",
        "notice",
        "calllist",
        "publicity",
        "register",
        "yearbook",
        "visits-due",
        "minutes",
        "meeting-signin",
        "visit-figures",
        "requests",
        "timetable",
        "attendance",
        "class-roster",
        "certificates",
    )
    assert catalogue.for_command("overview", tag=False).key == "overview"
    assert catalogue.for_command("ledger", tag=False).key == "building-ledger"
    assert catalogue.for_command("ledger", tag=True).key == "care-list"
    assert not catalogue.printout("overview").takes_choice
    assert catalogue.printout("care-list").takes_tag
    assert catalogue.for_command("cards", tag=False).key == "cards"
    assert catalogue.for_command("roster", tag=False).key == "roster"
    # The tree's printouts read --team (and the cards --member); the window asks them
    # for a team, not the ledger's grid and tag.
    cards, roster = catalogue.printout("cards"), catalogue.printout("roster")
    assert cards.takes_team and cards.takes_members and not cards.takes_full_numbers
    assert roster.takes_team and roster.takes_full_numbers and not roster.takes_members
    assert cards.takes_choice and not cards.asks_ledger_choice
    assert not roster.asks_ledger_choice
    assert catalogue.printout("care-list").asks_ledger_choice
    poster = catalogue.for_command("poster", tag=False)
    assert poster.render_options == ("size", "tile") and poster.takes_team
    # The events' printouts are of one event (hearth-desk print signin 12); the notice
    # takes its paper size.
    events = [catalogue.for_command(c, tag=False) for c in ("signin", "notice", "calllist")]
    assert [p.key for p in events] == ["signin-sheet", "event-notice", "call-list"]
    assert all(p.takes_event and p.takes_choice and not p.asks_ledger_choice for p in events)
    assert not any(p.takes_event for p in catalogue.PRINTOUTS[:6])
    assert events[1].render_options == ("size",) and events[0].render_options == ()
    # A joint meeting's paper is of one meeting (print minutes --meeting 3).
    meetings = [catalogue.printout(key) for key in ("minutes", "meeting-signin")]
    assert all(p.takes_meeting and p.takes_choice and not p.asks_ledger_choice for p in meetings)
    assert not any(p.takes_meeting for p in catalogue.PRINTOUTS[:12])
    # The elderly university's: the timetable of a term (--term, --size A4|A3), the
    # attendance sheet and roster of a class (print attendance 葫芦丝班).
    timetable = catalogue.for_command("timetable", tag=False)
    assert timetable.takes_term and not timetable.takes_course and timetable.takes_choice
    assert timetable.render_options == ("size",) and not timetable.asks_ledger_choice
    for key in ("attendance", "class-roster"):
        entry = catalogue.printout(key)
        assert entry.takes_course and entry.takes_choice and not entry.takes_term
        assert not entry.takes_event and not entry.asks_ledger_choice
    assert not any(p.takes_term or p.takes_course for p in catalogue.PRINTOUTS[:17])


@pytest.mark.parametrize("printout", catalogue.EVERY, ids=lambda p: p.key)
def test_gather_and_render_name_real_functions(printout: catalogue.Printout) -> None:
    assert callable(catalogue._load(printout.gather_with))
    assert callable(catalogue._load(printout.render_with))
    assert printout.render_with.startswith("hearth_desk.reports.")
    assert printout.gather_with.startswith("hearth_desk.services.")


def test_rendering_needs_no_store(sqlite_store: Store, tmp_path: Path) -> None:
    with sqlite_store.transaction() as session:
        fill_demo(session, households=30, seed=2)
        tag_id = tags_named(session, ["党员"])[0].id
        event_id = printed_talk(session).event_id
        hold_meeting(session, NewMeeting(dt.date(2026, 3, 20), new_matters=["停车难"]))
        # The demo has a term of classes already: print its first.
        course_id = session.scalars(select(Course.id).order_by(Course.id)).first()
    choice = LedgerChoice(tag_id=tag_id, event_id=event_id, course_id=course_id)
    with sqlite_store.session() as session:
        gathered = {
            p.key: p.gather(session, choice, Progress.silent()) for p in catalogue.PRINTOUTS
        }
    sqlite_store.close()
    translate = load_catalogue("zh_CN").translate
    for printout in catalogue.PRINTOUTS:
        out = tmp_path / f"{printout.key}.pdf"
        result = printout.render(out, gathered[printout.key], translate, Progress.silent())
        assert result.pages >= 1 and "和平里社区" in pdftotext(out)


def test_the_catalogue_loads_no_reportlab_database_or_qt() -> None:
    """The command line builds its parser from the catalogue on every start."""
    code = (
        "import sys, hearth_desk.reports.catalogue; "
        "print(sorted({m.split('.')[0] for m in sys.modules} "
        "& {'reportlab', 'sqlalchemy', 'PySide6'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
