"""``hearth-desk print REPORT --out F.pdf``: every printout in reports/catalogue.

Printing sits above the features, like the window's Print area: the catalogue
says which printouts exist, the ledger's options say what a printout covers.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hearth_desk.cli.base import Subparsers, Translate, open_for_reading
from hearth_desk.cli.certificates_commands import add_certificate_options, issued_lines
from hearth_desk.cli.events_commands import event_number_type
from hearth_desk.cli.ledger_commands import add_filter_options, print_choice
from hearth_desk.cli.meetings_commands import meeting_number_type
from hearth_desk.cli.output import Output
from hearth_desk.cli.requests_commands import (
    add_request_options,
    request_choice,
    request_options_given,
)
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:
    from pathlib import Path

    from hearth_desk.reports.catalogue import Printout
    from hearth_desk.reports.kit.result import RenderResult
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.services.progress import Progress


def refuse_unused_options(printout: Printout, args: argparse.Namespace) -> None:
    """A printout that cannot be narrowed as asked says so rather than print more
    than the user wanted (``print overview --team T``, ``print cards --full-id``)."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

    for option, given, taken in (
        ("--grid", args.grid, printout.takes_grid),
        ("--tag", args.tag, printout.takes_tag),
        ("--full-id", args.full_id, printout.takes_full_numbers),
        ("--team", args.team, printout.takes_team),
        ("--member", args.member, printout.takes_members),
        ("--size", args.size, "size" in printout.render_options),
        ("--tile", args.tile, "tile" in printout.render_options),
        (f"#{args.event}", args.event is not None, printout.takes_event),
        ("--term", args.term is not None, printout.takes_term),
        ("--meeting", args.meeting is not None, printout.takes_meeting),
        ("--year", args.year is not None, printout.takes_year),
        ("--from", args.date_from is not None, printout.takes_period or printout.takes_requests),
        ("--to", args.date_to is not None, printout.takes_period or printout.takes_requests),
        ("--min-hours", args.min_hours is not None, printout.issues),
        ("--kind", args.kind is not None, printout.issues),
        ("--skip-missing-id", args.skip_missing_id, printout.issues),
        ("--by", args.by, printout.takes_staff),
        *(
            (option, given, printout.takes_requests)
            for option, given in request_options_given(args)
        ),
    ):
        if given and not taken:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{option} does not apply to “print {report}”."),
                option=option,
                report=printout.command,
            )
    if printout.takes_event and args.event is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "“print {report}” needs an event number, as in “print {report} 12”."
            ),
            report=printout.command,
        )
    if printout.takes_course and args.course is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“print {report}” needs a class, as in “print {report} #3” or by its name.",
            ),
            report=printout.command,
        )
    if printout.takes_meeting and args.meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“print {report}” needs a meeting number, as in “print {report} --meeting 3”.",
            ),
            report=printout.command,
        )
    sizes = SIZES_BY_REPORT.get(printout.command, ())
    if args.size and sizes and args.size not in sizes:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "--size {size} does not apply to “print {report}”: it takes {sizes}."
            ),
            size=args.size,
            report=printout.command,
            sizes="|".join(sizes),
        )


def tree_choice(session: Any, args: argparse.Namespace, choice: LedgerChoice) -> LedgerChoice:
    """``choice`` narrowed by --team (a service team's name) and --member, and the
    other printouts' own options (the event, the meeting, the term, the class…)."""
    from hearth_desk.services.classes.courses import course_ref
    from hearth_desk.services.classes.terms import term_named
    from hearth_desk.services.tree.printouts import team_named
    from hearth_desk.services.visits.staff import staff_named

    team_id = team_named(session, args.team).id if args.team else None
    return replace(
        request_choice(args, choice),
        staff_id=staff_named(session, args.by).id if args.by else None,
        team_id=team_id,
        member_queries=tuple(args.member or ()),
        event_id=args.event,
        meeting_id=args.meeting,
        year=args.year,
        min_hours=args.min_hours,
        certificate_kind=args.kind,
        skip_without_id=args.skip_missing_id,
        date_from=args.date_from,
        date_to=args.date_to,
        term_id=term_named(session, args.term).id if args.term is not None else None,
        course_id=course_ref(session, args.course).id if args.course is not None else None,
    )


