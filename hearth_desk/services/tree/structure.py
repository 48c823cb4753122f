"""The tree's structure: the party organisation, the service teams and who serves in
which with what role, and the partner units.

A team has at most one leader (队长): naming a new one makes the old one a member
again. Names of teams and partner units are unique; text follows ``domain.text_fields``.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    Member,
    Organisation,
    OrganisationKind,
    PartnerKind,
    PartnerUnit,
    ServiceTeam,
    TeamMembership,
    TeamRole,
)
from hearth_desk.domain.text_fields import checked, column_length

DEFAULT_COLOUR = "#2E7D32"
# The poster's palette: distinct side by side on the wall, and still apart in grey print.
TEAM_COLOURS = ("#C62828", "#2E7D32", "#1565C0", "#EF6C00", "#AD1457", "#6A1B9A",
                "#37474F", "#00838F", "#F9A825", "#558B2F", "#4527A0", "#8D6E63")  # fmt: skip
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")  # as the poster and the drawn tree take it
# Leaders, deputies, then members: the order a team is read out and printed in.
ROLE_ORDER = {role.value: index for index, role in enumerate(TeamRole)}


def root_organisation(session: Session) -> Organisation | None:
    """The 党委 or 党总支 at the trunk; None until it is set."""
    return session.scalars(
        select(Organisation).where(Organisation.parent_id.is_(None)).order_by(Organisation.id)
    ).first()


def set_organisation(
    session: Session,
    name: str,
    *,
    kind: OrganisationKind = OrganisationKind.GENERAL_BRANCH,
    secretary: str = "",
) -> Organisation:
    """Name the organisation at the trunk (made on first use)."""
    root = root_organisation(session)
    if root is None:
        root = Organisation(parent_id=None, sort_order=0)
        session.add(root)
    root.kind = kind.value
    root.name = _name(name, Organisation.name)
    root.secretary = checked(secretary.strip(), column_length(Organisation.secretary)) or None
    session.flush()
    return root


def add_branch(session: Session, name: str, secretary: str = "") -> Organisation:
    """A 党支部 under the organisation."""
    root = root_organisation(session)
    if root is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Set the community's party organisation first.")
        )
    order = len(branches(session))
    branch = Organisation(
        parent_id=root.id,
        kind=OrganisationKind.BRANCH.value,
        name=_name(name, Organisation.name),
        secretary=checked(secretary.strip(), column_length(Organisation.secretary)) or None,
        sort_order=order,
    )
    session.add(branch)
    session.flush()
    return branch


def update_branch(session: Session, branch_id: int, name: str, secretary: str = "") -> Organisation:
    """Rename a 党支部 or change its secretary."""
    branch = _existing_branch(session, branch_id)
    branch.name = _name(name, Organisation.name)
    branch.secretary = checked(secretary.strip(), column_length(Organisation.secretary)) or None
    session.flush()
    return branch


def delete_branch(session: Session, branch_id: int) -> None:
    """Remove a 党支部; its members stay in the tree without a branch until given one."""
    branch = _existing_branch(session, branch_id)
    session.execute(update(Member).where(Member.branch_id == branch.id).values(branch_id=None))
    session.delete(branch)
    session.flush()


def _existing_branch(session: Session, branch_id: int) -> Organisation:
    branch = session.get(Organisation, branch_id)
    if branch is None or branch.parent_id is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That party branch no longer exists."))
    return branch


def branches(session: Session) -> list[Organisation]:
    return list(
        session.scalars(
            select(Organisation)
            .where(Organisation.parent_id.is_not(None))
            .order_by(Organisation.sort_order, Organisation.id)
        )
    )


def add_team(
    session: Session,
    name: str,
    *,
    purpose: str = "",
    promise: str = "",
    colour: str = DEFAULT_COLOUR,
) -> ServiceTeam:
    team = ServiceTeam(sort_order=len(teams(session)))
    _fill_team(session, team, name, purpose, promise, colour)
    session.add(team)
    session.flush()
    return team


def unused_colour(used: list[str]) -> str:
    """The first colour of the palette no team has yet: a new branch stands apart."""
    taken = {colour.upper() for colour in used}
    return next((c for c in TEAM_COLOURS if c not in taken), DEFAULT_COLOUR)


def update_team(
    session: Session,
    team_id: int,
    name: str,
    *,
    purpose: str = "",
    promise: str = "",
    colour: str = DEFAULT_COLOUR,
) -> ServiceTeam:
    """Change a team's name, purpose, promise and colour; its members stay."""
    team = existing_team(session, team_id)
    _fill_team(session, team, name, purpose, promise, colour)
    session.flush()
    return team


def delete_team(session: Session, team_id: int) -> None:
    """Remove a team; its members stay in the tree, in their other teams if any."""
    session.delete(existing_team(session, team_id))
    session.flush()


