"""What the tree's printouts show, as plain data for ``reports.tree``.

The poster, the contact cards and the roster are laid out from these dataclasses,
which never touch a session; the gather functions beside them do all the reading.
Phones on the poster and the cards are printed in full on purpose (residents call
them); ID numbers never appear there, and the roster masks them unless asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Leaf:
    """One member on the poster: a leaf with work unit, name and phone."""

    name: str
    work_unit: str
    phone: str  # in full: the poster is there so that residents can call
    role: str  # TeamRole code: leader, deputy, member


@dataclass(frozen=True)
class Branch:
    """One service team on the poster: a branch in its colour."""

    name: str
    colour: str  # "#RRGGBB"
    leader: str  # the leader's name, "" if none
    promise: str
    leaves: tuple[Leaf, ...]  # leaders first, then deputies, then members by name


@dataclass(frozen=True)
class PosterData:
    heading: str | None  # the community's full name, the poster's title
    organisation: str  # the trunk: e.g. 和平里社区党总支
    branches_of_party: tuple[str, ...]  # its 党支部, written on the trunk
    branches: tuple[Branch, ...]  # the service teams, in the office's order
    residents: int  # the soil: residents living here
    households: int


@dataclass(frozen=True)
class TeamPlace:
    team: str
    role: str  # TeamRole code
    promise: str


@dataclass(frozen=True)
class ContactCard:
    """One member's card: one per member, naming every team they serve in."""

    name: str
    work_unit: str
    phone: str  # in full, and in the QR code
    places: tuple[TeamPlace, ...]


@dataclass(frozen=True)
class CardsData:
    heading: str | None
    organisation: str  # the QR contact's organisation
    cards: tuple[ContactCard, ...]


@dataclass(frozen=True)
class RosterRow:
    name: str
    gender: str  # M / F: the report says it in its language
    age: int | None
    political_status: str  # PoliticalStatus code
    join_date: dt.date | None  # 入党时间; 党龄 is counted from it on ``today``
    branch: str
    work_unit: str
    retired: bool
    dual_registered: bool
    id_number: str  # masked unless full numbers were asked for
    phone: str  # masked unless full numbers were asked for
    teams: str  # 环境整治服务队（队长）、治安巡逻服务队


@dataclass(frozen=True)
class RosterData:
    heading: str | None
    scope: str  # the team printed; "" for everyone
    rows: tuple[RosterRow, ...]
    full_numbers: bool
    today: dt.date
