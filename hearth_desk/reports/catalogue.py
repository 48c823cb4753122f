"""Every printout the program makes, listed once.

``hearth-desk print <command>`` and the window's Print area both read this list, so a
new printout is added here and appears in both. Each entry says what it asks of the
user (a part of the grid, a care tag, full numbers) and carries its two steps:
``gather`` reads plain data in a session (in the window, on a worker thread), and
``render`` lays that data out as a PDF without touching the store.

This module sits above the features, like the home page: it names each feature's
gather function (a service) and its layout (a report).

Certificates are the one printout that writes: printing them registers them
(``issues``). Their gather runs in a transaction that is committed only once the PDF
is written, so they are listed apart (``ISSUING``): the command line prints them, the
window issues them on its certificates page, and the Print area, which only reads,
does not list them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hearth_desk.domain.messages import Translate
    from hearth_desk.reports.kit.result import RenderResult
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.services.progress import Progress

# The titles and descriptions are shown in the window's Print area, in its context.
CATALOGUE_CONTEXT = "PrintPage"
CATALOGUE_REPORT_CONTEXT = "Report"  # the printouts' own words (reports/kit/document)


def _load(target: str) -> Any:
    """``package.module:function``, imported when first used: the command line builds
    its parser from this list on every start, and ReportLab and the services would
    slow down every command, not only ``print``."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Printout:
    key: str  # the Print area's name for it, e.g. care-list
    command: str  # ``hearth-desk print <command>``; entries may share one (see ``for_command``)
    title: str  # English source, context CATALOGUE_CONTEXT
    description: str  # likewise
    takes_grid: bool  # may be narrowed to a compound or building (--grid)
    takes_tag: bool  # needs a care tag (--tag)
    takes_full_numbers: bool  # may print full ID numbers and phones (--full-id)
    gather_with: str  # a service: (session, [choice,] progress=) -> plain data
    render_with: str  # a report: (out, data, translate, progress) -> RenderResult
    takes_team: bool = False  # may be narrowed to one service team (--team)
    takes_members: bool = False  # may be narrowed to members found by name (--member)
    takes_event: bool = False  # is of one event (hearth-desk print signin 12)
    takes_meeting: bool = False  # is of one joint meeting (print minutes --meeting 3)
    # Layout options of its own from the command line (the poster's --size, --tile),
    # passed to render by name when given; the Print area uses the defaults.
    render_options: tuple[str, ...] = ()
    takes_year: bool = False  # is of one year (--year; the certificates and their notice)
    takes_staff: bool = False  # may be of one grid worker's area (--by; the visit round)
    takes_period: bool = False  # is of a period (--from, --to; the visits' figures)
    # Printing registers what is printed (certificates): gather takes the print
    # language's words and runs in a transaction the caller commits after rendering.
    issues: bool = False
    # Is of requests: a period, tier, category and status (--from, --to, --tier…).
    takes_requests: bool = False
    # A service writing the same data as .xlsx, (out, data, progress) -> rows: the
    # command line writes it when --out ends in .xlsx.
    spreadsheet_with: str | None = None
    takes_term: bool = False  # is of one term of classes (--term; None: the current one)
    takes_course: bool = False  # is of one class (hearth-desk print attendance #3)

    @property
    def takes_choice(self) -> bool:
        """Whether the printout reads a choice (``--grid``, ``--team``…) at all."""
        return (
            self.takes_grid
            or self.takes_tag
            or self.takes_full_numbers
            or self.takes_team
            or self.takes_members
            or self.takes_event
            or self.takes_meeting
            or self.takes_year
            or self.takes_staff
            or self.takes_period
            or self.takes_requests
            or self.takes_term
            or self.takes_course
        )

    @property
    def asks_ledger_choice(self) -> bool:
        """Whether the window asks the ledger's question (a part of the grid, a care tag,
        full numbers) before printing; the tree's printouts ask for a team instead."""
        return self.takes_grid or self.takes_tag

    def gather(
        self,
        session: Session,
        choice: LedgerChoice,
        progress: Progress,
        translate: Translate | None = None,
    ) -> Any:
        """Read what the printout shows, as plain data (``choice`` only if it takes one);
        a printout that ``issues`` registers it too, worded with ``translate``."""
        gather = _load(self.gather_with)
        if self.issues:
            assert translate is not None, "an issuing printout words what it registers"
            words = partial(translate, CATALOGUE_REPORT_CONTEXT)
            return gather(session, choice, words=words, progress=progress)
        if self.takes_choice:
            return gather(session, choice, progress=progress)
        return gather(session, progress=progress)

    def render(
        self, out: Path, data: Any, translate: Translate, progress: Progress, **options: Any
    ) -> RenderResult:
        """Lay ``data`` out and write the PDF to ``out``; the store is not touched."""
        own = _given(options, self.render_options)
        return _load(self.render_with)(out, data, translate, progress, **own)

    def write_spreadsheet(self, out: Path, data: Any, progress: Progress) -> int:
        """Write ``data`` as .xlsx to ``out`` (only a printout with ``spreadsheet_with``)."""
        assert self.spreadsheet_with is not None, f"{self.key} has no spreadsheet"
        return int(_load(self.spreadsheet_with)(out, data, progress))