def existing_team(session: Session, team_id: int) -> ServiceTeam:
    team = session.get(ServiceTeam, team_id)
    if team is None:  # removed meanwhile, from another window or another PC
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That service team no longer exists."))
    return team


def _fill_team(
    session: Session, team: ServiceTeam, name: str, purpose: str, promise: str, colour: str
) -> None:
    """Check every field, and that no other team has the name, then set them."""
    name = _name(name, ServiceTeam.name)
    other = team_named(session, name)
    if other is not None and other is not team:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is already a service team called {name}."),
            name=name,
        )
    if not COLOUR.fullmatch(colour):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The colour {colour} is not of the form #RRGGBB."),
            colour=colour,
        )
    team.name = name
    team.purpose = checked(purpose.strip()) or None
    team.promise = checked(promise.strip(), column_length(ServiceTeam.promise)) or None
    team.colour = colour.upper()


def teams(session: Session) -> list[ServiceTeam]:
    return list(
        session.scalars(select(ServiceTeam).order_by(ServiceTeam.sort_order, ServiceTeam.id))
    )


def team_named(session: Session, name: str) -> ServiceTeam | None:
    return session.scalars(select(ServiceTeam).where(ServiceTeam.name == name.strip())).first()


def place_in_team(
    session: Session, member_id: int, team_id: int, role: TeamRole = TeamRole.MEMBER
) -> TeamMembership:
    """Put a member in a team with ``role`` (or change their role there). A new leader
    replaces the old one, who stays in the team as a member."""
    if role is TeamRole.LEADER:
        for place in session.scalars(
            select(TeamMembership).where(
                TeamMembership.team_id == team_id,
                TeamMembership.role == TeamRole.LEADER.value,
                TeamMembership.member_id != member_id,
            )
        ):
            place.role = TeamRole.MEMBER.value
    place = session.get(TeamMembership, (member_id, team_id))
    if place is None:
        place = TeamMembership(member_id=member_id, team_id=team_id)
        session.add(place)
    place.role = role.value
    session.flush()
    return place


def remove_from_team(session: Session, member_id: int, team_id: int) -> None:
    place = session.get(TeamMembership, (member_id, team_id))
    if place is not None:
        session.delete(place)
        session.flush()


def add_partner(
    session: Session,
    name: str,
    *,
    kind: PartnerKind = PartnerKind.OTHER,
    contact_name: str = "",
    contact_phone: str = "",
    offers: str = "",
    since: dt.date | None = None,
) -> PartnerUnit:
    partner = PartnerUnit(sort_order=len(partners(session)))
    _fill_partner(session, partner, name, kind, contact_name, contact_phone, offers, since)
    session.add(partner)
    session.flush()
    return partner


def update_partner(
    session: Session,
    partner_id: int,
    name: str,
    *,
    kind: PartnerKind = PartnerKind.OTHER,
    contact_name: str = "",
    contact_phone: str = "",
    offers: str = "",
    since: dt.date | None = None,
) -> PartnerUnit:
    """Change every field of a partner unit, by the same rules as ``add_partner``."""
    partner = _existing_partner(session, partner_id)
    _fill_partner(session, partner, name, kind, contact_name, contact_phone, offers, since)
    session.flush()
    return partner


def delete_partner(session: Session, partner_id: int) -> None:
    """Remove a partner unit; nothing else refers to one."""
    session.delete(_existing_partner(session, partner_id))
    session.flush()


def partners(session: Session) -> list[PartnerUnit]:
    return list(
        session.scalars(select(PartnerUnit).order_by(PartnerUnit.sort_order, PartnerUnit.id))
    )


def _existing_partner(session: Session, partner_id: int) -> PartnerUnit:
    partner = session.get(PartnerUnit, partner_id)
    if partner is None:  # removed meanwhile, from another window or another PC
        raise UserError(QT_TRANSLATE_NOOP("UserError", "That partner unit no longer exists."))
    return partner


def _fill_partner(
    session: Session,
    partner: PartnerUnit,
    name: str,
    kind: PartnerKind,
    contact_name: str,
    contact_phone: str,
    offers: str,
    since: dt.date | None,
) -> None:
    """Check every field, and that no other partner unit has the name, then set them."""
    name = _name(name, PartnerUnit.name)
    query = select(PartnerUnit.id).where(PartnerUnit.name == name)
    if partner.id is not None:
        query = query.where(PartnerUnit.id != partner.id)
    if session.scalars(query).first() is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is already a partner unit called {name}."),
            name=name,
        )
    partner.name = name
    partner.kind = PartnerKind(kind).value
    partner.contact_name = (
        checked(contact_name.strip(), column_length(PartnerUnit.contact_name)) or None
    )
    partner.contact_phone = (
        checked(contact_phone.strip(), column_length(PartnerUnit.contact_phone)) or None
    )
    partner.offers = checked(offers.strip()) or None
    partner.since = since


def _name(raw: str, column: object) -> str:
    name = checked(" ".join(raw.split()), column_length(column))
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The name is empty."))
    return name
