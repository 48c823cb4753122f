"""Partner units changed and removed by the rules they were added by: a unique name,
text without control characters that fits its column."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import PartnerKind
from hearth_desk.services.tree.structure import (
    add_partner,
    delete_partner,
    partners,
    update_partner,
)


def test_a_partner_unit_changes_every_field(session: Session) -> None:
    police = add_partner(session, "和平里派出所", kind=PartnerKind.POLICE, contact_name="赵警官")
    changed = update_partner(
        session,
        police.id,
        "  和平里  派出所 ",
        kind=PartnerKind.GOVERNMENT,
        contact_name=" 钱警官 ",
        contact_phone="010-6401 2345",
        offers="治安巡逻、反诈宣传",
        since=dt.date(2019, 7, 1),
    )
    session.expire_all()
    (stored,) = partners(session)
    assert stored.id == changed.id == police.id
    assert (stored.name, stored.kind, stored.contact_name, stored.contact_phone) == (
        "和平里 派出所",
        "government",
        "钱警官",
        "010-6401 2345",
    )
    assert (stored.offers, stored.since) == ("治安巡逻、反诈宣传", dt.date(2019, 7, 1))
    update_partner(session, police.id, "和平里 派出所")  # its own name is no clash
    session.expire_all()
    (stored,) = partners(session)
    assert (stored.kind, stored.contact_name, stored.offers, stored.since) == (
        "other",
        None,
        None,
        None,
    )


def test_a_change_keeps_names_unique_and_text_clean(session: Session) -> None:
    add_partner(session, "和平里派出所")
    school = add_partner(session, "和平里小学", kind=PartnerKind.SCHOOL)
    with pytest.raises(UserError) as clash:
        update_partner(session, school.id, " 和平里派出所 ")
    assert clash.value.params == {"name": "和平里派出所"}
    assert "already a partner unit" in str(clash.value)
    for bad in (
        {"name": "  "},
        {"name": "和平里小学\x1b[2J"},
        {"name": "和平里小学", "contact_name": "张" * 51},
    ):
        name = bad.pop("name")
        with pytest.raises(UserError):
            update_partner(session, school.id, name, **bad)  # type: ignore[arg-type]
    session.expire_all()
    assert [p.name for p in partners(session)] == ["和平里派出所", "和平里小学"]
    assert partners(session)[1].kind == "school"


def test_a_removed_partner_unit_is_gone_and_may_be_added_again(session: Session) -> None:
    police = add_partner(session, "和平里派出所")
    school = add_partner(session, "和平里小学")
    delete_partner(session, police.id)
    assert [p.name for p in partners(session)] == ["和平里小学"]
    with pytest.raises(UserError) as gone:
        delete_partner(session, police.id)
    assert "no longer exists" in str(gone.value)
    with pytest.raises(UserError):
        update_partner(session, police.id, "和平里派出所")
    add_partner(session, "和平里派出所")
    assert [p.name for p in partners(session)] == ["和平里小学", "和平里派出所"]
    assert school.id in {p.id for p in partners(session)}
