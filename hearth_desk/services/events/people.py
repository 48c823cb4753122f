"""Who a typed query means, for sign-up and check-in by name at the command line.

A query must name exactly one resident living here: a full ID number, an ID tail, a
name, pinyin or initials, or a phone tail (the ledger's one search rule). A name
typed in full wins over longer names that start with it (张三 over 张三丰). Anything
else is refused with the candidates, masked, so the office can type more.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.search import SearchHit, search

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