def _given(options: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The options a step takes that were given (None: left at its default)."""
    return {name: options[name] for name in names if options.get(name) is not None}


PRINTOUTS: tuple[Printout, ...] = (
    Printout(
        key="overview",
        command="overview",
        title=QT_TRANSLATE_NOOP("PrintPage", "Community overview"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Households and residents per compound, age bands and what needs "
            "attention; one or two A4 pages.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        gather_with="hearth_desk.services.overview:overview_report_data",
        render_with="hearth_desk.reports.overview:render_overview",
    ),
    Printout(
        key="building-ledger",
        command="ledger",
        title=QT_TRANSLATE_NOOP("PrintPage", "Building ledger"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Every household of a building, a compound or the whole community, "
            "by unit and door, with its members; A4 landscape.",
        ),
        takes_grid=True,
        takes_tag=False,
        takes_full_numbers=True,
        gather_with="hearth_desk.services.ledger.printouts:building_ledger_for",
        render_with="hearth_desk.reports.ledger.building_ledger:render_building_ledger",
    ),
    Printout(
        key="care-list",
        command="ledger",
        title=QT_TRANSLATE_NOOP("PrintPage", "Care list"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The residents with one care tag, such as the elderly living alone, "
            "with age, address and phone; A4 landscape.",
        ),
        takes_grid=True,
        takes_tag=True,
        takes_full_numbers=True,
        gather_with="hearth_desk.services.ledger.printouts:care_list_for",
        render_with="hearth_desk.reports.ledger.care_list:render_care_list",
    ),
    Printout(
        key="cards",
        command="cards",
        title=QT_TRANSLATE_NOOP("PrintPage", "Contact cards"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "One card per member, with teams, phone, the team's promise and a QR code a "
            "phone saves as a contact; ten 90×54 mm cards per A4 sheet, with crop marks.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_team=True,
        takes_members=True,
        gather_with="hearth_desk.services.tree.printouts:cards_for",
        render_with="hearth_desk.reports.tree.cards:render_cards",
    ),
    Printout(
        key="roster",
        command="roster",
        title=QT_TRANSLATE_NOOP("PrintPage", "Roster"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Every member of the tree or of one team, with party details, teams and "
            "phone; ID numbers and phones partly hidden; A4 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=True,
        takes_team=True,
        gather_with="hearth_desk.services.tree.printouts:roster_for",
        render_with="hearth_desk.reports.tree.roster:render_roster",
    ),
    Printout(
        key="poster",
        command="poster",
        title=QT_TRANSLATE_NOOP("PrintPage", "The connected-heart tree poster"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The tree as painted on the wall: every team a branch, every member a leaf "
            "with work unit, name and phone; A3 to A0, or tiled onto A4 or A3 sheets.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_team=True,
        gather_with="hearth_desk.services.tree.poster_data:poster_for",
        render_with="hearth_desk.reports.tree.poster:render_poster",
        render_options=("size", "tile"),
    ),
    Printout(
        key="signin-sheet",
        command="signin",
        title=QT_TRANSLATE_NOOP("PrintPage", "Sign-in sheet"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Everyone signed up for an event, in order, with a column to sign and a code "
            "the door's scanner reads; then the waiting list and blank rows; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_event=True,
        gather_with="hearth_desk.services.events.printouts:signin_sheet_for",
        render_with="hearth_desk.reports.events.signin_sheet:render_signin_sheet",
    ),
    Printout(
        key="event-notice",
        command="notice",
        title=QT_TRANSLATE_NOOP("PrintPage", "Event notice"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The notice for the board: title, time, place, the stalls, whom to ask and a "
            "QR code that dials the number; A4 or A3.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_event=True,
        gather_with="hearth_desk.services.events.printouts:notice_for",
        render_with="hearth_desk.reports.events.notice:render_notice",
        render_options=("size",),
    ),
    Printout(
        key="call-list",
        command="calllist",
        title=QT_TRANSLATE_NOOP("PrintPage", "Call list"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Whom to phone about an event: those who moved up from the waiting list and "
            "the elderly, with full numbers; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_event=True,
        gather_with="hearth_desk.services.events.printouts:call_list_for",
        render_with="hearth_desk.reports.events.call_list:render_call_list",
    ),
    Printout(
        key="publicity",
        command="publicity",
        title=QT_TRANSLATE_NOOP("PrintPage", "Public notice of certificates"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The volunteer certificates issued in a year, with ID numbers partly hidden, "
            "the notice period of at least seven days and whom to tell an objection; A4 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_year=True,
        gather_with="hearth_desk.services.certificates.printouts:publicity_for",
        render_with="hearth_desk.reports.certificates.publicity:render_publicity",
    ),
    Printout(
        key="certificate-register",
        command="register",
        title=QT_TRANSLATE_NOOP("PrintPage", "Register of certificates"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Every certificate of a year by number, voided ones with their reason and how "
            "often each was printed again, for the office's file; A4 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_year=True,
        gather_with="hearth_desk.services.certificates.printouts:register_for",
        render_with="hearth_desk.reports.certificates.register_sheet:render_register",
    ),
    Printout(
        key="yearbook",
        command="yearbook",
        title=QT_TRANSLATE_NOOP("PrintPage", "Volunteer service of the year"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The year in sentences, by month, by service team and the top volunteers, each "
            "with its chart, for the reports a street office asks for; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_team=True,
        takes_year=True,
        gather_with="hearth_desk.services.volunteering.printouts:yearbook_for",
        render_with="hearth_desk.reports.volunteering.yearbook:render_yearbook",
    ),
    Printout(
        key="visits-due",
        command="visits-due",
        title=QT_TRANSLATE_NOOP("PrintPage", "Visit round sheet"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The households due a visit in a grid worker's area or part of the grid, building "
            "by building in door order, with blank columns for the date, what was found and a "
            "signature; A4.",
        ),
        takes_grid=True,
        takes_tag=False,
        takes_full_numbers=False,
        takes_staff=True,
        gather_with="hearth_desk.services.visits.printouts:round_sheet_for",
        render_with="hearth_desk.reports.visits.round_sheet:render_round_sheet",
    ),
    Printout(
        key="minutes",
        command="minutes",
        title=QT_TRANSLATE_NOOP("PrintPage", "Minutes of a joint meeting"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "The meeting's day, place and who came for each of the five parties, every matter "
            "with its decision, owner and due date, the carried-over ones marked, and room "
            "to sign; the latest meeting unless one is chosen on its page; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_meeting=True,
        gather_with="hearth_desk.services.visits.meeting_printouts:meeting_paper_for",
        render_with="hearth_desk.reports.visits.minutes:render_minutes",
    ),
    Printout(
        key="meeting-signin",
        command="meeting-signin",
        title=QT_TRANSLATE_NOOP("PrintPage", "Sign-in sheet of a joint meeting"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "One block per party with rows to fill in: name, unit or role, phone and "
            "signature; the latest meeting unless one is chosen on its page; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_meeting=True,
        gather_with="hearth_desk.services.visits.meeting_printouts:meeting_paper_for",
        render_with="hearth_desk.reports.visits.meeting_signin:render_meeting_signin",
    ),
    Printout(
        key="visit-figures",
        command="visit-figures",
        title=QT_TRANSLATE_NOOP("PrintPage", "Visits and problems: the figures"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "A period's door-to-door visits and households covered against those due, the "
            "problems by category, tier and status, closure and satisfaction, by month and "
            "quarter with charts; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_period=True,
        gather_with="hearth_desk.services.visits.figures_printout:figures_page_for",
        render_with="hearth_desk.reports.visits.figures_page:render_figures_page",
    ),
    Printout(
        key="problem-ledger",
        command="requests",
        title=QT_TRANSLATE_NOOP("PrintPage", "Problem ledger"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "Every request of a period, with its tier, handler, due date, status, result "
            "and satisfaction, and the totals; A4 landscape, or .xlsx.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_requests=True,
        gather_with="hearth_desk.services.visits.problem_ledger:problem_ledger_for",
        render_with="hearth_desk.reports.visits.problem_ledger:render_problem_ledger",
        spreadsheet_with="hearth_desk.services.visits.problem_ledger:write_problem_ledger_xlsx",
    ),
    Printout(
        key="timetable",
        command="timetable",
        title=QT_TRANSLATE_NOOP("PrintPage", "Timetable of the elderly university"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "A term's classes as a week grid for the notice board, each with its room and "
            "teacher, and the days without classes; A4 or A3 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_term=True,
        gather_with="hearth_desk.services.classes.printouts:timetable_for",
        render_with="hearth_desk.reports.classes.timetable:render_timetable",
        render_options=("size",),
    ),
    Printout(
        key="attendance",
        command="attendance",
        title=QT_TRANSLATE_NOOP("PrintPage", "Attendance sheet of a class"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "A class's students with a column per session date to tick on paper, the "
            "attendance already entered ticked; A4 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_course=True,
        gather_with="hearth_desk.services.classes.printouts:attendance_sheet_for",
        render_with="hearth_desk.reports.classes.attendance_sheet:render_attendance_sheet",
    ),
    Printout(
        key="class-roster",
        command="class-roster",
        title=QT_TRANSLATE_NOOP("PrintPage", "Class roster"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "A class's students with full phones for the teacher to call, the community "
            "of those from elsewhere and the day they enrolled, then the waiting list; A4.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_course=True,
        gather_with="hearth_desk.services.classes.printouts:class_roster_for",
        render_with="hearth_desk.reports.classes.class_roster:render_class_roster",
    ),
)

# Printouts that register what they print: the command line's ``print certificates``.
ISSUING: tuple[Printout, ...] = (
    Printout(
        key="certificates",
        command="certificates",
        title=QT_TRANSLATE_NOOP("PrintPage", "Volunteer certificates"),
        description=QT_TRANSLATE_NOOP(
            "PrintPage",
            "One numbered certificate per volunteer who qualifies, registered as it is "
            "printed: service records on A4 portrait, honours on A4 landscape.",
        ),
        takes_grid=False,
        takes_tag=False,
        takes_full_numbers=False,
        takes_team=True,
        takes_members=True,
        takes_year=True,
        issues=True,
        gather_with="hearth_desk.services.certificates.printouts:certificates_for",
        render_with="hearth_desk.reports.certificates.issued:render_issued",
    ),
)
EVERY: tuple[Printout, ...] = PRINTOUTS + ISSUING


def commands() -> tuple[str, ...]:
    """The names ``hearth-desk print`` accepts, in the catalogue's order."""
    return tuple(dict.fromkeys(printout.command for printout in EVERY))


def printout(key: str) -> Printout:
    return next(printout for printout in EVERY if printout.key == key)


def for_command(command: str, *, tag: bool) -> Printout:
    """The printout ``hearth-desk print <command>`` makes: where two share a command,
    the one that takes a care tag when ``--tag`` is given (``ledger --tag`` is the
    care list), else the other."""
    named = [printout for printout in EVERY if printout.command == command]
    return next((p for p in named if p.takes_tag == tag), named[0])
