"""``hearth-desk request …``: requests (诉求) moved through their flow from the command
line, and the problem ledger's filters for ``print requests``.

Requests are shown as ``#N`` and every command takes ``N`` or ``#N``. Tiers, statuses,
categories and satisfaction are read in the office's words (特事, 办结, 满意) or as
their codes. A refused step (one skipped, one without its words) exits 1 with the
flow's own message; nothing is written.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hearth_desk.cli.base import Subparsers, Translate, iso_date, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.domain.visit_words import (
    REQUEST_CATEGORY_CHINESE,
    REQUEST_STATUS_CHINESE,
    REQUEST_TIER_CHINESE,
    SATISFACTION_CHINESE,
    THANKS_KIND_CHINESE,
    code_for,
)
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.services.visits.request_list import RequestLine, RequestView

REQUEST_ACTIONS = ("list", "show", "update", "escalate", "followup", "thanks")


def request_number_type(translate: Translate) -> Any:
    """``12`` or ``#12`` (or ``＃12``, typed with a Chinese keyboard)."""

    def parse(text: str) -> int:
        digits = text.strip().lstrip("#＃")
        if not digits.isdigit():
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text} is not a request number such as #12").format(text=text)
            )
        return int(digits)

    return parse


def word_type(chinese: dict[str, str], translate: Translate) -> Any:
    """An argparse type for one of the office's words (or its code): the code."""

    def parse(text: str) -> str:
        code = code_for(chinese, text)
        if code is None:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text} is not one of {words}").format(
                    text=text, words="|".join(chinese.values())
                )
            )
        return code

    return parse


def word_option(
    parser: argparse.ArgumentParser,
    flag: str,
    chinese: dict[str, str],
    translate: Translate,
    **more: Any,
) -> None:
    """An option that takes one of the office's words (or its code), listed as its metavar."""
    parser.add_argument(
        flag, type=word_type(chinese, translate), metavar="|".join(chinese.values()), **more
    )


