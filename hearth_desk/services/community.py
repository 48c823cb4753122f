"""The community a store belongs to: set once at first start, shown on every printout."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from hearth_desk.domain.models import Community
from hearth_desk.domain.text_fields import checked

MAX_NAME_LENGTH = 50  # heads every printout on one line; the columns hold 100


@dataclass(frozen=True)
class CommunityInfo:
    name: str
    street: str
    district: str

    @property
    def heading(self) -> str:
        """The line that heads printouts, e.g. 北京市东城区和平里街道和平里社区."""
        return f"{self.district}{self.street}{self.name}"


def get_community(session: Session) -> CommunityInfo | None:
    row = session.scalars(select(Community).order_by(Community.id).limit(1)).first()
    if row is None:
        return None
    return CommunityInfo(row.name, row.street, row.district)


def community_heading(session: Session) -> str | None:
    """The line that heads every printout; None while the community is not set."""
    community = get_community(session)
    return community.heading if community else None


def set_community(session: Session, name: str, street: str, district: str = "") -> CommunityInfo:
    """Create or rename the store's community; names are trimmed and must not be empty
    nor hold a control character (``domain.text_fields``)."""
    info = CommunityInfo(checked(name).strip(), checked(street).strip(), checked(district).strip())
    for value, field_name in (
        (info.name, Term(QT_TRANSLATE_NOOP("UserError", "community"))),
        (info.street, Term(QT_TRANSLATE_NOOP("UserError", "street"))),
    ):
        if not value:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The {field} name is empty; please fill it in."),
                field=field_name,
            )
    for value in (info.name, info.street, info.district):
        if len(value) > MAX_NAME_LENGTH:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The name “{value}” is longer than {limit} characters."
                ),
                value=value,
                limit=MAX_NAME_LENGTH,
            )
    row = session.scalars(select(Community).order_by(Community.id).limit(1)).first()
    if row is None:
        session.add(Community(name=info.name, street=info.street, district=info.district))
    else:
        row.name, row.street, row.district = info.name, info.street, info.district
    session.flush()
    return info
