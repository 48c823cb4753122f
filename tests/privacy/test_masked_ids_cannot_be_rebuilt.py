"""Issue 11: no masked ID number can be rebuilt from what its row prints beside it.

Every output that shows ID numbers masked is attacked here as it reaches a person:
the window's resident table and household card, the search box's hits, ``find``,
the building ledger and the care list read back from their PDFs, and the masked
export read back from its sheet, the files made through the command line. For every
row the attacker takes the masked number and everything else the row prints (the
gender, the age on the day it was shown or printed, the birth year, any whole
date), knows the demo community's area codes, and counts the valid ID numbers that
agree (``tests.support.id_attack``). Each must leave at least 1,000.

The same readers and the same counter rebuild the numbers of the old design (the
birth date beside ``110101********562X``), so a pass here is not a blind counter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from stdnum.cn.ric import calc_check_digit

from hearth_desk.cli.main import main
from hearth_desk.domain.ages import age_on
from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import CareTag, Household, Resident, ResidentStatus
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.ledger.building_ledger import render_building_ledger
from hearth_desk.services.ledger.printouts import building_ledger_data
from hearth_desk.services.ledger.query import ResidentFilter, resident_ids
from hearth_desk.services.ledger.search import search_residents
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import Store, open_store
from hearth_desk.ui.common.translation import window_words
from hearth_desk.ui.ledger.household_card import HouseholdCard
from hearth_desk.ui.ledger.search_box import describe_hit
from hearth_desk.ui.ledger.table_models import ResidentTableModel
from tests.reports.pdf_reading import pdftotext
from tests.support.id_attack import (
    DEMO_AREAS,
    ENOUGH,
    MASKED_ID,
    Shown,
    birth_dates,
    candidates,
    dates_in,
)
from tests.support.presenters import RecordingPresenter

HOUSEHOLDS = 150
CHINESE_GENDERS = {"男": "M", "女": "F"}
# A building ledger row from the gender on: 男  76  110101**********34 (masked), or,
# in the old design, 男  1950-03-04（76岁）  110101********1234.
LEDGER_ROW = re.compile(
    r"(?P<gender>[男女])\s+(?P<birth>\d{1,3}|\d{4}-\d\d-\d\d（\d{1,3}岁）)\s+"
    r"(?P<id>[\d*]{17}[\dX*])(?![\d*X])"
)
CARE_ROW = re.compile(r"^\s*\d+\s+\S+\s+(?P<gender>[男女])\s+(?P<age>\d{1,3})\s")


def old_mask(number: str) -> str:
    """The mask before issue 11: area code and last four kept, the birth date hidden."""
    return number[:6] + "*" * 8 + number[-4:]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Iterator[Store]:
    """A demo community made by the command line, and the store it lives in."""
    run(capsys, "demo", "--households", str(HOUSEHOLDS), "--seed", "11")
    store = open_store(resolve_location(isolated_user_folders))
    yield store
    store.close()


def rows_expected(store: Store, *, living: bool, tag: str | None = None) -> int:
    """How many rows an output must show: the residents with an ID number, or with
    ``tag`` (the care list, which shows no ID number)."""
    statement = select(func.count(Resident.id))
    if tag is None:
        statement = statement.where(Resident.id_number.is_not(None))
    else:
        statement = statement.where(Resident.tags.any(CareTag.name == tag))
    if living:
        statement = statement.where(Resident.status == ResidentStatus.LIVING.value)
    with store.session() as session:
        return session.scalar(statement) or 0


def assert_safe(shown: list[Shown]) -> None:
    """Every row leaves at least ``ENOUGH`` candidates; the weakest is named."""
    assert shown, "no masked row was read"
    weakest = min(shown, key=candidates)
    assert candidates(weakest) >= ENOUGH, weakest


def assert_rebuilt(shown: list[Shown]) -> None:
    assert shown
    assert all(candidates(row) < ENOUGH for row in shown)


# --- the counter itself ---------------------------------------------------------------


def brute_force(shown: Shown, areas: tuple[str, ...]) -> int:
    """Every number, one by one: the check on the counter's arithmetic."""
    pattern = shown.number_pattern()

    def fits(text: str, start: int) -> bool:
        return all(p in ("*", c) for p, c in zip(pattern[start:], text, strict=False))

    sequences = [
        f"{n:03d}"
        for n in range(1000)
        if shown.gender in (None, "M" if n % 2 else "F") and fits(f"{n:03d}", 14)
    ]
    births = [f"{d:%Y%m%d}" for d in birth_dates(shown) if fits(f"{d:%Y%m%d}", 6)]
    count = 0
    for area, birth, sequence in itertools.product(areas, births, sequences):
        body = f"{area}{birth}{sequence}"
        if fits(area, 0) and pattern[17] in ("*", calc_check_digit(body + "0")):
            count += 1
    return count


