"""What every subcommand shares: the Command shape and opening the store to read.

``main`` is the only registry of commands; each feature's commands live in their
own module (``ledger_commands``, ``backup_commands``…) and import only this and
``output`` from the command line, so no command module imports another's.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, Protocol

from hearth_desk.cli.argparse_zh import Parser
from hearth_desk.cli.output import Output
from hearth_desk.domain.messages import Translate
from hearth_desk.storage.location import StoreLocation

__all__ = [
    "Command",
    "IntermixedParser",
    "SheetExport",
    "SheetImport",
    "Subparsers",
    "Translate",
    "bounded_int",
    "iso_date",
    "open_for_reading",
    "require_store_file",
    "say_moved_up",
    "signup_word",
    "whole_number",
]

Subparsers = Any  # argparse's _SubParsersAction is private


def whole_number(translate: Translate) -> Any:
    """An argparse type for any whole number. argparse's own ``type=int`` names the
    type in its message ("invalid int value"), which the user cannot read."""

    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a whole number, not {value}").format(value=text)
            ) from None

    return parse


def bounded_int(low: int, high: int, translate: Translate) -> Any:
    """An argparse type for a whole number in ``low``–``high``: anything else is a
    usage error (exit 2, with the usage line), like a mistyped option."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a whole number from {low} to {high}, not {value}").format(
                    low=low, high=high, value=text
                )
            )
        return value

    return parse


def iso_date(text: str) -> dt.date:
    """An argparse type for a date written YYYY-MM-DD; anything else is a usage error."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def require_store_file(location: StoreLocation) -> None:
    """Commands that only read must not create an empty store where there is none."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

    sqlite_file = location.sqlite_path
    if sqlite_file is not None and not sqlite_file.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "There is no store in {folder} yet; start Hearth Desk or run "
                "hearth-desk init first.",
            ),
            folder=str(location.data_dir),
        )


def open_for_reading(location: StoreLocation) -> Any:
    """The store as it is, without lock or migration, refusing an out-of-date schema."""
    from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
    from hearth_desk.storage import migrate
    from hearth_desk.storage.store import open_store

    require_store_file(location)
    store = open_store(location, lock=False, upgrade=False)
    with store.engine.connect() as connection:
        revision = migrate.current_revision(connection)
    if revision != migrate.head_revision():
        store.close()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The store's schema is older than the program's; start Hearth Desk "
                "once to upgrade it (a copy is kept).",
            )
        )
    return store


class Command(Protocol):
    name: str

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None: ...

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int: ...


class SheetImport(Protocol):
    """One kind of sheet ``hearth-desk import KIND FILE`` reads (residents, members):
    the ``import`` command runs the shared flow (problems on stderr, preview, rejects,
    all or nothing, --dry-run) and asks the kind for what differs."""

    kind: str

    def plan(self, session: Any, path: Any, progress: Any) -> Any:
        """Read and check the file; write nothing. The plan has ``sheet``, ``source``,
        ``rows``, ``problems``, ``error_count`` and ``rejected_row_count``."""
        ...

    def preview(self, plan: Any, translate: Translate) -> list[str]:
        """The lines saying what importing the plan would do."""
        ...

    def apply(self, session: Any, plan: Any, skip_invalid: bool, progress: Any) -> Any: ...

    def done(self, summary: Any, seconds: float, translate: Translate) -> list[str]:
        """The lines saying what was imported."""
        ...


class SheetExport(Protocol):
    """One more kind of sheet ``hearth-desk export KIND FILE`` writes (members): its
    own options, and its run."""

    kind: str

    def add_options(self, parser: argparse.ArgumentParser, translate: Translate) -> None: ...

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int: ...


class IntermixedParser(Parser):
    """A subcommand whose people may come after its options (``serve 2 --stall 理发 张三``):
    plain argparse gives every positional its turn at the first one and then refuses
    the rest, so these parse "intermixed", as ``parse_intermixed_args`` does."""

    _intermixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._intermixing:  # parse_known_intermixed_args calls back in here
            return super().parse_known_args(args, namespace)
        if self.usage is None:  # argparse would cut it from an English "usage: " line
            formatter = self._get_formatter()
            formatter.add_usage(None, self._actions, self._mutually_exclusive_groups, "")
            self.usage = formatter.format_help().strip()
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def signup_word(out: Output, status: str, waiting: int | None, on_site: bool = False) -> str:
    """已报名, 候补第k位, 已签到（现场）…: a sign-up's state, for events and for the
    classes that enrol by the same rules."""
    from hearth_desk.domain.vocabulary import Words

    if status == "waiting":
        return out.translate("Cli", "waiting, number {k}").format(k=waiting)
    word = Words(out.translate).signup_status(status)
    return word + (out.translate("Cli", " (on site)") if on_site else "")


def say_moved_up(out: Output, moved: Any) -> None:
    """Who got a freed seat (a ``MovedUp`` or None), with the full phone to call them."""
    if moved is not None:
        out.line(
            out.translate(
                "Cli", "{name} moved up from the waiting list; please phone {phone}."
            ).format(name=moved.name, phone=moved.phone or "—")
        )
