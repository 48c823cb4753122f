"""The party organisation as one form edits it: the 党委 or 党总支 at the trunk with its
secretary, and its 党支部 in order, saved together in one transaction.

A branch left out of the saved list is removed (its members keep their place in the
tree, without a branch); a branch without an id is new. Saving an unchanged outline
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Member, OrganisationKind
from hearth_desk.services.tree.structure import (
    add_branch,
    branches,
    delete_branch,
    root_organisation,
    set_organisation,
    update_branch,
)


@dataclass(frozen=True)
class BranchOutline:
    id: int | None  # None for a branch typed in and not saved yet
    name: str
    secretary: str = ""
    members: int = 0  # how many members it has (read only)


@dataclass(frozen=True)
class OrganisationOutline:
    name: str = ""  # "" until it is set
    kind: OrganisationKind = OrganisationKind.GENERAL_BRANCH
    secretary: str = ""
    branches: tuple[BranchOutline, ...] = field(default_factory=tuple)


def organisation_outline(session: Session) -> OrganisationOutline:
    root = root_organisation(session)
    per_branch = dict(
        session.execute(select(Member.branch_id, func.count()).group_by(Member.branch_id)).all()
    )
    outline = tuple(
        BranchOutline(b.id, b.name, b.secretary or "", per_branch.get(b.id, 0))
        for b in branches(session)
    )
    if root is None:
        return OrganisationOutline(branches=outline)
    return OrganisationOutline(root.name, OrganisationKind(root.kind), root.secretary or "",
                               outline)  # fmt: skip


def save_organisation(session: Session, outline: OrganisationOutline) -> None:
    """Write the organisation and exactly the outline's branches, in its order."""
    set_organisation(session, outline.name, kind=outline.kind, secretary=outline.secretary)
    kept = {branch.id for branch in outline.branches if branch.id is not None}
    for stored in branches(session):
        if stored.id not in kept:
            delete_branch(session, stored.id)
    for order, branch in enumerate(outline.branches):
        if branch.id is None:
            saved = add_branch(session, branch.name, branch.secretary)
        else:
            saved = update_branch(session, branch.id, branch.name, branch.secretary)
        saved.sort_order = order
    session.flush()