@pytest.mark.parametrize(
    "shown",
    [
        Shown("110101**********2X", dt.date(2026, 3, 1), "F", age=40),
        Shown("110101********562X", dt.date(2026, 3, 1), "F", age=40),
        Shown("", dt.date(1950, 2, 1), "M", birth_year=1950),  # born by the print date
        Shown("110101**********35", dt.date(2026, 3, 1), "M", birth_year=2026),
    ],
)
def test_the_counter_agrees_with_counting_one_by_one(shown: Shown) -> None:
    areas = ("110101", "110102") if shown.masked else ("110101",)
    assert candidates(shown, areas) == brute_force(shown, areas)


def test_the_old_mask_beside_the_birth_date_gives_every_number_away(demo: Store) -> None:
    today = dt.date.today()
    with demo.session() as session:
        people = session.execute(
            select(Resident.id_number, Resident.gender, Resident.birth_date).where(
                Resident.id_number.is_not(None)
            )
        ).all()
    old = [Shown(old_mask(n), today, g, age_on(b, today), dates=(b,)) for n, g, b in people]
    assert all(candidates(row) == 1 for row in old)
    # Even the age alone beside the old mask leaves far too few: it hides only the date.
    assert all(candidates(dataclasses.replace(row, dates=())) < ENOUGH for row in old)
    new = [Shown(mask_id_number(n), today, g, age_on(b, today)) for n, g, b in people]
    assert min(map(candidates, new)) >= 3000  # about a year of dates × 100 / 11


# --- the window -----------------------------------------------------------------------


def screen_rows(table: list[list[str]], columns: object, today: dt.date) -> list[Shown]:
    """The rows of a window table that show an ID number; ``columns`` names the
    columns (ID_NUMBER, GENDER, AGE), as the table model and the card both do."""
    genders = {window_words().gender(code): code for code in ("M", "F")}
    number, gender, age = (getattr(columns, name) for name in ("ID_NUMBER", "GENDER", "AGE"))
    return [
        Shown(
            cells[number],
            today,
            genders[cells[gender]],
            int(cells[age]) if cells[age] else None,
            dates=dates_in("  ".join(cells)),
        )
        for cells in table
        if cells[number]
    ]


def test_the_resident_table(demo: Store, qapp: object) -> None:
    model = ResidentTableModel(demo)
    with demo.session() as session:
        model.set_ids(resident_ids(session, ResidentFilter(status=None)))
    table = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    shown = screen_rows(table, model, dt.date.today())
    assert len(shown) > HOUSEHOLDS
    assert_safe(shown)


def test_the_household_card(demo: Store, qtbot: QtBot, tmp_path: Path) -> None:
    errors = RecordingPresenter(tmp_path / "log")
    with demo.session() as session:
        households = session.scalars(select(Household.id).order_by(Household.id)).all()
    shown = []
    for household_id in households:
        card = HouseholdCard(demo, errors, household_id, [])
        qtbot.addWidget(card)
        members = card.members
        table = [
            [members.item(row, column).text() for column in range(members.columnCount())]
            for row in range(members.rowCount())
        ]
        shown += screen_rows(table, card, dt.date.today())
        card.close()
    assert len(shown) > HOUSEHOLDS
    assert_safe(shown)


def test_the_search_box_hits(demo: Store) -> None:
    today = dt.date.today()
    with demo.session() as session:
        names = set(session.scalars(select(Resident.name)))
        hits = [
            hit
            for name in sorted(names)
            for hit in search_residents(session, name, include_inactive=True)
        ]
    shown = []
    for hit in hits:
        text = describe_hit(hit)
        (masked,) = MASKED_ID.findall(text) or [""]
        if masked:
            shown.append(Shown(masked, today, dates=dates_in(text)))
    assert len({hit.resident_id for hit in hits}) > HOUSEHOLDS
    assert_safe(shown)


# --- the command line ----------------------------------------------------------------


