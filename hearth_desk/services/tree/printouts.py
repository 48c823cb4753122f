"""What the tree's printouts show, as plain data for ``reports.tree``.

The poster, the contact cards and the roster are laid out from these dataclasses,
which never touch a session; the gather functions beside them do all the reading.
Phones on the poster and the cards are printed in full on purpose (residents call
them); ID numbers never appear there, and the roster masks them unless asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import (
    Member,
    Organisation,
    ServiceTeam,
    TeamMembership,
)
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services.community import community_heading
from hearth_desk.services.progress import Progress
from hearth_desk.services.tree import structure
from hearth_desk.services.tree.structure import ROLE_ORDER


@dataclass(frozen=True)
class Leaf:
    """One member on the poster: a leaf with work unit, name and phone."""

    name: str
    work_unit: str
    phone: str  # in full: the poster is there so that residents can call
    role: str  # TeamRole code: leader, deputy, member
    member_id: int | None = None  # the window's tree opens the member's card from it


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
    teams: tuple[tuple[str, str], ...]  # (team, TeamRole code), in the office's order


@dataclass(frozen=True)
class RosterData:
    heading: str | None
    scope: str  # the team printed; "" for everyone
    rows: tuple[RosterRow, ...]
    full_numbers: bool
    today: dt.date


# -- Gathering: the only part of this module that reads the store. ------------------

READING = QT_TRANSLATE_NOOP("Progress", "Reading the members…")
# The roster's team cell names a leader's or a deputy's role, as the office writes it.


class TreeChoice(Protocol):
    """What a tree printout covers, as ``--team``, ``--member`` and ``--full-id`` say:
    the printout catalogue's one choice for every printout (``LedgerChoice``) has it."""

    @property
    def team_id(self) -> int | None: ...  # None: every member

    @property
    def member_queries(self) -> tuple[str, ...]: ...  # only the members these find (cards)

    @property
    def full_numbers(self) -> bool: ...  # full ID numbers and phones (roster)


@dataclass(frozen=True)
class TeamOption:
    id: int
    name: str


def team_options(session: Session) -> tuple[TeamOption, ...]:
    """The service teams a tree printout may be narrowed to, in the office's order:
    what the window's print dialog offers, so it runs no query of its own."""
    teams = session.execute(
        select(ServiceTeam.id, ServiceTeam.name).order_by(ServiceTeam.sort_order, ServiceTeam.name)
    )
    return tuple(TeamOption(team_id, name) for team_id, name in teams)


def team_named(session: Session, name: str) -> ServiceTeam:
    """The service team called ``name`` (spaces around it ignored), or a UserError."""
    team = structure.team_named(session, name)
    if team is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "No service team is called “{name}”."),
            name=name.strip(),
        )
    return team


def members_found(session: Session, queries: Sequence[str]) -> set[int]:
    """The members each query finds: by exact name first, else by name, pinyin or
    initials as the directory's search key holds them; a query that finds nobody is
    an error, not a silently shorter stack of cards."""
    found: set[int] = set()
    for query in queries:
        wanted = query.strip()
        ids = set(session.scalars(select(Member.id).where(Member.name == wanted)))
        if not ids and wanted:
            pattern = f"%{wanted.lower()}%"
            ids = set(session.scalars(select(Member.id).where(Member.search_key.like(pattern))))
        if not ids:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "No member matches “{query}”."), query=wanted
            )
        found |= ids
    return found


@dataclass(frozen=True)
class _Listed:
    member: Member
    places: tuple[tuple[ServiceTeam, str], ...]  # (team, role code), in team order


