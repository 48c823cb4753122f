"""How the elderly university's printouts word a class: its weekdays, slots and the
line of class, teacher, room and times that heads each class's sheet."""

from __future__ import annotations

from collections.abc import Callable

from hearth_desk.domain.class_slots import Slot
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.reports.kit.document import Paper, ReportMeta, report_meta
from hearth_desk.services.classes.printouts import ClassHeader

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Report", "Mon"), QT_TRANSLATE_NOOP("Report", "Tue"),
    QT_TRANSLATE_NOOP("Report", "Wed"), QT_TRANSLATE_NOOP("Report", "Thu"),
    QT_TRANSLATE_NOOP("Report", "Fri"), QT_TRANSLATE_NOOP("Report", "Sat"),
    QT_TRANSLATE_NOOP("Report", "Sun"),
)  # fmt: skip


def weekday_text(t: Callable[[str], str], weekday: int) -> str:
    """周一 for 0, in the printout's language."""
    return t(WEEKDAYS[weekday])


def slot_text(t: Callable[[str], str], slot: Slot) -> str:
    """周一 14:30–16:00."""
    return f"{weekday_text(t, slot.weekday)} {slot.start:%H:%M}–{slot.end:%H:%M}"


def class_name(course: ClassHeader) -> str:
    """#3 葫芦丝班: how the office and the command line name a class."""
    return f"#{course.number} {course.name}"


def class_meta(translate: Translate, title: str, course: ClassHeader, paper: Paper) -> ReportMeta:
    """花名册（#3 葫芦丝班）, headed by the community."""
    return report_meta(
        translate,
        title,
        course.heading,
        scope=class_name(course),
        paper=paper,
        printed_on=course.today,
    )


def class_line(t: Callable[[str], str], course: ClassHeader) -> str:
    """学期：… 教师：… 教室：…, and under it 上课时间：周一 14:30–16:00、周四 09:00–10:30."""
    parts = [t(QT_TRANSLATE_NOOP("Report", "Term: {term}")).format(term=course.term)]
    if course.teacher:
        teacher = t(QT_TRANSLATE_NOOP("Report", "Teacher: {name}"))
        parts.append(teacher.format(name=course.teacher))
    if course.room:
        parts.append(t(QT_TRANSLATE_NOOP("Report", "Room: {room}")).format(room=course.room))
    line = "　".join(parts)
    if course.slots:
        slots = "、".join(slot_text(t, slot) for slot in course.slots)
        line += "\n" + t(QT_TRANSLATE_NOOP("Report", "Meets: {slots}")).format(slots=slots)
    return line
