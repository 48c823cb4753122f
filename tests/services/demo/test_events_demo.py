"""The demo adds a past year of events: monthly service days with stalls, weekly
volunteer activities with helpers, talks with waiting lists; a few thousand 人次."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import Event, EventHelper, EventKind, Signup, SignupStatus
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.events.tallies import event_totals


def test_a_year_of_events(session: Session) -> None:
    summary = fill_demo(session, households=300).events
    kinds = dict(session.execute(select(Event.kind, func.count()).group_by(Event.kind)).all())
    assert kinds[EventKind.SERVICE_DAY.value] == 12 and kinds[EventKind.VOLUNTEER.value] == 52
    assert kinds[EventKind.TALK.value] == 10
    assert 1500 <= summary.served <= 5000  # 人次 at the stalls, as the brief's community
    days = session.scalars(select(Event).where(Event.kind == EventKind.SERVICE_DAY.value))
    assert all(4 <= len(day.stalls) <= 6 for day in days)
    assert session.scalar(select(func.count()).select_from(EventHelper)) > 52 * 5
    talks = session.scalars(select(Event).where(Event.kind == EventKind.TALK.value)).all()
    overfull = [talk for talk in talks if event_totals(session, talk.id).waiting]
    assert overfull  # some talks had more takers than seats
    for talk in talks:  # never more seats given than there are
        totals = event_totals(session, talk.id)
        assert talk.capacity is not None and totals.signed_up <= talk.capacity
    absent = session.scalar(
        select(func.count()).select_from(Signup).where(Signup.status == SignupStatus.ABSENT.value)
    )
    assert absent and absent < summary.signups / 4
    again = fill_demo(session, households=300, replace=True).events
    assert again == summary  # the same seed, the same year


def test_the_offices_own_events_follow_the_demos(session: Session) -> None:
    """The demo writes its own ids; on PostgreSQL the sequences must be moved past them."""
    import datetime as dt

    from hearth_desk.domain.models import EventKind, Resident
    from hearth_desk.services.events.events import EventInput, StallInput, add_event
    from hearth_desk.services.events.signups import sign_up
    from hearth_desk.services.events.tallies import serve

    fill_demo(session, households=60)
    stalls = [StallInput("社区卫生服务中心", "测血压")]
    event = add_event(
        session, EventInput("便民服务日", dt.date(2027, 1, 9), EventKind.SERVICE_DAY, stalls=stalls)
    )
    resident = session.scalars(select(Resident.id).limit(1)).one()
    assert sign_up(session, event.id, resident_id=resident).status == "signed_up"
    assert serve(session, event.stalls[0].id, count=2) == 2
