"""The building ledger (楼栋台账): households by unit and door, for the grid workers.

Each building is its own section starting on a new A4 landscape page, with the
compound, the building and its grid leader above the table on every page, so a
loose page still says where it belongs. A household's members stay together on one
page; its unit and door are printed once, on its first row, and a heavier rule
separates households. ID numbers and phones are masked unless full numbers are
asked for; with masked numbers the ledger prints the age, not the birth date, which
is what the mask hides.

The data is gathered first (``services.ledger.printouts.building_ledger_data``, on a
worker thread in the window) and laid out here afterwards; layout measures each row
once and fills page after page, so time grows linearly with the households.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.vocabulary import Words
from hearth_desk.reports.kit.document import (
    NOTE_STYLE,
    Paper,
    build_pdf,
    frame_size,
    opening,
    report_meta,
    report_words,
    room_left,
)
from hearth_desk.reports.kit.fonts import TITLE
from hearth_desk.reports.kit.grouped_table import grouped_pages
from hearth_desk.reports.kit.result import RenderResult
from hearth_desk.reports.kit.table import Column
from hearth_desk.reports.kit.text import MissingLog, TextBlock, TextStyle
from hearth_desk.services.ledger.printouts import (
    BuildingLedgerData,
    BuildingSection,
    HouseholdBlock,
    MemberLine,
)
from hearth_desk.services.progress import Progress

LEDGER_STYLE = TextStyle(size=10, leading=13)
CAPTION_STYLE = TextStyle(chain=TITLE, size=13, leading=19)
GROUPED_COLUMNS = 2  # unit and door: ruled only between households
HOUSEHOLDS_PER_PAGE_GUESS = 8  # for the progress bar only


# As wide as the widest value each column shows: the columns are kept at least so wide.
FULL_ID, MASKED_ID = "11010119490101123X", "110101**********3X"


def ledger_columns(t: Callable[[str], str], words: Words, full_numbers: bool) -> list[Column]:
    """The columns; with masked numbers the age stands where the birth date would, and
    the width it leaves goes to the care tags and the notes."""
    if full_numbers:
        widest = birth_and_age(t, dt.date(2000, 12, 28), 100)
        birth = Column(t(QT_TRANSLATE_NOOP("Report", "Birth date (age)")), 2.3, "center", (widest,))
        tags, notes = 1.55, 1.6
    else:
        birth = Column(t(QT_TRANSLATE_NOOP("Report", "Age in years")), 0.7, "center")
        tags, notes = 2.15, 2.6
    return [
        Column(t(QT_TRANSLATE_NOOP("Report", "Unit")), 0.8, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Door")), 0.75, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Name")), 1.1),
        Column(t(QT_TRANSLATE_NOOP("Report", "Relation to head")), 1.2, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Gender")), 0.55, "center", words.genders()),
        birth,
        Column(
            t(QT_TRANSLATE_NOOP("Report", "ID number")),
            2.05,
            "center",
            (FULL_ID if full_numbers else MASKED_ID,),
        ),
        Column(t(QT_TRANSLATE_NOOP("Report", "Phone")), 1.4, "center"),
        Column(t(QT_TRANSLATE_NOOP("Report", "Care tags")), tags),
        Column(t(QT_TRANSLATE_NOOP("Report", "Notes")), notes),
    ]


def birth_and_age(t: Callable[[str], str], birth: dt.date | None, age: int | None) -> str:
    if birth is None:
        return ""
    return t(QT_TRANSLATE_NOOP("Report", "{date} ({age})")).format(date=birth.isoformat(), age=age)


def birth_or_age(t: Callable[[str], str], member: MemberLine, full_numbers: bool) -> str:
    """The birth date and age with full numbers; the age alone beside masked ones."""
    if full_numbers:
        return birth_and_age(t, member.birth_date, member.age)
    return "" if member.age is None else str(member.age)


def leader_text(t: Callable[[str], str], name: str, phone: str) -> str:
    if not name:
        return t(QT_TRANSLATE_NOOP("Report", "Grid leader: not set"))
    return (
        t(QT_TRANSLATE_NOOP("Report", "Grid leader: {name} {phone}"))
        .format(name=name, phone=phone)
        .strip()
    )


def household_rows(
    t: Callable[[str], str], words: Words, household: HouseholdBlock, full_numbers: bool
) -> list[list[str]]:
    """A household's rows: its unit and door on the first row only."""
    return [
        [
            household.unit if row == 0 else "",
            household.door if row == 0 else "",
            member.name,
            words.relation(member.relation),
            words.gender(member.gender),
            birth_or_age(t, member, full_numbers),
            member.id_number,
            member.phone,
            member.tags,
            member.notes,
        ]
        for row, member in enumerate(household.members)
    ]


