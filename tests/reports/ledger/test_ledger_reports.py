"""The building ledger and the care list on paper: A4 landscape, the header on every
page, masked numbers, rare names intact, only the tagged residents with their ages."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.ages import age_on
from hearth_desk.domain.grid_order import door_key
from hearth_desk.domain.models import Household, Resident, ResidentStatus
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.ledger.building_ledger import render_building_ledger
from hearth_desk.reports.ledger.care_list import render_care_list
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.ledger.care_tags import tags_named
from hearth_desk.services.ledger.grid import resolve_grid_path
from hearth_desk.services.ledger.printouts import building_ledger_data, care_list_data
from tests.reports.pdf_reading import page_texts, pdftotext

translate = load_catalogue("zh_CN").translate
TODAY = dt.date(2025, 6, 1)
ID_PATTERN = re.compile(r"\d{6}\*{10}\d[\dX]")
FULL_ID = re.compile(r"\d{17}[\dX]")


def t(text: str) -> str:
    return translate("Report", text)


@pytest.fixture
def demo(session: Session) -> Session:
    fill_demo(session, households=150, seed=5)
    # two rare names: Extension B 𠮷 and Extension A 䶮
    residents = session.scalars(
        select(Resident)
        .join(Household)
        .where(Household.address.like("和平里一区1栋%"))
        .where(Resident.status == ResidentStatus.LIVING.value)
        .order_by(Resident.id)
        .limit(2)
    ).all()
    residents[0].name, residents[1].name = "王𠮷", "刘䶮"
    session.commit()
    return session


def test_the_building_ledger_of_one_building(demo: Session, tmp_path: Path) -> None:
    building = resolve_grid_path(demo, "和平里一区/1栋")
    data = building_ledger_data(demo, building.id, today=TODAY)
    assert [(s.compound, s.building) for s in data.sections] == [("和平里一区", "1栋")]
    section = data.sections[0]
    living = demo.scalars(
        select(Resident.name)
        .join(Household)
        .where(
            Household.address.like("和平里一区1栋%"),
            Resident.status == ResidentStatus.LIVING.value,
        )
    ).all()
    assert sorted(m.name for h in section.households for m in h.members) == sorted(living)
    assert all(
        h.members[0].relation == "户主"
        for h in section.households
        if len(h.members) > 1 and any(m.relation == "户主" for m in h.members)
    )
    doors = [(h.unit, h.door) for h in section.households]
    assert doors == sorted(doors, key=lambda d: (door_key(d[0]), door_key(d[1])))
    # Beside masked numbers the age, never the birth date the mask hides.
    assert all(m.birth_date is None for h in section.households for m in h.members)

    result = render_building_ledger(tmp_path / "楼栋台账.pdf", data, translate)
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages >= 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    texts = page_texts(result.path)
    for number, page in enumerate(texts, start=1):
        assert t("ID number") in page and t("Relation to head") in page
        assert t("Age in years") in page and t("Birth date (age)") not in page
        assert "和平里一区1栋" in page  # the building on every page
        assert f"第 {number} 页 / 共 {len(texts)} 页" in page
    content = pdftotext(result.path)
    assert "王𠮷" in content and "刘䶮" in content
    assert result.missing == []
    assert len(ID_PATTERN.findall(content)) >= len(living) - 5
    assert not FULL_ID.search(content.replace(" ", ""))
    for name in living:
        assert name in content


def test_a_door_is_printed_once_per_household(demo: Session, tmp_path: Path) -> None:
    building = resolve_grid_path(demo, "和平里一区/1栋")
    data = building_ledger_data(demo, building.id, today=TODAY)
    result = render_building_ledger(tmp_path / "楼栋台账.pdf", data, translate)
    content = pdftotext(result.path)
    households = data.sections[0].households
    assert any(len(h.members) > 1 for h in households)
    for door in {h.door for h in households}:
        expected = sum(1 for h in households if h.door == door)  # one per unit at most
        assert len(re.findall(rf"(?<!\d){door}(?!\d)", content)) == expected, door


def test_full_numbers_when_asked(demo: Session, tmp_path: Path) -> None:
    building = resolve_grid_path(demo, "和平里一区/1栋")
    data = building_ledger_data(demo, building.id, full_numbers=True, today=TODAY)
    content = pdftotext(render_building_ledger(tmp_path / "full.pdf", data, translate).path)
    assert len(FULL_ID.findall(content)) > 10
    assert not ID_PATTERN.search(content)
    # With full numbers the birth date may be shown, as before.
    assert t("Birth date (age)") in content
    member = data.sections[0].households[0].members[0]
    assert member.birth_date is not None and member.birth_date.isoformat() in content


def test_the_whole_community_is_every_building_in_grid_order(demo: Session) -> None:
    data = building_ledger_data(demo, today=TODAY)
    living = demo.scalars(
        select(Resident.id).where(Resident.status == ResidentStatus.LIVING.value)
    ).all()
    assert sum(s.residents for s in data.sections) == len(living)
    buildings = [s.building for s in data.sections if s.compound == "和平里一区"]
    assert buildings == sorted(buildings, key=door_key)


def test_the_care_list_has_only_the_tagged_and_their_ages(demo: Session, tmp_path: Path) -> None:
    tag = tags_named(demo, ["独居老人"])[0]
    data = care_list_data(demo, tag.id, today=TODAY)
    tagged = demo.scalars(
        select(Resident).where(
            Resident.tags.any(id=tag.id), Resident.status == ResidentStatus.LIVING.value
        )
    ).all()
    assert sorted(r.name for r in data.rows) == sorted(r.name for r in tagged) and tagged
    assert all("独居老人" in row.tags.split("、") for row in data.rows)
    result = render_care_list(tmp_path / "独居老人.pdf", data, translate)
    box = PdfReader(result.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    content = pdftotext(result.path)
    for resident in tagged:
        age = age_on(resident.birth_date, TODAY)
        assert re.search(rf"{re.escape(resident.name)}\s+[男女]\s+{age}\b", content), resident.name
    untagged = demo.scalars(select(Resident.name).where(~Resident.tags.any(id=tag.id))).all()
    names_on_paper = {row.name for row in data.rows}
    assert not (set(untagged) - {r.name for r in tagged}) & names_on_paper
    assert "独居老人" in page_texts(result.path)[0]


def test_a_long_care_list_repeats_its_header(demo: Session, tmp_path: Path) -> None:
    tag = tags_named(demo, ["党员"])[0]
    data = care_list_data(demo, tag.id, today=TODAY)
    result = render_care_list(tmp_path / "党员.pdf", data, translate)
    pages = page_texts(result.path)
    assert len(pages) >= 2
    for page in pages:
        assert t("Name") in page and t("Address") in page and t("Phone") in page
    assert str(len(data.rows)) in pdftotext(result.path)


def test_the_care_list_within_a_compound(demo: Session) -> None:
    tag = tags_named(demo, ["高龄"])[0]
    compound = resolve_grid_path(demo, "和平里一区")
    data = care_list_data(demo, tag.id, compound.id, today=TODAY)
    assert data.scope == "和平里一区" and data.rows
    assert all(row.address.startswith("和平里一区") for row in data.rows)
    assert all(row.age is not None and row.age >= 79 for row in data.rows)


def test_an_empty_printout_says_so(demo: Session, tmp_path: Path) -> None:
    tag = tags_named(demo, ["退役军人"])[0]
    unit = resolve_grid_path(demo, "和平里一区/1栋/1单元")
    data = care_list_data(demo, tag.id, unit.id, today=TODAY)
    data = type(data)(data.heading, data.tag, data.scope, (), False, TODAY)
    result = render_care_list(tmp_path / "空.pdf", data, translate)
    assert result.pages == 1 and t("No residents to list.") in page_texts(result.path)[0]
    empty = building_ledger_data(demo, today=TODAY)
    empty = type(empty)(empty.heading, "", "", (), False, TODAY)
    result = render_building_ledger(tmp_path / "空台账.pdf", empty, translate)
    assert result.pages == 1 and t("No residents to list.") in page_texts(result.path)[0]


def test_the_ledger_reports_load_no_qt() -> None:
    code = (
        "import sys, hearth_desk.reports.ledger.building_ledger, "
        "hearth_desk.reports.ledger.care_list, "
        "hearth_desk.services.ledger.export, hearth_desk.cli.ledger_commands; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_building_ledger_narrowed_to_a_tag_says_so(demo: Session, tmp_path: Path) -> None:
    tag = tags_named(demo, ["独居老人"])[0]
    data = building_ledger_data(demo, tag_id=tag.id, today=TODAY)
    result = render_building_ledger(tmp_path / "独居.pdf", data, translate)
    first = page_texts(result.path)[0]
    assert t("Only the residents tagged “{tag}” are listed.").format(tag="独居老人") in first
    assert all("独居老人" in m.tags for s in data.sections for h in s.households for m in h.members)
