"""Who a typed name means for a class: its teacher (a member of the tree, else an
outside teacher by name) and one of its students (a resident found by the ledger's
one search rule, as ``event signup`` finds them, or an outsider by name)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.classes.enrolment import Student, students
from hearth_desk.services.events.people import one_resident
from hearth_desk.services.tree.directory import search_members


def teacher_for(session: Session, text: str) -> tuple[int | None, str]:
    """(member id, name): the one member of the tree with exactly that name, else
    nobody of ours and the name as typed (an outside teacher)."""
    name = text.strip()
    exact = [hit for hit in search_members(session, name, limit=20) if hit.name == name]
    if len(exact) == 1:
        return exact[0].member_id, exact[0].name
    return None, name


def student_of(session: Session, course_id: int, query: str) -> Student:
    """The class's student (or one waiting) a query names."""
    everyone = students(session, course_id)
    outsiders = [s for s in everyone if s.resident_id is None and s.name == query.strip()]
    if len(outsiders) == 1:
        return outsiders[0]
    hit = one_resident(session, query)
    for student in everyone:
        if student.resident_id == hit.resident_id:
            return student
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "{name} is not enrolled in class #{number}."),
        name=hit.name,
        number=course_id,
    )
