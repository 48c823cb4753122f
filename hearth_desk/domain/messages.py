"""Words for the user that are not finished sentences yet: the one base of
``UserError``, ``Finding`` and ``Notice``.

Each carries an English source message (marked for Qt's lupdate with
``QT_TRANSLATE_NOOP``) and its parameters. The window, the command line and the
printouts translate it into the user's language when they show it, each with its
own ``Translate`` function, so the same message reads right in all three.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

# translate(context, source text) → the text in the user's language: Qt's
# QCoreApplication.translate in the window, the catalogue reader on the command line.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate without importing Qt."""
    del context
    return text


def untranslated(_context: str, text: str) -> str:
    """The English source itself: for callers that were given no ``Translate``."""
    return text


class Term(str):
    """A parameter that is itself a word to translate (a field's name, say), as
    opposed to data such as a path or a person's name, which is shown as it is.

    It is looked up in the message's own context unless it names another (the
    vocabulary's words, say, which are translated once for every message)."""

    context: str | None

    def __new__(cls, text: str, context: str | None = None) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


class Message:
    """A source message with parameters, translated where it is shown.

    Subclasses set ``context`` (the catalogue context of their messages) and
    provide ``message`` and ``params``.
    """

    context: ClassVar[str]
    message: str
    params: Mapping[str, Any]

    def translated(self, translate: Translate) -> str:
        """The message in the user's language; ``translate(context, text)`` looks it up."""
        params = {key: self._param(value, translate) for key, value in self.params.items()}
        return translate(self.context, self.message).format(**params)

    def _param(self, value: Any, translate: Translate) -> Any:
        if isinstance(value, Term):
            return translate(value.context or self.context, str(value))
        if isinstance(value, Message):  # a finding carried inside an error, say
            return value.translated(translate)
        return value

    def english(self) -> str:
        """The message in English, for logs and exception text."""
        return self.translated(untranslated)
