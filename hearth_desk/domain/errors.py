"""The one kind of error a user can fix, and the user's own cancel.

A ``UserError`` is a ``Message`` (see ``messages``): the window and the command
line each translate it into the user's language when they show it. Anything
that is not a ``UserError`` is a bug and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any

from hearth_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Term

__all__ = ["ERROR_CONTEXT", "QT_TRANSLATE_NOOP", "Cancelled", "Term", "UserError"]

ERROR_CONTEXT = "UserError"


class UserError(Message, Exception):
    """Bad input, a missing file, a full disk: something the user can put right."""

    context = ERROR_CONTEXT

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it was writing is rolled back."""