def test_find(demo: Store, capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.date.today()
    out = run(capsys, "find", "和平里", "--all", "--limit", "10000")
    shown = []
    for line in out.splitlines():
        _name, masked, *_rest = line.split("\t")
        if masked != "-":
            assert MASKED_ID.fullmatch(masked), line
            shown.append(Shown(masked, today, dates=dates_in(line)))
    assert len(shown) == rows_expected(demo, living=False) > HOUSEHOLDS
    assert_safe(shown)


def ledger_rows(pdf: Path, today: dt.date) -> list[Shown]:
    """Every row of a building ledger that prints an ID number, as the attacker reads it."""
    text = pdftotext(pdf, layout=True)
    shown = []
    for line in text.splitlines():
        if not MASKED_ID.search(line):
            continue
        match = LEDGER_ROW.search(line)
        assert match, line  # a changed layout must not make rows unread
        birth = match["birth"]
        age = int(birth) if birth.isdigit() else int(re.findall(r"\d+", birth)[-1])
        shown.append(
            Shown(match["id"], today, CHINESE_GENDERS[match["gender"]], age, dates=dates_in(line))
        )
    return shown


def test_the_building_ledger(
    demo: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    today = dt.date.today()
    pdf = tmp_path / "楼栋台账.pdf"
    run(capsys, "print", "ledger", "--out", str(pdf))
    shown = ledger_rows(pdf, today)
    assert len(shown) == rows_expected(demo, living=True) > HOUSEHOLDS
    assert_safe(shown)
    # No birth date anywhere on it, not even where a long note wraps: only the print date.
    assert set(dates_in(pdftotext(pdf))) == {today}


def test_the_old_building_ledger_is_rebuilt_by_the_same_reader(demo: Store, tmp_path: Path) -> None:
    today = dt.date.today()
    with demo.session() as session:
        data = building_ledger_data(session, full_numbers=True, today=today)
    # The old design: the birth date (age) column beside the old mask.
    sections = tuple(
        dataclasses.replace(
            section,
            households=tuple(
                dataclasses.replace(
                    household,
                    members=tuple(
                        dataclasses.replace(m, id_number=m.id_number and old_mask(m.id_number))
                        for m in household.members
                    ),
                )
                for household in section.households
            ),
        )
        for section in data.sections[:2]
    )
    old = dataclasses.replace(data, sections=sections)
    translate = load_catalogue("zh_CN").translate
    pdf = render_building_ledger(tmp_path / "old.pdf", old, translate).path
    shown = ledger_rows(pdf, today)
    members = [m for s in sections for h in s.households for m in h.members]
    assert len(shown) == sum(1 for m in members if m.id_number) > 10
    assert_rebuilt(shown)


@pytest.mark.parametrize("tag", ["独居老人", "高龄"])
def test_the_care_list(
    demo: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path, tag: str
) -> None:
    today = dt.date.today()
    pdf = tmp_path / f"{tag}.pdf"
    run(capsys, "print", "ledger", "--tag", tag, "--out", str(pdf))
    text = pdftotext(pdf, layout=True)
    assert not MASKED_ID.search(text) and not re.search(r"\d{17}[\dX]", text)
    shown = [
        Shown("", today, CHINESE_GENDERS[m["gender"]], int(m["age"]), dates=dates_in(line))
        for line in text.splitlines()
        if (m := CARE_ROW.match(line))
    ]
    assert len(shown) == rows_expected(demo, living=True, tag=tag) > 5
    assert_safe(shown)
    assert set(dates_in(text)) == {today}


def sheet_rows(path: Path, today: dt.date) -> list[Shown]:
    """Every row of a ledger sheet with an ID number, as the attacker reads it."""
    sheet = openpyxl.load_workbook(path, read_only=True).active
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows))
    number, gender = header.index("公民身份号码"), header.index("性别")
    year = header.index("出生年份") if "出生年份" in header else None
    shown = []
    for row in rows:
        if not row[number]:
            continue
        dates = tuple(v.date() for v in row if isinstance(v, dt.datetime))
        dates += tuple(d for v in row if isinstance(v, str) for d in dates_in(v))
        shown.append(
            Shown(
                row[number],
                today,
                CHINESE_GENDERS[row[gender]],
                birth_year=None if year is None else int(row[year]),
                dates=dates,
            )
        )
    return shown


def test_the_masked_export(demo: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    today = dt.date.today()
    sheet = tmp_path / "台账.xlsx"
    run(capsys, "export", "residents", str(sheet))
    shown = sheet_rows(sheet, today)
    assert len(shown) == rows_expected(demo, living=False) > HOUSEHOLDS
    assert all(MASKED_ID.fullmatch(row.masked) for row in shown)
    assert all(row.birth_year is not None for row in shown)
    assert_safe(shown)


def test_the_old_export_is_rebuilt_by_the_same_reader(
    demo: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    today = dt.date.today()
    sheet = tmp_path / "全号.xlsx"
    run(capsys, "export", "residents", str(sheet), "--full-id")
    # The old masked export: the full sheet's birth dates beside the old mask.
    shown = [
        dataclasses.replace(row, masked=old_mask(row.masked)) for row in sheet_rows(sheet, today)
    ]
    assert_rebuilt(shown)


def test_the_known_area_codes_are_the_demos() -> None:
    assert "110101" in DEMO_AREAS and len(DEMO_AREAS) == len(set(DEMO_AREAS))
