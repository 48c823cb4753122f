"""``hearth-desk stats visits --from D --to D``: the period's door-to-door figures as
the office writes them in its monthly summary (走访 1,234 次，覆盖应访住户 812/900 户…),
then by quarter and by month. The categories, tiers and satisfaction are written in the
office's words (民生, 小事, 满意), as on paper."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hearth_desk.cli.base import Translate, iso_date, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:  # the command line loads services only when a command runs
    from hearth_desk.services.visits.figures import SpanFigures, VisitFigures

NONE = "—"


class VisitFiguresSubject:
    """The ``visits`` subject of ``stats`` (see ``volunteering_commands.StatsCommand``)."""

    name = "visits"

    def add_options(self, parser: argparse.ArgumentParser, translate: Translate) -> None:
        parser.add_argument(
            "--from",
            dest="date_from",
            type=iso_date,
            metavar=translate("Cli", "DATE"),
            help=translate("Cli", "visits: the first day of the period, such as 2026-01-01"),
        )
        parser.add_argument(
            "--to",
            dest="date_to",
            type=iso_date,
            metavar=translate("Cli", "DATE"),
            help=translate("Cli", "visits: the last day of the period, such as 2026-03-31"),
        )

    def options_given(self, args: argparse.Namespace) -> list[str]:
        given = (("--from", args.date_from), ("--to", args.date_to))
        return [option for option, value in given if value is not None]

    def options_missing(self, args: argparse.Namespace) -> list[str]:
        given = self.options_given(args)
        return [option for option in ("--from", "--to") if option not in given]

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
        from hearth_desk.services.visits.figures import visit_figures

        if args.date_to < args.date_from:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The period ends ({end}) before it starts ({start})."
                ),
                start=args.date_from.isoformat(),
                end=args.date_to.isoformat(),
            )
        with open_for_reading(location) as store, store.session() as session:
            figures = visit_figures(session, args.date_from, args.date_to)
        for line in figure_lines(figures, out.translate):
            out.line(line)
        return 0


def number(n: int) -> str:
    return f"{n:,}"


def share(part: float | None) -> str:
    """80.5%, or — when there is nothing to divide by."""
    return NONE if part is None else f"{part * 100:.1f}%"


def figure_lines(figures: VisitFigures, translate: Translate) -> list[str]:
    """The period in sentences, then a line a quarter and a line a month."""
    from hearth_desk.domain.visit_words import (
        REQUEST_CATEGORY_CHINESE,
        REQUEST_STATUS_CHINESE,
        REQUEST_TIER_CHINESE,
        SATISFACTION_CHINESE,
    )

    total = figures.total

    def counted(counts: dict[str, int], words: dict[str, str]) -> str:
        return "、".join(f"{words[code]} {number(n)}" for code, n in counts.items())

    lines = [
        translate(
            "Cli",
            "{start} to {end}: {visits} visits; {covered}/{due} households due were visited "
            "({coverage}); {visited} households visited in all.",
        ).format(
            start=figures.start.isoformat(),
            end=figures.end.isoformat(),
            visits=number(total.visits),
            covered=number(total.covered),
            due=number(total.due),
            coverage=share(total.coverage),
            visited=number(total.households_visited),
        ),
        translate(
            "Cli",
            "{registered} problems registered, {done} closed (closure rate {rate}); "
            "median {days} days to close.",
        ).format(
            registered=number(total.registered),
            done=number(total.done),
            rate=share(total.closure_rate),
            days=NONE if total.median_days is None else f"{total.median_days:g}",
        ),
        translate("Cli", "By category: {counts}").format(
            counts=counted(total.by_category, REQUEST_CATEGORY_CHINESE)
        ),
        translate("Cli", "By tier: {counts}").format(
            counts=counted(total.by_tier, REQUEST_TIER_CHINESE)
        ),
        translate("Cli", "By status: {counts}").format(
            counts=counted(total.by_status, REQUEST_STATUS_CHINESE)
        ),
        translate("Cli", "Return visits: {counts}; satisfaction rate {rate}.").format(
            counts=counted(total.satisfaction, SATISFACTION_CHINESE),
            rate=share(total.satisfied_share),
        ),
        "",
        translate("Cli", "By quarter:"),
    ]
    for row in figures.quarters:
        label = translate("Cli", "{year} quarter {quarter}").format(
            year=row.start.year, quarter=(row.start.month - 1) // 3 + 1
        )
        lines.append(label + GAP + span_line(row, translate))
    lines += ["", translate("Cli", "By month:")]
    for row in figures.months:
        label = translate("Cli", "{year}, month {month}").format(
            year=row.start.year, month=row.start.month
        )
        lines.append(label + GAP + span_line(row, translate))
    return lines


def span_line(row: SpanFigures, translate: Translate) -> str:
    return translate(
        "Cli",
        "{visits} visits, {covered}/{due} due visited ({coverage}); {registered} problems, "
        "{done} closed ({rate}); satisfaction {satisfied}",
    ).format(
        visits=number(row.visits),
        covered=number(row.covered),
        due=number(row.due),
        coverage=share(row.coverage),
        registered=number(row.registered),
        done=number(row.done),
        rate=share(row.closure_rate),
        satisfied=share(row.satisfied_share),
    )
