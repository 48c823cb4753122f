"""Care tags (人员类别): the office's editable list, such as 独居老人 and 低保."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import CareTag, resident_care_tag
from hearth_desk.services import audit
from hearth_desk.services.chunks import in_chunks


def care_tags(session: Session) -> list[CareTag]:
    return list(session.scalars(select(CareTag).order_by(CareTag.sort_order, CareTag.id)))


def tag_names_of(session: Session, resident_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Resident id → the names of the tags they carry, in the list's order; residents
    without tags are left out. A query per slice of ids, for lists of any length."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in in_chunks(resident_ids):
        for resident_id, name in session.execute(
            select(resident_care_tag.c.resident_id, CareTag.name)
            .join(CareTag, CareTag.id == resident_care_tag.c.care_tag_id)
            .where(resident_care_tag.c.resident_id.in_(chunk))
            .order_by(CareTag.sort_order, CareTag.id)
        ):
            found[resident_id].append(name)
    return {resident_id: tuple(names) for resident_id, names in found.items()}


def add_care_tag(session: Session, name: str) -> CareTag:
    name = "".join(name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The care tag is empty."))
    if session.scalar(select(CareTag).where(CareTag.name == name)) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The care tag “{name}” exists already."), name=name
        )
    order = session.scalar(select(func.coalesce(func.max(CareTag.sort_order), -1))) + 1
    tag = CareTag(name=name, sort_order=order)
    session.add(tag)
    session.flush()
    audit.record(session, "care_tag", tag.id, "create", name=name)
    return tag


def rename_care_tag(session: Session, tag_id: int, name: str) -> CareTag:
    tag = session.get(CareTag, tag_id)
    name = "".join(name.split())
    if tag is None or not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The care tag is empty."))
    other = session.scalar(select(CareTag).where(CareTag.name == name))
    if other is not None and other.id != tag.id:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The care tag “{name}” exists already."), name=name
        )
    audit.record(session, "care_tag", tag.id, "update", {"name": (tag.name, name)})
    tag.name = name
    session.flush()
    return tag


def remove_care_tag(session: Session, tag_id: int) -> None:
    """Remove a tag nobody carries; a tag in use must first be taken off its residents."""
    tag = session.get(CareTag, tag_id)
    if tag is None:
        return
    used = session.scalar(
        select(func.count())
        .select_from(resident_care_tag)
        .where(resident_care_tag.c.care_tag_id == tag_id)
    )
    if used:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The care tag “{name}” is carried by {count} residents; it is kept."
            ),
            name=tag.name,
            count=used,
        )
    audit.record(session, "care_tag", tag.id, "delete", name=tag.name)
    session.delete(tag)
    session.flush()


def tags_named(session: Session, names: Iterable[str]) -> list[CareTag]:
    """The tags of these names; an unknown name is a ``UserError`` listing the known ones."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    found = {t.name: t for t in session.scalars(select(CareTag).where(CareTag.name.in_(wanted)))}
    unknown = [name for name in wanted if name not in found]
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Unknown care tag “{name}”; the list has: {known}."),
            name=unknown[0],
            known="、".join(t.name for t in care_tags(session)),
        )
    return [found[name] for name in wanted]
