"""What a write changed: each kind of row written, by the ORM or by a statement, is
named; a transaction that rolls back names nothing; every table has a kind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import (
    Base,
    CareTag,
    ChangeRecord,
    Community,
    GridNode,
    Household,
    Resident,
    resident_care_tag,
)
from hearth_desk.services import changes
from hearth_desk.services.changes import EVERYTHING, Changes, Kind, commit_tracked
from hearth_desk.services.community import set_community
from hearth_desk.services.ledger import care_tags
from hearth_desk.storage.store import Store
from tests.support.factories import small_ledger


def kinds_of(store: Store, call) -> Kind:  # type: ignore[no-untyped-def]
    _result, written = commit_tracked(store, call)
    return written.kinds


def a_unit(session: Session) -> GridNode:
    compound = GridNode(level="compound", name="洪山小区")
    building = GridNode(level="building", name="3栋", parent=compound)
    unit = GridNode(level="unit", name="2单元", parent=building)
    session.add(unit)
    session.flush()
    return unit


def a_household(session: Session) -> Household:
    household = Household(unit=a_unit(session), door="0401")
    session.add(Resident(household=household, name="张三", gender="M"))
    session.flush()
    return household


def test_rows_added_through_the_orm_name_their_kinds(sqlite_store: Store) -> None:
    assert kinds_of(sqlite_store, lambda s: s.add(Community(name="a", street="b"))) == (
        Kind.COMMUNITY
    )
    assert kinds_of(sqlite_store, a_unit) == Kind.GRID
    assert kinds_of(sqlite_store, lambda s: s.add(CareTag(name="失独家庭"))) == Kind.CARE_TAGS
    assert kinds_of(sqlite_store, a_household) == Kind.GRID | Kind.HOUSEHOLDS | Kind.RESIDENTS


def test_changed_and_deleted_rows_name_their_kinds(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as session:
        household_id = a_household(session).id

    def rename_first_node(session: Session) -> None:
        session.scalars(select(GridNode)).first().name = "改名"  # type: ignore[union-attr]

    def tag_the_resident(session: Session) -> None:
        resident = session.scalars(select(Resident)).one()
        resident.tags.append(session.scalars(select(CareTag)).first())  # type: ignore[arg-type]

    assert kinds_of(sqlite_store, rename_first_node) == Kind.GRID
    assert kinds_of(sqlite_store, tag_the_resident) == Kind.RESIDENTS
    assert (
        kinds_of(sqlite_store, lambda s: s.delete(s.scalars(select(CareTag).offset(3)).first()))
        == Kind.CARE_TAGS
    )
    assert (
        kinds_of(sqlite_store, lambda s: s.get(Household, household_id).__setattr__("door", "0402"))
        == Kind.HOUSEHOLDS
    )


def test_statements_name_the_kinds_of_their_tables(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as session:
        a_household(session)
    statements = [
        (update(Household).values(address="洪山小区3栋2单元0401"), Kind.HOUSEHOLDS),
        (update(Resident).values(notes="备注"), Kind.RESIDENTS),
        (insert(resident_care_tag).values(resident_id=1, care_tag_id=1), Kind.RESIDENTS),
        (delete(resident_care_tag), Kind.RESIDENTS),
        (insert(GridNode.__table__).values(level="compound", name="青年湖小区"), Kind.GRID),
        (
            insert(ChangeRecord).values(
                at=dt.datetime(2024, 1, 1),
                actor="王",
                entity="resident",
                entity_id=1,
                action="reveal",
            ),
            Kind.HISTORY,
        ),
        (update(Community).values(name="安定门社区"), Kind.COMMUNITY),
    ]
    for statement, kind in statements:
        assert kinds_of(sqlite_store, lambda s, st=statement: s.execute(st)) == kind, statement


def test_the_services_writes_name_what_they_change(sqlite_store: Store) -> None:
    assert kinds_of(sqlite_store, lambda s: set_community(s, "和平里社区", "和平里街道")) == (
        Kind.COMMUNITY
    )
    assert Kind.CARE_TAGS in kinds_of(sqlite_store, lambda s: care_tags.add_care_tag(s, "失独"))
    ledger = kinds_of(sqlite_store, small_ledger)
    assert ledger & (Kind.GRID | Kind.HOUSEHOLDS | Kind.RESIDENTS) == (
        Kind.GRID | Kind.HOUSEHOLDS | Kind.RESIDENTS
    )
    assert not ledger & (Kind.COMMUNITY | Kind.BACKUPS)


def test_reading_and_an_unchanged_row_name_nothing(sqlite_store: Store) -> None:
    with sqlite_store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道")

    def read_and_touch(session: Session) -> None:
        community = session.scalars(select(Community)).one()
        community.name = community.name  # set, but not changed
        session.scalars(select(Resident)).all()

    assert kinds_of(sqlite_store, read_and_touch) == Kind(0)
    assert not Changes()


def test_announced_kinds_join_the_rows_kinds(sqlite_store: Store) -> None:
    def backup_and_tag(session: Session) -> None:
        changes.announce(session, Kind.BACKUPS)
        session.add(CareTag(name="失独家庭"))

    assert kinds_of(sqlite_store, backup_and_tag) == Kind.BACKUPS | Kind.CARE_TAGS


def test_a_transaction_that_rolls_back_changed_nothing(sqlite_store: Store) -> None:
    def fails(session: Session) -> None:
        session.add(CareTag(name="失独家庭"))
        session.flush()
        changes.announce(session, Kind.BACKUPS)
        raise UserError("no")

    with pytest.raises(UserError):
        commit_tracked(sqlite_store, fails)
    # And a session rolled back by hand forgets what it had written before.
    with sqlite_store.session() as session:
        changes.track(session)
        session.add(CareTag(name="失独家庭"))
        session.flush()
        assert changes.recorded(session).kinds == Kind.CARE_TAGS
        session.rollback()
        assert not changes.recorded(session)
        with sqlite_store.session() as other:
            assert other.scalar(select(CareTag).where(CareTag.name == "失独家庭")) is None


def test_every_table_of_the_schema_has_a_kind() -> None:
    """A new feature's table must say which pages it concerns (else: all of them)."""
    assert set(Base.metadata.tables) <= changes.registered_tables()


def test_an_unregistered_table_counts_as_everything(caplog: pytest.LogCaptureFixture) -> None:
    assert changes.kind_of_table("no_such_table") == EVERYTHING
    assert "no_such_table" in caplog.text
    assert Changes(EVERYTHING).touches(Kind.BACKUPS) and Changes.everything().touches(Kind.GRID)
    assert Changes.of(Kind.GRID, Kind.RESIDENTS) | Changes.of(Kind.BACKUPS) == Changes(
        Kind.GRID | Kind.RESIDENTS | Kind.BACKUPS
    )