class PrintTarget(argparse.Action):
    """``print``'s optional positional: an event's number for the events' printouts
    (signin 12, as before: anything else is a usage error), a class (#3, 3 or its name)
    for the classes' (attendance 葫芦丝班). Sets ``event`` or ``course``; the report is
    read first, so which one it is is known here."""

    def __init__(self, *args: Any, translate: Translate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._event_number = event_number_type(translate)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from hearth_desk.reports import catalogue

        namespace.event = namespace.course = None
        if values is None:
            return
        if any(p.takes_course for p in catalogue.EVERY if p.command == namespace.report):
            namespace.course = values
            return
        try:
            namespace.event = self._event_number(values)
        except argparse.ArgumentTypeError as error:
            raise argparse.ArgumentError(self, str(error)) from None


class PrintCommand:
    name = "print"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        from hearth_desk.reports import catalogue

        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "print a report to a PDF file")
        )
        parser.add_argument(
            "report",
            choices=catalogue.commands(),
            metavar=translate("Cli", "REPORT"),
            help=translate(
                "Cli",
                "which report: overview (the community overview), ledger (the building "
                "ledger; with --tag the care list of that tag), cards (the members' contact "
                "cards), roster (the members' roster), poster (the connected-heart tree), "
                "or of event N: signin (the sign-in sheet), notice (the notice for the "
                "board) or calllist (whom to phone, full numbers); certificates (issue and "
                "register the year's certificates), publicity (their public notice), register "
                "(the register of the year's certificates), yearbook (the year's volunteer "
                "service, with charts); visits-due (the visit round sheet), minutes and "
                "meeting-signin (of joint meeting --meeting N), visit-figures (a period's "
                "visits and problems, with charts) or requests (the problem ledger); "
                "timetable (a term's classes, for the board), or of class CLASS: attendance "
                "(the attendance sheet) or class-roster (its students, full phones)",
            ),
        )
        parser.add_argument(
            "target",
            nargs="?",
            action=PrintTarget,
            translate=translate,
            metavar=f"N|{translate('Cli', 'CLASS')}",
            help=translate(
                "Cli",
                "signin, notice and calllist: the event's number, 12 or #12; attendance and "
                "class-roster: the class, #3, 3 or its name",
            ),
        )
        parser.set_defaults(event=None, course=None)
        parser.add_argument(
            "--out",
            required=True,
            metavar=translate("Cli", "FILE.pdf"),
            help=translate("Cli", "where to write the PDF"),
        )
        add_filter_options(parser, translate)
        parser.add_argument(
            "--team",
            metavar=translate("Cli", "TEAM"),
            help=translate(
                "Cli",
                "cards, roster, poster and certificates: only this service team's members, "
                "e.g. 环境整治服务队",
            ),
        )
        parser.add_argument(
            "--member",
            action="append",
            metavar=translate("Cli", "QUERY"),
            help=translate(
                "Cli",
                "cards and certificates: only the members this name, pinyin or initials finds; "
                "may be repeated",
            ),
        )
        parser.add_argument(
            "--by",
            dest="by",
            metavar=translate("Cli", "NAME"),
            help=translate("Cli", "visits-due: the grid worker whose round it is"),
        )
        add_poster_options(parser, translate)
        add_certificate_options(parser, translate)
        parser.add_argument(
            "--meeting",
            type=meeting_number_type(translate),
            metavar="N",
            help=translate(
                "Cli", "minutes and meeting-signin: the joint meeting's number, 3 or #3"
            ),
        )
        parser.add_argument(
            "--term",
            metavar=translate("Cli", "TERM"),
            help=translate(
                "Cli", "timetable: the term's name, e.g. 2026年秋季学期 (default: the current term)"
            ),
        )
        add_period_options(parser, translate)
        add_request_options(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from pathlib import Path

        from hearth_desk.reports import catalogue
        from hearth_desk.services.progress import Progress

        printout = catalogue.for_command(args.report, tag=bool(args.tag))
        refuse_unused_options(printout, args)
        # Layout options, by name (only the poster and the notice take them: see above).
        options = {"size": args.size, "tile": args.tile}
        progress = Progress(out.progress)
        if printout.issues:
            result = print_and_register(printout, args, location, out, progress)
        else:
            # Printing only reads: like check, it works beside an open window.
            with open_for_reading(location) as store, store.session() as session:
                choice = tree_choice(session, args, print_choice(session, args))
                data = printout.gather(session, choice, progress)
            if wants_spreadsheet(printout, Path(args.out)):
                rows = printout.write_spreadsheet(Path(args.out), data, progress)
                out.line(
                    out.translate("Cli", "Wrote {path} ({rows} rows).").format(
                        path=args.out, rows=rows
                    )
                )
                return 0
            result = printout.render(Path(args.out), data, out.translate, progress, **options)
        for item in result.missing:
            out.error(
                out.translate(
                    "Cli",
                    "Page {page}: no font has “{characters}” in “{text}”; a □ was printed instead.",
                ).format(page=item.page, characters=item.characters, text=item.text)
            )
        out.line(
            out.translate("Cli", "Wrote {path} ({pages} pages).").format(
                path=result.path, pages=result.pages
            )
        )
        return 0


def wants_spreadsheet(printout: Printout, out: Path) -> bool:
    """``--out F.xlsx`` of a printout that also comes as a sheet (the problem ledger);
    any other printout writes its PDF to whatever name it is given, as it always did."""
    return out.suffix.lower() == ".xlsx" and printout.spreadsheet_with is not None


def print_and_register(
    printout: Printout,
    args: argparse.Namespace,
    location: StoreLocation,
    out: Output,
    progress: Progress,
) -> RenderResult:
    """Print what ``printout`` issues and register it, so that neither happens alone.

    The PDF is laid out, inside the registering transaction, into a private file
    beside the target; the transaction commits only once that file is whole; then the
    file takes the target's name. A PDF that cannot be written rolls the register back.
    Only the last step can fail after the commit (a rename in the same folder), and then
    the user is told: printing again reprints the same numbers (补打), never new ones."""
    from pathlib import Path

    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
    from hearth_desk.reports.kit.document import cannot_write_pdf
    from hearth_desk.services.user_files import put_in_place, temporary_beside
    from hearth_desk.storage.store import open_store

    target = Path(args.out)
    try:
        temporary = temporary_beside(target)
    except OSError as error:
        raise cannot_write_pdf(target, error) from error
    try:
        with open_store(location) as store, store.transaction() as session:
            choice = tree_choice(session, args, print_choice(session, args))
            data = printout.gather(session, choice, progress, out.translate)
            rendered = printout.render(temporary, data, out.translate, progress)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:
        put_in_place(temporary, target)
    except (OSError, UserError) as error:
        temporary.unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) else error.translated(out.translate)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The certificates were registered, but the PDF could not be put at {path}: "
                "{reason}. Print them again to reprint the same numbers.",
            ),
            path=str(target),
            reason=reason or str(error),
        ) from error
    for line in issued_lines(data, out.translate):
        out.line(line)
    rendered.path = target
    return rendered


