"""The organisation with its branches, teams with one leader each, partner units, and
the summary ``hearth-desk tree`` prints."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import PoliticalStatus, TeamRole
from hearth_desk.services.tree.members import MemberInput, add_member
from hearth_desk.services.tree.structure import (
    add_branch,
    add_partner,
    add_team,
    partners,
    place_in_team,
    remove_from_team,
    set_organisation,
)
from hearth_desk.services.tree.summary import tree_summary
from tests.support.factories import person


def volunteer(name: str, phone: str) -> MemberInput:
    return MemberInput(
        person(name, "", phone, gender=None), political_status=PoliticalStatus.MASSES
    )


def test_a_team_has_one_leader_and_the_summary_says_who(session: Session) -> None:
    with pytest.raises(UserError):
        add_branch(session, "第一党支部")  # no organisation yet
    set_organisation(session, "和平里社区党总支", secretary="周建华")
    branch = add_branch(session, "第一党支部", "李淑珍")
    team = add_team(session, "环境整治服务队", promise="小区是我家")
    with pytest.raises(UserError):
        add_team(session, " 环境整治服务队 ")
    from hearth_desk.domain.models import Gender

    people = [
        add_member(session, MemberInput(person(n, "", p, gender=Gender.FEMALE),
                                        political_status=PoliticalStatus.MASSES))
        for n, p in (("黄瑜希", "13800000001"), ("王芳", "13800000002"), ("李娜", "13800000003"))
    ]  # fmt: skip
    people[0].branch_id = branch.id
    for m in people:
        place_in_team(session, m.id, team.id)
    place_in_team(session, people[0].id, team.id, TeamRole.LEADER)
    place_in_team(session, people[1].id, team.id, TeamRole.LEADER)  # replaces the first
    summary = tree_summary(session, with_people=True)
    (line,) = summary.teams
    assert (line.name, line.members, line.leader) == ("环境整治服务队", 3, "王芳")
    assert [p.role for p in line.people] == ["leader", "member", "member"]
    assert all("*" in p.phone for p in line.people)
    assert summary.organisation == "和平里社区党总支" and summary.branches[0].members == 1
    remove_from_team(session, people[2].id, team.id)
    assert tree_summary(session).teams[0].members == 2


def test_partner_units_are_unique_by_name(session: Session) -> None:
    add_partner(session, "和平里派出所", contact_name="赵警官")
    with pytest.raises(UserError):
        add_partner(session, "和平里派出所")
    assert [p.name for p in partners(session)] == ["和平里派出所"]


def test_teams_and_branches_are_changed_and_removed_without_losing_members(
    session: Session,
) -> None:
    from hearth_desk.domain.models import Gender, Member
    from hearth_desk.services.tree.structure import (
        branches,
        delete_branch,
        delete_team,
        teams,
        update_branch,
        update_team,
    )

    set_organisation(session, "和平里社区党总支")
    first, second = add_branch(session, "第一党支部"), add_branch(session, "第二党支部")
    help_team, clean_team = add_team(session, "助老服务队"), add_team(session, "环境整治服务队")
    someone = add_member(
        session, MemberInput(person("王芳", "", "13800000002", gender=Gender.FEMALE))
    )
    someone.branch_id = first.id
    place_in_team(session, someone.id, help_team.id, TeamRole.LEADER)
    place_in_team(session, someone.id, clean_team.id)

    update_team(session, help_team.id, " 助老 服务队 ", promise="有求必应", colour="#c62828")
    assert (help_team.name, help_team.promise, help_team.colour) == ("助老 服务队", "有求必应",
                                                                      "#C62828")  # fmt: skip
    with pytest.raises(UserError, match="already a service team"):
        update_team(session, help_team.id, "环境整治服务队")
    with pytest.raises(UserError, match="#RRGGBB"):
        update_team(session, help_team.id, "助老服务队", colour="red")
    update_branch(session, second.id, "第二党支部（新）", "陈晓")
    assert (second.name, second.secretary) == ("第二党支部（新）", "陈晓")

    delete_team(session, help_team.id)
    delete_branch(session, first.id)
    session.expire_all()
    kept = session.get_one(Member, someone.id)
    assert kept.branch_id is None and [m.team.name for m in kept.memberships] == ["环境整治服务队"]
    assert [t.name for t in teams(session)] == ["环境整治服务队"]
    assert [b.name for b in branches(session)] == ["第二党支部（新）"]
    with pytest.raises(UserError, match="no longer exists"):
        update_team(session, help_team.id, "助老服务队")


def test_the_organisation_form_saves_its_branches_as_listed(session: Session) -> None:
    from hearth_desk.domain.models import Gender, OrganisationKind
    from hearth_desk.services.tree.organisation import (
        BranchOutline,
        OrganisationOutline,
        organisation_outline,
        save_organisation,
    )

    assert organisation_outline(session) == OrganisationOutline()
    save_organisation(session, OrganisationOutline(
        "和平里社区党委", OrganisationKind.COMMITTEE, "周建华",
        (BranchOutline(None, "第一党支部", "李淑珍"), BranchOutline(None, "第二党支部")),
    ))  # fmt: skip
    _first, second = organisation_outline(session).branches
    someone = add_member(
        session, MemberInput(person("王芳", "", "13800000002", gender=Gender.FEMALE))
    )
    someone.branch_id = second.id
    save_organisation(session, OrganisationOutline(
        "和平里社区党委", OrganisationKind.COMMITTEE, "周建华",
        (BranchOutline(second.id, "第二党支部", "陈晓"), BranchOutline(None, "退休党支部")),
    ))  # fmt: skip
    outline = organisation_outline(session)
    assert (outline.name, outline.kind, outline.secretary) == ("和平里社区党委",
            OrganisationKind.COMMITTEE, "周建华")  # fmt: skip
    assert [(b.name, b.secretary, b.members) for b in outline.branches] == [
        ("第二党支部", "陈晓", 1), ("退休党支部", "", 0)]  # fmt: skip
    with pytest.raises(UserError):  # an empty branch name changes nothing here
        save_organisation(session, OrganisationOutline("和平里社区党委",
                          branches=(BranchOutline(None, " "),)))  # fmt: skip
