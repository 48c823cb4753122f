"""Issuing in batches: numbers in sequence per kind and year, reprints keep their
number, voided numbers are never reused, a record needs an ID number."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from functools import partial

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import Certificate, CertificatePrint, Member, TeamRole
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.certificates.issuing import IssueChoice, issue_certificates
from hearth_desk.services.certificates.register import register_rows, void_certificate
from hearth_desk.services.certificates.settings import update_settings
from hearth_desk.storage.store import Store
from tests.support.certificate_factories import YEAR, served, volunteer_id, volunteers
from tests.support.tree_factories import member, place, team

WORDS = partial(load_catalogue("zh_CN").translate, "Report")
RECORDS = IssueChoice(year=YEAR)


def issue(session: Session, choice: IssueChoice = RECORDS):  # type: ignore[no-untyped-def]
    return issue_certificates(session, choice, WORDS, today=dt.date(YEAR, 12, 1))


def test_numbers_in_sequence_with_what_a_record_states(session: Session) -> None:
    volunteers(session, ["王芳", "李强", "赵六"])
    batch = issue(session)
    assert [c.number for c in batch.certificates] == [
        "和平里志证〔2026〕第0001号",
        "和平里志证〔2026〕第0002号",
        "和平里志证〔2026〕第0003号",
    ]
    first = batch.certificates[0]
    assert first.person_name == "李强"  # by pinyin: li, wang, zhao
    assert first.id_number == volunteer_id(1) and first.id_type == "居民身份证"
    assert (first.period_start, first.period_end) == (dt.date(YEAR, 3, 5), dt.date(YEAR, 11, 20))
    assert first.hours == Decimal("7.0") and "环境整治" in first.content and not first.reprint
    assert first.issuer == "和平里社区"
    assert session.scalar(select(Certificate.issued_by).limit(1))  # the current actor
    assert len(session.scalars(select(CertificatePrint)).all()) == 3


def test_issuing_again_reprints_the_same_number_and_voided_ones_are_never_reused(
    session: Session,
) -> None:
    ids = volunteers(session, ["王芳", "李强"])
    numbers = [c.number for c in issue(session).certificates]
    again = issue(session)
    assert [c.number for c in again.certificates] == numbers
    assert all(c.reprint for c in again.certificates) and again.new_count == 0
    assert [r.reprints for r in register_rows(session, YEAR)] == [1, 1]
    void_certificate(session, numbers[0], "姓名写错")
    with pytest.raises(UserError):
        void_certificate(session, numbers[0], "再次作废")
    with pytest.raises(UserError):
        void_certificate(session, "和平里志证〔2026〕第9999号", "不存在")
    # More service later in the year: a new period, a new number after the voided one's.
    served(session, ids[1], dt.date(YEAR, 12, 5), "2")
    third = issue(session)
    assert [(c.person_name, c.number[-5:], c.reprint) for c in third.certificates] == [
        ("李强", "0003号", False),
        ("王芳", "0002号", True),
    ]
    void_certificate(session, numbers[1], "重复出具")
    fourth = issue(session)
    assert fourth.voided == ("王芳",) and [c.person_name for c in fourth.certificates] == ["李强"]
    rows = register_rows(session, YEAR)
    assert rows[0].voided and rows[0].void_reason == "姓名写错"
    assert [(r.number[-5:], r.voided) for r in rows] == [
        ("0001号", True), ("0002号", True), ("0003号", False)
    ]  # fmt: skip
    assert register_rows(session, YEAR, "李")[0].id_number.count("*") == 10


def test_a_record_needs_an_id_number_unless_the_caller_skips(session: Session) -> None:
    volunteers(session, ["王芳"])
    no_id = member(session, "钱七")
    served(session, no_id.id, dt.date(YEAR, 4, 1), "2")
    with pytest.raises(UserError) as refused:
        issue(session)
    assert "钱七" in refused.value.english()
    assert session.scalars(select(Certificate)).all() == []
    batch = issue(session, IssueChoice(year=YEAR, skip_without_id=True))
    assert batch.skipped == ("钱七",) and [c.person_name for c in batch.certificates] == ["王芳"]
    honours = issue(session, IssueChoice(year=YEAR, kind="honour"))  # honours need none
    assert {c.person_name for c in honours.certificates} == {"王芳", "钱七"}


def test_honours_for_the_year_with_their_own_sequence(session: Session) -> None:
    volunteers(session, ["王芳"])
    template = "授予 {姓名} 同志 {年度} 年度优秀志愿者称号（{时长}小时）"
    update_settings(session, honour_template=template)
    issue(session)
    honour = issue(session, IssueChoice(year=YEAR, kind="honour")).certificates[0]
    assert honour.number == "和平里荣证〔2026〕第0001号"
    assert honour.content == "授予 王芳 同志 2026 年度优秀志愿者称号（7小时）"
    assert (honour.period_start, honour.period_end) == (dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))


def test_who_qualifies_by_team_member_and_hours(session: Session) -> None:
    wang, li, zhao = volunteers(session, ["王芳", "李强", "赵六"])
    served(session, zhao, dt.date(YEAR, 6, 1), "10")
    patrol = team(session, "治安巡逻服务队", 1)
    for who in (wang, li):
        place(session, session.get(Member, who), patrol, TeamRole.MEMBER)  # type: ignore[arg-type]
    names = lambda choice: [c.person_name for c in issue(session, choice).certificates]  # noqa: E731
    assert names(IssueChoice(year=YEAR, min_hours=Decimal(10))) == ["赵六"]
    assert names(IssueChoice(year=YEAR, team_id=patrol.id)) == ["李强", "王芳"]
    assert names(IssueChoice(year=YEAR, member_queries=("wangfang",))) == ["王芳"]
    assert names(IssueChoice(year=YEAR + 1)) == []
    with pytest.raises(UserError):
        names(IssueChoice(year=YEAR, member_queries=("无此人",)))


def test_two_connections_issuing_at_once_never_share_a_number(store: Store) -> None:
    """Two offices' windows issue at the same moment, on SQLite and on PostgreSQL (with
    real concurrent transactions): the second reads the same highest number, its insert
    fails, and it takes the next ones; every certificate has its own number."""
    with store.transaction() as session:
        volunteers(session, ["王芳", "李强", "赵六", "钱七"])
    first_wrote = threading.Event()
    errors: list[BaseException] = []
    numbers: dict[str, list[str]] = {}

    def run(names: tuple[str, ...], hold: bool) -> None:
        try:
            with store.transaction() as session:
                choice = IssueChoice(year=YEAR, member_queries=names)
                batch = issue_certificates(session, choice, WORDS)
                numbers[names[0]] = [c.number for c in batch.certificates]
                if hold:
                    first_wrote.set()
                    threading.Event().wait(0.5)  # hold the numbers uncommitted a moment
        except BaseException as error:  # pragma: no cover - shown below
            errors.append(error)
            first_wrote.set()

    def second() -> None:
        first_wrote.wait(5)
        run(("赵六", "钱七"), hold=False)

    threads = [
        threading.Thread(target=run, args=(("王芳", "李强"), True)),
        threading.Thread(target=second),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert numbers["赵六"] == ["和平里志证〔2026〕第0003号", "和平里志证〔2026〕第0004号"]
    with store.session() as session:
        assert sorted(session.scalars(select(Certificate.sequence))) == [1, 2, 3, 4]