def _listed(
    session: Session,
    team_id: int | None,
    only: set[int] | None,
    progress: Progress | None,
) -> list[_Listed]:
    """Every member (of ``team_id``, of ``only``) once, with all their teams, in print
    order: the team's order (the printed team's when one is), then the role in it
    (leader, deputy, member), then the name by pinyin; members in no team last."""
    progress = progress or Progress.silent()
    progress.report(0, 0, READING)
    teams = {team.id: team for team in session.scalars(select(ServiceTeam))}
    team_rank = {
        team_id_: rank
        for rank, team_id_ in enumerate(
            sorted(teams, key=lambda i: (teams[i].sort_order, teams[i].name))
        )
    }
    places: dict[int, list[tuple[int, str]]] = {}
    for member_id, place_team, role in session.execute(
        select(TeamMembership.member_id, TeamMembership.team_id, TeamMembership.role)
    ):
        places.setdefault(member_id, []).append((place_team, role))
    statement = select(Member)
    if team_id is not None:
        statement = statement.where(
            Member.id.in_(select(TeamMembership.member_id).where(TeamMembership.team_id == team_id))
        )
    if only is not None:
        statement = statement.where(Member.id.in_(only))
    members = list(session.scalars(statement))
    listed: list[tuple[tuple[int, int, str, str, int], _Listed]] = []
    for member in members:
        own = sorted(places.get(member.id, []), key=lambda p: team_rank[p[0]])
        first = next((p for p in own if p[0] == team_id), own[0] if own else None)
        key = (
            team_rank[first[0]] if first else len(team_rank),
            ROLE_ORDER.get(first[1], 3) if first else 3,
            name_search_key(member.name),
            member.name,
            member.id,
        )
        listed.append((key, _Listed(member, tuple((teams[t], r) for t, r in own))))
    listed.sort(key=lambda pair: pair[0])
    return [item for _key, item in listed]


def _organisation(session: Session) -> str:
    """The root of the party organisation (党委/党总支), the QR contact's company."""
    root = structure.root_organisation(session)
    return root.name if root is not None else ""


def cards_data(
    session: Session,
    team_id: int | None = None,
    member_queries: Sequence[str] = (),
    progress: Progress | None = None,
) -> CardsData:
    """One contact card per member (of ``team_id``; only those ``member_queries`` find
    when given), each naming every team the member serves in."""
    only = members_found(session, member_queries) if member_queries else None
    cards = tuple(
        ContactCard(
            name=item.member.name,
            work_unit=item.member.work_unit or "",
            phone=item.member.phone or "",
            places=tuple(
                TeamPlace(team.name, role, team.promise or "") for team, role in item.places
            ),
        )
        for item in _listed(session, team_id, only, progress)
    )
    return CardsData(
        heading=community_heading(session), organisation=_organisation(session), cards=cards
    )


def roster_data(
    session: Session,
    team_id: int | None = None,
    full_numbers: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> RosterData:
    """The roster of every member (of ``team_id``). ID numbers and phones are masked
    unless ``full_numbers``; the age is given, never the birth date, as the ledger does
    beside a masked number."""
    today = today or dt.date.today()
    branches = {org.id: org.name for org in session.scalars(select(Organisation))}
    rows = tuple(
        RosterRow(
            name=member.name,
            gender=member.gender,
            age=age_on(member.birth_date, today),
            political_status=member.political_status,
            join_date=member.join_date,
            branch=branches.get(member.branch_id, "") if member.branch_id else "",
            work_unit=member.work_unit or "",
            retired=member.retired,
            dual_registered=member.dual_registered,
            id_number=(member.id_number or "")
            if full_numbers
            else mask_id_number(member.id_number),
            phone=(member.phone or "") if full_numbers else mask_phone(member.phone),
            teams=tuple((team.name, role) for team, role in item.places),
        )
        for item in _listed(session, team_id, None, progress)
        for member in (item.member,)
    )
    team = session.get(ServiceTeam, team_id) if team_id is not None else None
    return RosterData(
        heading=community_heading(session),
        scope=team.name if team is not None else "",
        rows=rows,
        full_numbers=full_numbers,
        today=today,
    )


def cards_for(session: Session, choice: TreeChoice, progress: Progress | None = None) -> CardsData:
    """``cards_data`` for what the user chose (the printout catalogue's call)."""
    return cards_data(session, choice.team_id, choice.member_queries, progress=progress)


def roster_for(
    session: Session, choice: TreeChoice, progress: Progress | None = None
) -> RosterData:
    """``roster_data`` for what the user chose (the printout catalogue's call)."""
    return roster_data(session, choice.team_id, choice.full_numbers, progress=progress)
