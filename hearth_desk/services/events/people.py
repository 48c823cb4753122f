"""Who a typed query means, for sign-up and check-in by name at the command line,
and for the tree's members who helped (helpers, service records).

A query must name exactly one resident living here: a full ID number, an ID tail, a
name, pinyin or initials, or a phone tail (the ledger's one search rule). A name
typed in full wins over longer names that start with it (张三 over 张三丰). Anything
else is refused with the candidates, masked, so the office can type more. A member is
found the same way by the tree's search (its work unit as the place).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.search import SearchHit, search
from hearth_desk.services.tree.directory import MemberHit, search_members

SHOWN_CANDIDATES = 5


def one_resident(session: Session, query: str) -> SearchHit:
    found = search(session, query, limit=SHOWN_CANDIDATES + 1)
    hits = found.hits
    exact = [hit for hit in hits if hit.name == query.strip()]
    if len(hits) == 1 or len(exact) == 1:
        return hits[0] if len(hits) == 1 else exact[0]
    if not hits:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "No resident matches {query}."), query=query)
    shown = "；".join(
        f"{hit.name} {hit.id_masked} {hit.phone_masked} {hit.address}".strip()
        for hit in hits[:SHOWN_CANDIDATES]
    )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "{query} matches {count} residents: {candidates}. Type more of it."
        ),
        query=query,
        count=max(found.total, len(hits)),
        candidates=shown,
    )


def one_member(session: Session, query: str) -> MemberHit:
    hits = search_members(session, query, limit=SHOWN_CANDIDATES + 1)
    exact = [hit for hit in hits if hit.name == query.strip()]
    if len(hits) == 1 or len(exact) == 1:
        return hits[0] if len(hits) == 1 else exact[0]
    if not hits:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "No member matches “{query}”."), query=query.strip()
        )
    shown = "；".join(
        f"{hit.name} {hit.work_unit} {hit.phone_masked}".strip() for hit in hits[:SHOWN_CANDIDATES]
    )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "{query} matches several members: {candidates}. Type more of it."
        ),
        query=query,
        candidates=shown,
    )
