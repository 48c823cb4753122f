"""argparse in Chinese.

argparse looks its own words up through ``gettext`` under names bound at import
time; replacing ``argparse._`` and ``argparse.ngettext`` with lookups in our
catalogue makes usage lines, help headings and usage errors speak the user's
language without copying argparse.

Three things argparse does not do for Chinese, ``Parser`` and ``HelpFormatter`` put
right: the colon after a heading (选项：, not 选项:); the line argparse prints above
the subcommands with their metavar alone (子命令), which reads as a stray word; and
wrapping. argparse wraps at spaces and cuts anything longer anywhere, and Chinese has
no spaces, so ``cards`` in a long help line came out as ``c`` / ``ards``. Here a line
breaks between any two Chinese characters but never inside a run of Latin letters,
digits and option punctuation, and a Chinese character counts two columns, as a
console shows it.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any

from hearth_desk.domain.messages import QT_TRANSLATE_NOOP, Translate

CONTEXT = "argparse"
HEADING = "%(heading)s:"  # argparse's own id for a heading from Python 3.13 on
# Before 3.13 argparse writes ``heading + ":"`` itself; the mark ends the heading
# already written with the language's own colon, so argparse's can be taken out.
_HEADING_END = "\x1f"


def install(translate: Translate) -> None:
    def gettext(message: str) -> str:
        return translate(CONTEXT, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _gettext(message: str) -> str:
    """argparse's lookup: ours once ``install`` ran, argparse's own before."""
    return argparse._(message)  # type: ignore[attr-defined,no-any-return]


class HelpFormatter(argparse.HelpFormatter):
    if sys.version_info < (3, 13):  # from 3.13 on argparse looks HEADING up itself

        def start_section(self, heading: str | None) -> None:
            if heading is not None and heading is not argparse.SUPPRESS:
                heading = _gettext(HEADING) % {"heading": heading} + _HEADING_END
            super().start_section(heading)

        def format_help(self) -> str:
            return super().format_help().replace(_HEADING_END + ":", "")

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_lines(" ".join(text.split()), width)

    def _format_action(self, action: argparse.Action) -> str:
        # The subcommands alone, without the line of their metavar above them.
        if isinstance(action, argparse._SubParsersAction):
            subactions: Iterable[argparse.Action] = action._get_subactions()
            return self._join_parts([self._format_action(sub) for sub in subactions])
        return super()._format_action(action)


# A word that must not be cut: Latin letters, digits and what options and paths use.
_UNBREAKABLE = re.compile(r"[A-Za-z0-9_\-.:/|#{},=\[\]<>@%+*]+|\s+|.")


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_lines(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` console columns (a longer word alone)."""
    lines: list[str] = []
    line = ""
    for piece in _UNBREAKABLE.findall(text):
        if line and _columns(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = "" if piece.isspace() else piece
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help, and its subcommands' help, use ``HelpFormatter``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


# argparse's own message ids (Python 3.11–3.13), marked for lupdate.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %(args)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
