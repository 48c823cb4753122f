"""Things on the home page that need a person's attention.

Like ``UserError``, a notice carries an English source message and parameters, so
the window and the command line can each show it in the user's language. It also
says where it is put right (``Destination``), so the home page can take the user
there with one click; that is a word, not a page: the window maps it to an area.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from hearth_desk.domain.messages import Message

NOTICE_CONTEXT = "Notice"


class Destination(StrEnum):
    """The place in the program where what a notice is about is put right."""

    NONE = ""
    LEDGER = "ledger"  # households, residents, the grid and its leaders
    BACKUP = "backup"
    SETTINGS = "settings"  # the community's names, the care tags
    VISITS = "visits"  # visits, requests and joint meetings


@dataclass(frozen=True)
class Notice(Message):
    context: ClassVar[str] = NOTICE_CONTEXT
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    destination: Destination = Destination.NONE