def add_request_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--tier, --category and --status of ``print requests`` (its period is the print
    command's --from and --to, shared with visit-figures)."""
    _filters(parser, translate, category=True)


def _filters(parser: argparse.ArgumentParser, translate: Translate, *, category: bool) -> None:
    word_option(parser, "--tier", REQUEST_TIER_CHINESE, translate)
    if category:
        word_option(parser, "--category", REQUEST_CATEGORY_CHINESE, translate)
    word_option(parser, "--status", REQUEST_STATUS_CHINESE, translate)


def request_choice(args: argparse.Namespace, choice: LedgerChoice) -> LedgerChoice:
    """``choice`` narrowed by ``print requests``' filters."""
    return replace(
        choice,
        request_tier=args.tier,
        request_category=args.category,
        request_status=args.status,
    )


def request_options_given(args: argparse.Namespace) -> list[tuple[str, bool]]:
    """Which of the requests' options were given, for printouts that do not take them."""
    return [
        ("--tier", args.tier is not None),
        ("--category", args.category is not None),
        ("--status", args.status is not None),
    ]


class RequestCommand:
    name = "request"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate("Cli", "requests (诉求): list, show, update, escalate, follow up"),
        )
        actions = parser.add_subparsers(
            dest="action", metavar=translate("Cli", "ACTION"), required=True, prog=parser.prog
        )
        number = {"type": request_number_type(translate), "metavar": "N"}

        def numbered(name: str, help: str) -> argparse.ArgumentParser:
            """An action on one request, N or #N."""
            action = actions.add_parser(name, help=help)
            action.add_argument("request", **number)
            return action

        by = {
            "dest": "by",
            "metavar": translate("Cli", "NAME"),
            "help": translate(
                "Cli", "the staff member who did it (default: the person at the desk)"
            ),
        }
        listing = actions.add_parser("list", help=translate("Cli", "list requests"))
        _filters(listing, translate, category=True)
        listing.add_argument(
            "--overdue",
            action="store_true",
            help=translate("Cli", "only requests still open past their due date"),
        )
        numbered("show", translate("Cli", "a request and every step"))
        update = numbered("update", translate("Cli", "move a request one step"))
        word_option(update, "--status", REQUEST_STATUS_CHINESE, translate, required=True)
        update.add_argument(
            "--result",
            metavar=translate("Cli", "TEXT"),
            help=translate("Cli", "办结: what was done"),
        )
        update.add_argument(
            "--ref", metavar="R", help=translate("Cli", "上报街道: the office's reference")
        )
        _satisfaction(update, translate, required=False)
        update.add_argument("--by", **by)
        escalate = numbered(
            "escalate", translate("Cli", "report a request to the street office (特事)")
        )
        escalate.add_argument(
            "--ref", required=True, metavar="R", help=translate("Cli", "the office's reference")
        )
        escalate.add_argument("--by", **by)
        followup = numbered(
            "followup", translate("Cli", "record the return visit and satisfaction")
        )
        _satisfaction(followup, translate, required=True)
        followup.add_argument("--by", **by)
        thanks = numbered(
            "thanks", translate("Cli", "log a silk banner or letter of praise for a request")
        )
        word_option(thanks, "--kind", THANKS_KIND_CHINESE, translate, default="banner")
        thanks.add_argument("--giver", metavar=translate("Cli", "NAME"))
        thanks.add_argument("--words", metavar=translate("Cli", "TEXT"))
        thanks.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
        thanks.add_argument("--by", **by)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return int(getattr(self, f"_{args.action}")(args, location, out))

    # --- the actions --------------------------------------------------------------

    def _list(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.request_list import RequestFilter, request_lines

        wanted = RequestFilter(
            tier=args.tier, category=args.category, status=args.status, overdue_only=args.overdue
        )
        with open_for_reading(location) as store, store.session() as session:
            lines = request_lines(session, wanted)
        if not lines:
            out.line(out.translate("Cli", "No requests."))
        for line in lines:
            out.line(list_line(out, line))
        return 0

    def _show(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.request_list import request_view

        with open_for_reading(location) as store, store.session() as session:
            view = request_view(session, args.request)
        for text in show_lines(out, view):
            out.line(text)
        return 0

    def _update(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return self._advance(
            args,
            location,
            out,
            args.status,
            result=args.result,
            street_ref=args.ref,
            satisfaction=args.satisfaction,
        )

    def _escalate(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return self._advance(args, location, out, "escalated", street_ref=args.ref)

    def _followup(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return self._advance(args, location, out, "followed_up", satisfaction=args.satisfaction)

    def _advance(
        self,
        args: argparse.Namespace,
        location: StoreLocation,
        out: Output,
        target: str,
        **words: Any,
    ) -> int:
        from hearth_desk.services.visits.requests import advance_request, get_request
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            _act_as(session, args.by)
            step = advance_request(session, args.request, target, **words)
            status = get_request(session, args.request).status
        word = _word(out, "status", status)
        if step.reopened:
            out.line(
                out.translate(
                    "Cli",
                    "#{number}: the resident is not satisfied; the request is reopened ({status}).",
                ).format(number=args.request, status=word)
            )
        else:
            out.line(
                out.translate("Cli", "#{number}: {status}.").format(
                    number=args.request, status=word
                )
            )
        return 0

    def _thanks(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.visits.thanks import NewThanks, log_thanks
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            _act_as(session, args.by)
            log_thanks(
                session,
                NewThanks(
                    kind=args.kind,
                    date=args.date,
                    request_id=args.request,
                    giver=args.giver,
                    words=args.words,
                ),
            )
        out.line(
            out.translate("Cli", "#{number}: {kind} logged.").format(
                number=args.request, kind=_word(out, "thanks", args.kind)
            )
        )
        return 0


def _satisfaction(parser: argparse.ArgumentParser, translate: Translate, *, required: bool) -> None:
    word_option(parser, "--satisfaction", SATISFACTION_CHINESE, translate, required=required)


def _act_as(session: Any, name: str | None) -> None:
    """``--by NAME``: the steps name this staff member (who must be on the staff list)."""
    if name is None:
        return
    from hearth_desk.services.audit import set_actor
    from hearth_desk.services.visits.staff import staff_named

    set_actor(staff_named(session, name).name)


def _word(out: Output, kind: str, code: str | None) -> str:
    """A code in the user's language (the window's words, 办结, Closed…)."""
    from hearth_desk.domain import visit_words

    if not code:
        return ""
    words = {
        "status": visit_words.REQUEST_STATUS_WORDS,
        "tier": visit_words.REQUEST_TIER_WORDS,
        "category": visit_words.REQUEST_CATEGORY_WORDS,
        "source": visit_words.REQUEST_SOURCE_WORDS,
        "satisfaction": visit_words.SATISFACTION_WORDS,
        "thanks": visit_words.THANKS_KIND_WORDS,
    }[kind]
    return out.translate("Vocabulary", words.get(code, code))


def list_line(out: Output, line: RequestLine) -> str:
    """#N, registered, tier, category, status, where, due, and 逾期N天 when it is."""
    parts = [
        f"#{line.id}",
        line.registered_on.isoformat(),
        _word(out, "tier", line.tier),
        _word(out, "category", line.category),
        _word(out, "status", line.status),
        line.where,
        out.translate("Cli", "due {date}").format(date=line.due_date.isoformat()),
        out.translate("Cli", "overdue {days} days").format(days=line.overdue_days)
        if line.overdue
        else "",
    ]
    return GAP.join(part for part in parts if part)


def show_lines(out: Output, view: RequestView) -> list[str]:
    """Every field of one request, then its steps and the thanks it brought."""
    line = view.line
    fields = [
        (out.translate("Cli", "Registered"), line.registered_on.isoformat()),
        (out.translate("Cli", "Source"), _word(out, "source", line.source)),
        (out.translate("Cli", "Household or place"), line.where),
        (out.translate("Cli", "Category"), _word(out, "category", line.category)),
        (out.translate("Cli", "Tier"), _word(out, "tier", line.tier)),
        (out.translate("Cli", "Problem"), line.description),
        (out.translate("Cli", "Handler"), line.handler),
        (out.translate("Cli", "Partner unit"), line.partner),
        (out.translate("Cli", "Due"), line.due_date.isoformat()),
        (out.translate("Cli", "Status"), _word(out, "status", line.status)),
        (out.translate("Cli", "Street office reference"), line.street_ref),
        (
            out.translate("Cli", "Reported on"),
            view.escalated_on.isoformat() if view.escalated_on else "",
        ),
        (out.translate("Cli", "Closed on"), line.closed_on.isoformat() if line.closed_on else ""),
        (out.translate("Cli", "Result"), line.result),
        (out.translate("Cli", "Satisfaction"), _word(out, "satisfaction", line.satisfaction)),
    ]
    lines = [list_line(out, line)]
    lines += [f"{label}：{value}" for label, value in fields if value]
    lines.append(out.translate("Cli", "Steps:"))
    for step in view.steps:
        note = step.note
        if step.status == "followed_up" and note in SATISFACTION_CHINESE:
            note = _word(out, "satisfaction", note)
        parts = [
            step.at.strftime("%Y-%m-%d %H:%M"),
            _word(out, "status", step.status),
            step.by,
            note,
        ]
        lines.append("  " + GAP.join(part for part in parts if part))
    for thanks in view.thanks:
        parts = [
            thanks.date.isoformat(),
            _word(out, "thanks", thanks.kind),
            thanks.giver,
            thanks.words,
        ]
        lines.append(
            out.translate("Cli", "Thanks:") + " " + GAP.join(part for part in parts if part)
        )
    return lines
