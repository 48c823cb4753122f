"""Things on the home page that need a person's attention.

Like ``UserError``, a notice carries an English source message and parameters, so
the window and the command line can each show it in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from hearth_desk.domain.messages import Message

NOTICE_CONTEXT = "Notice"


@dataclass(frozen=True)
class Notice(Message):
    context: ClassVar[str] = NOTICE_CONTEXT
    message: str
    params: dict[str, Any] = field(default_factory=dict)