def section_caption(
    t: Callable[[str], str], section: BuildingSection, log: MissingLog
) -> Callable[[bool], list[Flowable]]:
    """What stands above the table on each of a building's pages: where, and who leads it."""
    place = f"{section.compound}{section.building}"
    leader = leader_text(t, section.leader_name, section.leader_phone)

    def caption(continued: bool) -> list[Flowable]:
        text = (
            t(QT_TRANSLATE_NOOP("Report", "{place} (continued)")).format(place=place)
            if continued
            else place
        )
        return [TextBlock(f"{text}　　{leader}", CAPTION_STYLE, log), Spacer(1, 1.5 * mm)]

    return caption


def ledger_note(t: Callable[[str], str], data: BuildingLedgerData) -> str:
    note = t(
        QT_TRANSLATE_NOOP(
            "Report", "{buildings} buildings, {households} households, {residents} residents."
        )
    ).format(
        buildings=len(data.sections),
        households=data.households,
        residents=sum(s.residents for s in data.sections),
    )
    if data.tag:
        note += " " + t(
            QT_TRANSLATE_NOOP("Report", "Only the residents tagged “{tag}” are listed.")
        ).format(tag=data.tag)
    if not data.full_numbers:
        note += " " + t(QT_TRANSLATE_NOOP("Report", "ID numbers and phones are partly hidden."))
    return note


def render_building_ledger(
    out: Path,
    data: BuildingLedgerData,
    translate: Translate,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay ``data`` out as the building ledger on A4 landscape and write it to ``out``."""
    t = report_words(translate)
    words = Words(translate)
    progress = progress or Progress.silent()
    log = MissingLog()
    meta = report_meta(
        translate,
        t(QT_TRANSLATE_NOOP("Report", "Building ledger")),
        data.heading,
        scope=data.scope,
        paper=Paper.A4_LANDSCAPE,
        printed_on=data.today,
    )
    story = opening(meta, log, ledger_note(t, data))
    if not data.sections:
        story.append(
            TextBlock(t(QT_TRANSLATE_NOOP("Report", "No residents to list.")), NOTE_STYLE, log)
        )
        return build_pdf(out, meta, story, translate, log, progress, expected_pages=1)
    width, height = frame_size(meta.paper)
    first_page_height = room_left(story, meta.paper)
    columns = ledger_columns(t, words, data.full_numbers)
    done = 0

    def counted() -> None:
        nonlocal done
        done += 1
        if done % 50 == 0:
            progress.report(
                done, data.households, QT_TRANSLATE_NOOP("Progress", "Laying out pages…")
            )

    for index, section in enumerate(data.sections):
        if index > 0:
            story.append(PageBreak())
        story += grouped_pages(
            columns,
            [
                household_rows(t, words, household, data.full_numbers)
                for household in section.households
            ],
            width=width,
            page_height=height,
            first_page_height=first_page_height if index == 0 else height,
            caption=section_caption(t, section, log),
            log=log,
            grouped_columns=GROUPED_COLUMNS,
            style=LEDGER_STYLE,
            on_group=counted,
        )
    return build_pdf(
        out,
        meta,
        story,
        translate,
        log,
        progress,
        expected_pages=max(1, data.households // HOUSEHOLDS_PER_PAGE_GUESS),
    )
