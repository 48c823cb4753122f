"""A member is checked as a person by the ledger's rule, then as a party member:
no join date before birth, before 18 or for a non-party volunteer; linked to their
resident record by ID number; one member per ID number."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Gender, PoliticalStatus
from hearth_desk.services.tree.members import (
    JOIN_DATE,
    MemberInput,
    add_member,
    clean_member,
    party_years,
)
from tests.support.factories import SHAN_ID, ZHANG_SAN_ID, person, small_ledger

TODAY = dt.date(2026, 11, 29)


def member(name: str = "张三", id_number: str = ZHANG_SAN_ID, **more: object) -> MemberInput:
    return MemberInput(person(name, id_number, "13812345678"), **more)  # type: ignore[arg-type]


def errors_of(data: MemberInput) -> list[tuple[str, str]]:
    cleaned, findings = clean_member(data, TODAY)
    assert (cleaned is None) == any(f.finding.is_error for f in findings)
    return [(f.field, f.finding.message) for f in findings if f.finding.is_error]


def test_party_years_count_whole_years() -> None:
    assert party_years(dt.date(1982, 7, 1), dt.date(2025, 6, 30)) == 42
    assert party_years(dt.date(1982, 7, 1), dt.date(2025, 7, 1)) == 43
    assert party_years(None, TODAY) is None


def test_join_dates_that_cannot_be() -> None:
    # ZHANG_SAN_ID: born 1950-03-04
    assert errors_of(member(join_date=dt.date(1975, 7, 1))) == []
    assert errors_of(member(join_date=dt.date(1949, 1, 1)))[0][0] == JOIN_DATE  # before birth
    cleaned, findings = clean_member(member(join_date=dt.date(1967, 1, 1)), TODAY)  # at 16
    assert cleaned is None and findings[0].field == JOIN_DATE
    assert findings[0].finding.params["age"] == 16 and findings[0].finding.params["minimum"] == 18
    assert errors_of(member(join_date=dt.date(2030, 1, 1)))[0][0] == JOIN_DATE  # future
    volunteer = member(political_status=PoliticalStatus.MASSES, join_date=dt.date(1980, 1, 1))
    assert errors_of(volunteer)[0][0] == JOIN_DATE
    assert errors_of(member(id_number="110105195003041239"))[0][0] == "id_number"  # checksum


def test_a_member_who_lives_here_is_linked_to_their_resident(session: Session) -> None:
    homes = small_ledger(session)
    zhang = add_member(session, member(join_date=dt.date(1975, 7, 1)), TODAY)
    assert zhang.resident_id == homes["zhang"].members[0].id
    assert zhang.birth_date == dt.date(1950, 3, 4) and zhang.gender == "M"
    assert "zs" in zhang.search_key
    stranger = add_member(
        session,
        MemberInput(
            person("李四", "", "13900002222", gender=Gender.MALE),
            political_status=PoliticalStatus.MASSES,
        ),
    )
    assert stranger.resident_id is None
    with pytest.raises(UserError):
        add_member(session, member(), TODAY)  # the same ID number again
    with pytest.raises(UserError):
        add_member(session, member("单丽", SHAN_ID, join_date=dt.date(1970, 1, 1)), TODAY)


def test_a_member_is_changed_by_the_same_rules_and_keeps_their_teams(session: Session) -> None:
    from hearth_desk.domain.models import Member
    from hearth_desk.services.audit import history
    from hearth_desk.services.tree.members import delete_member, member_input, update_member
    from hearth_desk.services.tree.structure import add_team, place_in_team

    homes = small_ledger(session)
    zhang = add_member(session, member(political_status=PoliticalStatus.MASSES))
    other = add_member(session, member("单丽", SHAN_ID))
    team = add_team(session, "助老服务队")
    place_in_team(session, zhang.id, team.id)
    assert zhang.resident_id == homes["zhang"].members[0].id
    typed = member_input(session, zhang.id)
    assert typed.person.id_number == ZHANG_SAN_ID and typed.person.gender is Gender.MALE
    typed.skills = "理发"
    typed.person.phone = "13900002222"
    update_member(session, zhang.id, typed, TODAY)
    assert (zhang.skills, zhang.phone, len(zhang.memberships)) == ("理发", "13900002222", 1)
    changed = [c for c in history(session, "member", [zhang.id]) if c.action == "update"]
    assert set(changed[0].changes) == {"skills", "phone"}
    assert "*" in changed[0].changes["phone"][1]  # the log keeps phones masked

    typed.person.id_number = SHAN_ID  # someone else's
    with pytest.raises(UserError, match="already in the tree"):
        update_member(session, zhang.id, typed, TODAY)
    typed.person.id_number = ""  # no ID number: no link to the ledger
    typed.join_date = dt.date(2000, 1, 1)  # a volunteer has none
    with pytest.raises(UserError):
        update_member(session, zhang.id, typed, TODAY)
    typed.join_date = None
    update_member(session, zhang.id, typed, TODAY)
    assert zhang.resident_id is None

    delete_member(session, zhang.id)
    assert session.get(Member, zhang.id) is None and team.memberships == []
    assert session.get(Member, other.id) is not None
    with pytest.raises(UserError, match="no longer in the tree"):
        member_input(session, zhang.id)
