"""The one kind of error a user can fix.

A ``UserError`` carries an English source message (marked for Qt's lupdate with
``QT_TRANSLATE_NOOP``) and its parameters, not a finished sentence: the window and
the command line each translate it into the user's language when they show it.
Anything that is not a ``UserError`` is a bug and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any

ERROR_CONTEXT = "UserError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate without importing Qt."""
    del context
    return text


class Term(str):
    """A parameter that is itself a word to translate (a field's name, say), as
    opposed to data such as a path or a person's name, which is shown as it is."""


class UserError(Exception):
    """Bad input, a missing file, a full disk: something the user can put right."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def translated(self, translate: Any) -> str:
        """The message in the user's language; ``translate(context, text)`` looks it up."""
        params = {key: _translated(value, translate) for key, value in self.params.items()}
        return translate(ERROR_CONTEXT, self.message).format(**params)


def _translated(value: Any, translate: Any) -> Any:
    if isinstance(value, Term):
        return translate(ERROR_CONTEXT, value)
    if hasattr(value, "translated"):  # a validation finding carried in the error
        return value.translated(translate)
    return value


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it was writing is rolled back."""
