"""What validation finds in a value: an error that stops it, or a warning to show.

Like ``UserError``, a finding carries an English source message marked for
lupdate and its parameters; the import preview, the entry forms and the command
line each translate it. The message never contains an ID number in full.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, ClassVar

from hearth_desk.domain.messages import Message

FINDING_CONTEXT = "Finding"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding(Message):
    context: ClassVar[str] = FINDING_CONTEXT
    severity: Severity
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return self.english()


def error(message: str, **params: Any) -> Finding:
    return Finding(Severity.ERROR, message, params)


def warning(message: str, **params: Any) -> Finding:
    return Finding(Severity.WARNING, message, params)


class InvalidValue(ValueError):
    """A value that cannot be stored; ``finding`` says why, in words for the user."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.english())
        self.finding = finding