# The poster's (reports/tree/poster_layout.SIZES, poster_tiles.TILE_SHEETS), the
# notice's (reports/events/notice.SIZES) and the timetable's
# (reports/classes/timetable.SIZES), written out so that building the parser
# imports no ReportLab; tests keep them equal.
POSTER_SIZES = ("A3", "A2", "A1", "A0")
NOTICE_SIZES = ("A4", "A3")
TILE_SHEETS = ("A4", "A3")
TIMETABLE_SIZES = ("A4", "A3")
SIZES_BY_REPORT = {"poster": POSTER_SIZES, "notice": NOTICE_SIZES, "timetable": TIMETABLE_SIZES}


def add_poster_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--size of ``print poster``, ``print notice`` and ``print timetable``, --tile of
    the poster (its --team is every tree printout's). Each printout refuses the others'
    sizes in words."""
    parser.add_argument(
        "--size",
        choices=tuple(dict.fromkeys(NOTICE_SIZES + TIMETABLE_SIZES + POSTER_SIZES)),
        type=str.upper,
        help=translate(
            "Cli",
            "paper size: the poster A3|A2|A1|A0 (default A1), the notice and the timetable "
            "A4|A3 (default A4)",
        ),
    )
    parser.add_argument(
        "--tile",
        choices=TILE_SHEETS,
        type=str.upper,
        help=translate("Cli", "split the poster onto sheets of this size for an office printer"),
    )


def add_period_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--from and --to: the period of ``print visit-figures`` (this year so far when left
    out) and of ``print requests`` (registered in it; every request when left out)."""
    from hearth_desk.cli.base import iso_date

    first = translate(
        "Cli", "visit-figures and requests: the first day of the period, such as 2026-01-01"
    )
    last = translate(
        "Cli", "visit-figures and requests: the last day of the period, such as 2026-03-31"
    )
    for option, dest, help_text in (("--from", "date_from", first), ("--to", "date_to", last)):
        parser.add_argument(
            option, dest=dest, type=iso_date, metavar=translate("Cli", "DATE"), help=help_text
        )
