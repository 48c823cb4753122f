"""Who changed what and when: one ``ChangeRecord`` per change, in the same transaction.

The actor is the name staff set in the window (or ``HEARTH_DESK_ACTOR`` for scripts),
else the operating-system account: one shared office PC often has one account, so
the window asks for a name. ID numbers are never recorded in full.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.masking import mask_id_number, mask_phone
from hearth_desk.domain.models import ChangeRecord

ACTOR_ENV = "HEARTH_DESK_ACTOR"
_actor: str | None = None


def set_actor(name: str | None) -> None:
    """The name recorded for this program's changes (from the window's settings)."""
    global _actor
    _actor = (name or "").strip() or None


def current_actor() -> str:
    if _actor:
        return _actor
    try:
        return os.environ.get(ACTOR_ENV) or getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "?"


def _safe(field: str, value: Any) -> Any:
    if field == "id_number" and value:
        return mask_id_number(str(value))
    if field == "phone" and value:
        return mask_phone(str(value))
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    changes: dict[str, tuple[Any, Any]] | None = None,
    **facts: Any,
) -> None:
    """Add a change record; ``changes`` maps a field to its (old, new) values."""
    details: dict[str, Any] = {k: _safe(k, v) for k, v in facts.items()}
    if changes:
        details["changes"] = {
            name: [_safe(name, old), _safe(name, new)] for name, (old, new) in changes.items()
        }
    session.add(
        ChangeRecord(
            at=dt.datetime.now().replace(microsecond=0),
            actor=current_actor()[:50],
            entity=entity,
            entity_id=entity_id,
            action=action,
            details=json.dumps(details, ensure_ascii=False),
        )
    )


@dataclass(frozen=True)
class ChangeView:
    """One change record for a person to read: when, who, what, and the field changes."""

    at: dt.datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, list[Any]]
    facts: dict[str, Any]


def history(
    session: Session, entity: str, ids: Sequence[int], limit: int = 200
) -> list[ChangeView]:
    """The newest changes to these records first (a household card shows its members')."""
    if not ids:
        return []
    rows = session.scalars(
        select(ChangeRecord)
        .where(ChangeRecord.entity == entity, ChangeRecord.entity_id.in_(list(ids)))
        .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())
        .limit(limit)
    )
    views = []
    for row in rows:
        details = json.loads(row.details or "{}")
        changes = details.pop("changes", {})
        views.append(
            ChangeView(row.at, row.actor, row.entity, row.entity_id, row.action, changes, details)
        )
    return views
