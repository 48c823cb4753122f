"""Changing the ledger: checked input, derived columns kept in step, and a record of who."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import ChangeRecord, Gender, Household, Resident, ResidentStatus
from hearth_desk.services import audit
from hearth_desk.services.ledger import care_tags, grid
from hearth_desk.services.ledger import households as ledger
from hearth_desk.services.ledger.query import (
    ResidentFilter,
    household_rows,
    resident_ids,
    resident_rows,
    reveal,
)
from hearth_desk.services.ledger.residents import ResidentInput, clean_resident
from tests.support.factories import SHAN_ID, ZHANG_SAN_ID, person, small_ledger


@pytest.fixture(autouse=True)
def clerk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(audit.ACTOR_ENV, "王书记")


def resident(session: Session, name: str) -> Resident:
    return session.scalars(select(Resident).where(Resident.name == name)).one()


def test_a_new_household_gets_its_address_head_and_keys(session: Session) -> None:
    small_ledger(session)
    zhang = resident(session, "张三")
    assert zhang.household.address == "洪山小区3栋2单元0401"
    assert (zhang.relation, zhang.gender, zhang.birth_date) == ("户主", "M", dt.date(1950, 3, 4))
    assert zhang.search_key == "zhangsan zs"
    assert [t.name for t in zhang.tags] == ["高龄"]
    assert zhang.updated_by == "王书记"


def test_every_change_is_recorded_with_masked_numbers(session: Session) -> None:
    small_ledger(session)
    zhang = resident(session, "张三")
    ledger.update_resident(
        session, zhang.id, person("张三", ZHANG_SAN_ID, "13900002222", work_unit="退休")
    )
    record = session.scalars(
        select(ChangeRecord).where(
            ChangeRecord.entity_id == zhang.id, ChangeRecord.action == "update"
        )
    ).one()
    changes = json.loads(record.details)["changes"]
    assert record.actor == "王书记"
    assert changes["phone"] == ["138****5678", "139****2222"]
    assert changes["work_unit"] == [None, "退休"]
    created = session.scalars(
        select(ChangeRecord).where(
            ChangeRecord.entity_id == zhang.id, ChangeRecord.action == "create"
        )
    ).first()
    assert ZHANG_SAN_ID not in created.details


def test_an_id_number_used_twice_names_the_other_person(session: Session) -> None:
    households = small_ledger(session)
    with pytest.raises(UserError) as caught:
        ledger.add_member(session, households["zeng"].id, person("冒名", SHAN_ID))
    assert "单丽" in str(caught.value)
    assert "洪山小区3栋2单元0402" in str(caught.value)
    assert SHAN_ID not in str(caught.value)


def test_an_invalid_field_is_refused_with_the_field_named(session: Session) -> None:
    households = small_ledger(session)
    with pytest.raises(UserError) as caught:
        ledger.add_member(
            session,
            households["zeng"].id,
            person("错号", ZHANG_SAN_ID[:-1] + ("1" if ZHANG_SAN_ID[-1] == "0" else "0")),
        )
    assert caught.value.params["field"] == "ID number"


def test_renaming_a_compound_rewrites_the_addresses_below_it(session: Session) -> None:
    households = small_ledger(session)
    compound = grid.grid_path(session, households["zhang"].unit_id)[0]
    grid.rename_grid_node(session, compound.id, "洪山花园")
    session.expire_all()
    assert session.get(Household, households["zhang"].id).address == "洪山花园3栋2单元0401"


def test_moving_a_member_and_marking_moved_out_keeps_the_person(session: Session) -> None:
    households = small_ledger(session)
    li = resident(session, "李秀英")
    ledger.move_resident(session, li.id, households["shan"].id, "母亲")
    assert (li.household_id, li.relation) == (households["shan"].id, "母亲")
    ledger.set_status(session, li.id, ResidentStatus.MOVED_OUT, dt.date(2026, 5, 1))
    assert session.get(Resident, li.id).status == "moved_out"
    living = resident_ids(session, ResidentFilter())
    everyone = resident_ids(session, ResidentFilter(status=None))
    assert li.id not in living and li.id in everyone
    assert household_rows(session, [households["shan"].id])[0].members == 1


def test_rows_are_masked_and_full_numbers_come_only_from_reveal(session: Session) -> None:
    small_ledger(session)
    zhang = resident(session, "张三")
    (row,) = resident_rows(session, [zhang.id], today=dt.date(2026, 11, 23))
    assert (row.id_masked, row.phone_masked, row.age, row.tags) == (
        ZHANG_SAN_ID[:6] + "**********" + ZHANG_SAN_ID[-2:],
        "138****5678",
        76,
        "高龄",
    )
    assert reveal(session, zhang.id) == (ZHANG_SAN_ID, "13812345678")
    assert (
        session.scalar(
            select(func.count()).where(
                ChangeRecord.action == "reveal", ChangeRecord.entity_id == zhang.id
            )
        )
        == 1
    )


def test_filters_by_grid_tag_and_age(session: Session) -> None:
    households = small_ledger(session)
    today = dt.date(2026, 11, 23)

    def by_name(wanted: ResidentFilter) -> list[str]:
        return [r.name for r in resident_rows(session, resident_ids(session, wanted, today))]

    compound = grid.grid_path(session, households["zeng"].unit_id)[0]
    assert by_name(ResidentFilter(node_id=compound.id)) == ["曾国藩", "区伟"]
    tag = care_tags.tags_named(session, ["高龄"])[0]
    assert by_name(ResidentFilter(tag_id=tag.id)) == ["张三"]
    assert by_name(ResidentFilter(min_age=80)) == ["曾国藩"]
    assert by_name(ResidentFilter()) == ["张三", "李秀英", "单丽", "曾国藩", "区伟"]


def test_care_tags_are_an_editable_list(session: Session) -> None:
    names = [t.name for t in care_tags.care_tags(session)]
    assert names == ["独居老人", "空巢老人", "困难家庭", "低保", "残疾", "退役军人", "党员", "高龄"]
    tag = care_tags.add_care_tag(session, "失独家庭")
    care_tags.rename_care_tag(session, tag.id, "计生特殊家庭")
    care_tags.remove_care_tag(session, tag.id)
    small_ledger(session)
    with pytest.raises(UserError, match="carried by 1"):
        care_tags.remove_care_tag(session, care_tags.tags_named(session, ["高龄"])[0].id)
    with pytest.raises(UserError, match="Unknown care tag"):
        care_tags.tags_named(session, ["独居"])


def test_clean_resident_warns_when_sheet_and_id_disagree() -> None:
    clean, findings = clean_resident(
        ResidentInput(
            name=" 张  三 ",
            gender=Gender.FEMALE,
            birth_date=dt.date(1950, 3, 5),
            id_number=ZHANG_SAN_ID,
        )
    )
    assert clean is not None
    assert (clean.name, clean.gender, clean.birth_date) == (
        "张三",
        Gender.MALE,
        dt.date(1950, 3, 4),
    )
    assert sorted(f.field for f in findings) == ["birth_date", "gender"]
    assert all(not f.finding.is_error for f in findings)
    assert "1950-03-05" in str(findings[1].finding) or "1950-03-05" in str(findings[0].finding)


def test_clean_resident_needs_a_name_and_a_gender() -> None:
    clean, findings = clean_resident(ResidentInput(name="  "))
    assert clean is None
    assert [f.field for f in findings] == ["name", "gender"]


def test_history_lists_a_residents_changes_newest_first(session: Session) -> None:
    small_ledger(session)
    zhang = resident(session, "张三")
    ledger.update_resident(session, zhang.id, person("张三", ZHANG_SAN_ID, "13900002222"))
    ledger.set_status(session, zhang.id, ResidentStatus.DECEASED, dt.date(2026, 11, 1))
    views = audit.history(session, "resident", [zhang.id])
    assert [v.action for v in views] == ["status", "update", "create"]
    assert views[0].changes["status"] == ["living", "deceased"]
    assert {v.actor for v in views} == {"王书记"}


def test_the_form_gets_a_resident_whole_and_the_viewing_is_recorded(session: Session) -> None:
    from hearth_desk.domain.models import ChangeRecord
    from hearth_desk.services.ledger.households import input_for_editing

    households = small_ledger(session)
    head = households["zhang"].members[0]
    data = input_for_editing(session, head.id)
    assert (data.name, data.id_number, data.phone) == ("张三", ZHANG_SAN_ID, "13812345678")
    assert data.tags == ("高龄",) and data.gender is not None
    viewed = session.query(ChangeRecord).filter_by(entity_id=head.id, action="reveal").count()
    assert viewed == 1
