"""What the event form offers: the tree's service teams and partner units (a stall is
usually a partner unit giving what it offers), read once when the form opens."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import PartnerUnit
from hearth_desk.services.tree.printouts import TeamOption, team_options


@dataclass(frozen=True)
class PartnerChoice:
    name: str
    offers: str  # what it offers the residents: a stall's service to start from


@dataclass(frozen=True)
class FormChoices:
    teams: tuple[TeamOption, ...]
    partners: tuple[PartnerChoice, ...]


def form_choices(session: Session) -> FormChoices:
    partners = session.execute(
        select(PartnerUnit.name, PartnerUnit.offers).order_by(
            PartnerUnit.sort_order, PartnerUnit.name
        )
    )
    return FormChoices(
        team_options(session),
        tuple(PartnerChoice(name, offers or "") for name, offers in partners),
    )
