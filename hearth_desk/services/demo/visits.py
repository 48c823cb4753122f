"""A year of door-to-door work for the demo community, up to today, as an office does it.

- Staff: a 书记, a 主任, two 委员, four to six 网格员 who share the grid between them
  (whole compounds when there are enough, else runs of buildings, so every unit has
  its grid worker), and a 社工. No PINs: staff set their own.
- Visits: the care-tagged households about as often as the visiting rules ask
  (独居老人 weekly, 空巢老人 every two weeks, 高龄/困难家庭/低保 monthly), some of them
  left overdue; most other households once or twice in the year, a few never. The
  household's grid worker goes, now and then with a colleague.
- Requests: about 300, mostly 小事, a quarter 大事 with a partner unit, a few 特事
  reported to the street with its reference; most raised on visits. Each moves step by
  step (who, when) as far as today allows: most closed and followed up, some still open
  and overdue. A few earned a banner or a letter of praise.
- Four joint meetings, one a quarter before this one, whose open matters carry over.

Dates run back a year from ``today``, so the lists of the window look alive; for one
seed and one day the rows are the same. Everything goes in through bulk inserts with
ids assigned here (``fill_demo`` moves PostgreSQL's sequences past them).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hearth_desk.domain.models import (
    GridLevel,
    GridNode,
    Household,
    MatterStatus,
    Meeting,
    MeetingAttendee,
    MeetingMatter,
    PartnerUnit,
    Request,
    RequestSource,
    RequestStatus,
    RequestStep,
    RequestTier,
    Satisfaction,
    Staff,
    StaffGrid,
    StaffRole,
    Thanks,
    ThanksKind,
    Visit,
    VisitKind,
    VisitVisitor,
)
from hearth_desk.services.demo import visit_texts as texts
from hearth_desk.services.visits.intervals import household_intervals
from hearth_desk.services.visits.settings import visiting_rules

# (name, role, phone); the grid workers are taken from the front of GRID_WORKERS.
LEADERS = (
    ("王建华", StaffRole.SECRETARY, "13801012345"),
    ("李秀英", StaffRole.DIRECTOR, "13901023456"),
    ("张伟", StaffRole.COMMITTEE, "13611034567"),
    ("刘芳", StaffRole.COMMITTEE, "13511045678"),
)
GRID_WORKERS = (
    ("陈静", "13716056789"), ("杨帆", "13817067890"), ("赵磊", "15011078901"),
    ("黄丽娟", "15110189012"), ("周敏", "18601290123"), ("吴海燕", "18810301234"),
)  # fmt: skip
SOCIAL_WORKER = ("孙晓雯", StaffRole.SOCIAL_WORKER, "13366412345")
DAYS = 365  # the year of visits
OVERDUE_CARE = 0.15  # care-tagged households whose visits lapsed
NEVER_VISITED = 0.12  # of the others
TWICE = 0.15  # of the others visited
WITH_COLLEAGUE = 0.3
TIERS = ((RequestTier.SMALL, 70), (RequestTier.LARGE, 25), (RequestTier.SPECIAL, 5))
CATEGORIES = (("livelihood", 30), ("works", 22), ("safety", 15), ("environment", 15),
              ("dispute", 10), ("other", 8))  # fmt: skip
SOURCES = ((RequestSource.VISIT, 70), (RequestSource.WALK_IN, 13), (RequestSource.PHONE, 13),
           (RequestSource.MEETING, 4))  # fmt: skip
CLOSE_DAYS = {RequestTier.SMALL: (1, 9), RequestTier.LARGE: (4, 20), RequestTier.SPECIAL: (15, 50)}
SATISFACTION = ((Satisfaction.SATISFIED, 78), (Satisfaction.FAIRLY, 17),
                (Satisfaction.DISSATISFIED, 5))  # fmt: skip
STALLED = 0.25  # overdue requests of the last three months left open
MEETINGS = 4


@dataclass(frozen=True)
class VisitsDemoSummary:
    staff: int
    visits: int
    households_visited: int
    requests: int
    open_requests: int
    meetings: int
    matters: int
    thanks: int


@dataclass
class _Area:
    """The grid as the demo needs it: each household's unit, compound and grid worker."""

    worker_of: dict[int, int] = field(default_factory=dict)  # household id → staff id
    compound_of: dict[int, str] = field(default_factory=dict)  # household id → its name
    address_of: dict[int, str] = field(default_factory=dict)


@dataclass
class _Ids:
    """The next free id of each table the demo writes with ids of its own."""

    values: dict[str, int]

    def next(self, table: str) -> int:
        self.values[table] += 1
        return self.values[table]


def fill_visits_demo(
    session: Session, *, seed: int = 1, today: dt.date | None = None
) -> VisitsDemoSummary:
    """Write staff, a year of visits, requests, thanks and four meetings (after the
    ledger's and the tree's demos: it visits the ledger's households and asks the
    tree's partner units for help)."""
    today = today or dt.date.today()
    rng = random.Random(seed + 47)
    ids = _Ids({model.__tablename__: session.scalar(select(func.max(model.id))) or 0
                for model in (Staff, Visit, Request, Meeting, MeetingMatter)})  # fmt: skip
    households = session.scalar(select(func.count()).select_from(Household)) or 0
    grid_workers = GRID_WORKERS[: 4 if households < 1000 else 5 if households < 5000 else 6]
    staff = _write_staff(session, ids, grid_workers)
    workers = [staff[name] for name, _phone in grid_workers]
    area = _assign_grid(session, workers)
    rules = visiting_rules(session)
    writer = _Writer(rng, today, ids, staff, area, rules.due_days)
    writer.visits(household_intervals(session, rules), rules.everyone_else)
    meeting_days = _meeting_days(today)
    writer.requests(session, meeting_days)
    writer.meetings(meeting_days)
    writer.thanks()
    writer.flush(session)
    return VisitsDemoSummary(
        staff=len(staff),
        visits=len(writer.visit_rows),
        households_visited=len({row["household_id"] for row in writer.visit_rows}),
        requests=len(writer.request_rows),
        open_requests=sum(
            row["status"] not in (RequestStatus.CLOSED, RequestStatus.FOLLOWED_UP)
            for row in writer.request_rows
        ),
        meetings=len(writer.meeting_rows),
        matters=len(writer.matter_rows),
        thanks=len(writer.thanks_rows),
    )


def _write_staff(
    session: Session, ids: _Ids, grid_workers: tuple[tuple[str, str], ...]
) -> dict[str, int]:
    """The office's staff by name (staff already there under a demo name are kept)."""
    existing = {name: staff_id for name, staff_id in session.execute(select(Staff.name, Staff.id))}
    people = [*LEADERS, *((name, StaffRole.GRID_WORKER, phone) for name, phone in grid_workers)]
    people.append(SOCIAL_WORKER)
    rows = []
    for order, (name, role, phone) in enumerate(people, start=1):
        if name in existing:
            continue
        existing[name] = ids.next("staff")
        rows.append({"id": existing[name], "name": name, "role": role.value, "phone": phone,
                     "pin_hash": None, "active": True, "sort_order": order})  # fmt: skip
    if rows:
        session.execute(insert(Staff.__table__), rows)
    return {name: existing[name] for name, _role, _phone in people}


def _assign_grid(session: Session, workers: list[int]) -> _Area:
    """Share the grid among the grid workers, each a run of compounds (or of buildings,
    in a small community) of about the same number of households."""
    households = session.execute(
        select(Household.id, Household.unit_id, Household.address).order_by(Household.id)
    ).all()
    nodes = {row.id: row for row in session.execute(
        select(GridNode.id, GridNode.parent_id, GridNode.level, GridNode.name)
        .order_by(GridNode.sort_order, GridNode.id))}  # fmt: skip
    compounds = [node for node in nodes.values() if node.level == GridLevel.COMPOUND.value]
    by_compounds = len(compounds) >= len(workers)
    level = GridLevel.COMPOUND if by_compounds else GridLevel.BUILDING
    area = _Area()
    homes: dict[int, list[int]] = defaultdict(list)  # an area node → its households
    for household_id, unit_id, address in households:
        building = nodes[unit_id].parent_id
        compound = nodes[building].parent_id if building is not None else None
        homes[compound if by_compounds else building].append(household_id)
        area.compound_of[household_id] = nodes[compound].name if compound else ""
        area.address_of[household_id] = address
    parts = [node.id for node in nodes.values() if node.level == level.value]
    total, done, rows = len(households), 0, []
    for node_id in parts:
        # The worker whose share of households this node starts in.
        worker = workers[min(len(workers) - 1, done * len(workers) // max(total, 1))]
        rows.append({"staff_id": worker, "node_id": node_id})
        for household_id in homes.get(node_id, []):
            area.worker_of[household_id] = worker
        done += len(homes.get(node_id, []))
    if rows:
        session.execute(insert(StaffGrid.__table__), rows)
    return area


def _meeting_days(today: dt.date) -> list[dt.date]:
    """One joint meeting in the middle month of each of the last four quarters."""
    first_month = (today.month - 1) // 3 * 3 + 1
    days = []
    for back in range(MEETINGS, 0, -1):
        year, month = divmod(today.year * 12 + first_month - 1 - 3 * back + 1, 12)
        day = dt.date(year, month + 1, 15)
        while day.weekday() >= 5:  # held on a weekday afternoon
            day += dt.timedelta(days=1)
        days.append(day)
    return days


def _pick(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([item for item, _ in weighted], [weight for _, weight in weighted])[0]


def _at(day: dt.date, rng: random.Random, first_hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, 17), rng.randrange(60)))


class _Writer:
    """Draws the rows from one random stream and keeps them until ``flush``."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        ids: _Ids,
        staff: dict[str, int],
        area: _Area,
        due_days: dict[str, int],
    ) -> None:
        self.rng, self.today, self.ids, self.area = rng, today, ids, area
        self.due_days = due_days
        self.staff = staff
        self.name_of = {staff_id: name for name, staff_id in staff.items()}
        self.visit_rows: list[dict[str, Any]] = []
        self.visitor_rows: list[dict[str, Any]] = []
        self.request_rows: list[dict[str, Any]] = []
        self.step_rows: list[dict[str, Any]] = []
        self.thanks_rows: list[dict[str, Any]] = []
        self.meeting_rows: list[dict[str, Any]] = []
        self.attendee_rows: list[dict[str, Any]] = []
        self.matter_rows: list[dict[str, Any]] = []
        self.followed: list[dict[str, Any]] = []  # requests followed up 满意, for thanks
        self.partners: dict[str, int] = {}

    # --- visits -----------------------------------------------------------------

    def visits(self, intervals: dict[int, int], everyone_else: int) -> None:
        rng, start = self.rng, self.today - dt.timedelta(days=DAYS)
        for household_id, interval in intervals.items():
            if interval < everyone_else:
                stop = self.today
                if rng.random() < OVERDUE_CARE:  # lapsed: overdue by days or weeks
                    stop -= dt.timedelta(days=interval + rng.randint(3, 40))
                day = start + dt.timedelta(days=rng.randrange(interval))
                while day <= stop:
                    self.visit(household_id, _weekday(day), VisitKind.CARE)
                    day += dt.timedelta(days=max(1, interval + rng.randint(-2, 2)))
            elif rng.random() >= NEVER_VISITED:
                times = 2 if rng.random() < TWICE else 1
                for day in sorted(rng.sample(range(DAYS), times)):
                    self.visit(household_id, _weekday(start + dt.timedelta(days=day + 1)),
                               VisitKind.ROUTINE)  # fmt: skip

    def visit(self, household_id: int, day: dt.date, kind: VisitKind, found: str = "") -> int:
        rng = self.rng
        day = min(day, self.today)
        worker = self.area.worker_of[household_id]
        visit_id = self.ids.next("visit")
        if not found:
            found = rng.choice(texts.CARE_FOUND if kind == VisitKind.CARE else texts.ROUTINE_FOUND)
        self.visit_rows.append({
            "id": visit_id, "household_id": household_id, "date": day, "kind": kind.value,
            "found": found, "notes": None, "entered_by": self.name_of[worker],
            "entered_at": _at(day, rng, first_hour=15),
        })  # fmt: skip
        self.visitor_rows.append({"visit_id": visit_id, "staff_id": worker})
        if rng.random() < WITH_COLLEAGUE:
            colleague = SOCIAL_WORKER[0] if kind == VisitKind.CARE else rng.choice(LEADERS[2:])[0]
            self.visitor_rows.append({"visit_id": visit_id, "staff_id": self.staff[colleague]})
        return visit_id

    # --- requests ---------------------------------------------------------------

    def requests(self, session: Session, meeting_days: list[dt.date]) -> None:
        rng = self.rng
        self.partners = {n: i for n, i in session.execute(select(PartnerUnit.name, PartnerUnit.id))}
        households = sorted(self.area.worker_of)
        if not households:
            return
        count = min(300, max(30, len(households) // 2))
        raised = [row for row in self.visit_rows if row["kind"] != VisitKind.RETURN.value]
        street_numbers: dict[int, int] = defaultdict(int)
        past_meetings = [day for day in meeting_days if day <= self.today]
        for _ in range(count):
            source = _pick(rng, SOURCES)
            if source == RequestSource.MEETING and not past_meetings:
                source = RequestSource.WALK_IN
            visit_id = None
            if source == RequestSource.VISIT and raised:
                visit = rng.choice(raised)
                visit_id, household_id, day = visit["id"], visit["household_id"], visit["date"]
            elif source == RequestSource.MEETING:
                household_id, day = rng.choice(households), rng.choice(past_meetings)
            else:
                source = source if source != RequestSource.VISIT else RequestSource.WALK_IN
                household_id = rng.choice(households)
                day = self.today - dt.timedelta(days=rng.randrange(DAYS))
            self.request(source, household_id, day, visit_id, street_numbers)

    def request(self, source: RequestSource, household_id: int, day: dt.date,
                visit_id: int | None, street_numbers: dict[int, int]) -> None:  # fmt: skip
        rng = self.rng
        tier = _pick(rng, TIERS)
        category = (
            "works"
            if tier == RequestTier.SPECIAL and rng.random() < 0.7
            else _pick(rng, CATEGORIES)
        )
        description, result, place = rng.choice(texts.PROBLEMS[category])
        worker = self.name_of[self.area.worker_of[household_id]]
        handler = LEADERS[1][0] if tier == RequestTier.SPECIAL else worker
        by_meeting = source == RequestSource.MEETING
        request_id = self.ids.next("request")
        row: dict[str, Any] = {
            "id": request_id, "source": source.value, "visit_id": visit_id,
            "household_id": None if by_meeting and place else household_id,
            "place": f"{self.area.compound_of[household_id]}{place}" if place else None,
            "category": category, "description": description, "tier": tier.value,
            "handler": handler, "partner_id": None, "escalated_on": None, "street_ref": None,
            "registered_on": day, "due_date": day + dt.timedelta(days=self.due_days[tier.value]),
            "status": RequestStatus.REGISTERED.value, "result": None, "closed_on": None,
            "satisfaction": None, "entered_by": worker if source == RequestSource.VISIT
            else LEADERS[1][0], "entered_at": _at(day, rng),
        }  # fmt: skip
        if tier == RequestTier.LARGE:
            row["partner_id"] = self.partners.get(texts.PARTNER_FOR[category])
        self.request_rows.append(row)
        self.step(row, RequestStatus.REGISTERED, day, row["entered_by"])
        late = row["due_date"] < self.today and (self.today - day).days < 90
        stalled = late and rng.random() < STALLED
        on = day + dt.timedelta(days=rng.randint(0, 2))
        if not self.step(row, RequestStatus.IN_PROGRESS, on, handler):
            return
        if tier == RequestTier.SPECIAL:
            on += dt.timedelta(days=rng.randint(1, 5))
            street_numbers[on.year] += 1
            ref = f"和平里街道〔{on.year}〕第{street_numbers[on.year]}号"
            if not self.step(row, RequestStatus.ESCALATED, on, LEADERS[1][0], ref):
                return
            row["escalated_on"], row["street_ref"] = on, ref
        if stalled:
            return
        low, high = CLOSE_DAYS[tier]
        for attempt in range(2):
            on = max(on, day + dt.timedelta(days=rng.randint(low, high)))
            if not self.step(row, RequestStatus.CLOSED, on, handler, result):
                return
            row["result"], row["closed_on"] = result, on
            on += dt.timedelta(days=rng.randint(1, 6))
            satisfaction = _pick(rng, SATISFACTION)
            if attempt and satisfaction == Satisfaction.DISSATISFIED:
                satisfaction = Satisfaction.FAIRLY  # the second time, it was put right
            if not self.step(row, RequestStatus.FOLLOWED_UP, on, worker, satisfaction.value):
                return
            row["satisfaction"] = satisfaction.value
            if row["household_id"] is not None and rng.random() < 0.5:
                self.visit(row["household_id"], on, VisitKind.RETURN,
                           rng.choice(texts.RETURN_FOUND))  # fmt: skip
            if satisfaction != Satisfaction.DISSATISFIED:
                if satisfaction == Satisfaction.SATISFIED and row["household_id"] is not None:
                    self.followed.append(row)
                return
            # 不满意 reopens it: back to where it was handled, closed again later (or,
            # for some, still in hand).
            if rng.random() < 0.4:
                on = self.today + dt.timedelta(days=1)
            row["status"] = (RequestStatus.ESCALATED if tier == RequestTier.SPECIAL
                             else RequestStatus.IN_PROGRESS).value  # fmt: skip
            row["closed_on"] = None
            low, high = 3, 10
            day = on

    def step(self, row: dict[str, Any], status: RequestStatus, on: dt.date, by: str,
             note: str | None = None) -> bool:  # fmt: skip
        """Record a step if its day has come; say whether it did."""
        if on > self.today:
            return False
        # Two steps on one day keep their order: the second comes after the first.
        at = _at(on, self.rng)
        if self.step_rows and self.step_rows[-1]["request_id"] == row["id"]:
            at = max(at, self.step_rows[-1]["at"] + dt.timedelta(minutes=self.rng.randint(5, 90)))
        self.step_rows.append({"request_id": row["id"], "status": status.value,
                               "at": at, "by": by, "note": note})  # fmt: skip
        row["status"] = status.value
        return True

    # --- meetings and thanks ----------------------------------------------------

    def meetings(self, days: list[dt.date]) -> None:
        rng = self.rng
        open_matters: list[dict[str, Any]] = []
        new_matters = list(texts.NEW_MATTERS)
        rng.shuffle(new_matters)
        for index, day in enumerate(days):
            later = days[index + 1] if index + 1 < len(days) else self.today
            meeting_id = self.ids.next("meeting")
            self.meeting_rows.append({
                "id": meeting_id, "date": day, "place": texts.MEETING_PLACE,
                "convenor": LEADERS[0][0], "recorder": LEADERS[3][0],
                "notes": "五方共商小区治理事项", "entered_by": LEADERS[3][0],
            })  # fmt: skip
            for party, names in texts.PARTIES.items():
                for name in rng.sample(names, rng.randint(1, len(names))):
                    self.attendee_rows.append({"meeting_id": meeting_id, "party": party,
                                               "name": name})  # fmt: skip
            agenda: list[dict[str, Any]] = []
            for carried in open_matters:
                agenda.append(self.matter(meeting_id, day, later, carried["title"],
                                          carried["request_id"], carried["owner"],
                                          carried_from=carried["id"]))  # fmt: skip
            for request in self.brought(day):
                owner = request["handler"]
                agenda.append(self.matter(meeting_id, day, later, request["description"],
                                          request["id"], owner))  # fmt: skip
            for title, decision, owner in new_matters[index * 2 : index * 2 + 2]:
                agenda.append(self.matter(meeting_id, day, later, title, None, owner, decision))
            open_matters = [m for m in agenda if m["status"] == MatterStatus.OPEN.value]
            for order, matter in enumerate(agenda, start=1):
                matter["sort_order"] = order

    def brought(self, day: dt.date) -> list[dict[str, Any]]:
        """Requests brought to the table: raised there, and large ones still open."""
        here = [r for r in self.request_rows if r["source"] == RequestSource.MEETING.value
                and r["registered_on"] == day]  # fmt: skip
        pending = [
            r for r in self.request_rows
            if r["tier"] != RequestTier.SMALL.value and r["source"] != RequestSource.MEETING.value
            and day - dt.timedelta(days=60) <= r["registered_on"] < day
            and (r["closed_on"] is None or r["closed_on"] > day)
        ]  # fmt: skip
        return here + self.rng.sample(pending, min(len(pending), 3))

    def matter(self, meeting_id: int, day: dt.date, later: dt.date, title: str,
               request_id: int | None, owner: str | None, decision: str | None = None,
               carried_from: int | None = None) -> dict[str, Any]:  # fmt: skip
        """A matter, settled if its request closed (or, new, by chance) before the next
        meeting."""
        rng = self.rng
        if request_id is not None:
            closed = self.request_rows[request_id - self.request_rows[0]["id"]]["closed_on"]
            settled = closed is not None and closed < later
        else:  # half of the new ones take longer than a quarter; most are done the next
            settled = rng.random() < (0.75 if carried_from is not None else 0.5)
        row = {
            "id": self.ids.next("meeting_matter"), "meeting_id": meeting_id,
            "request_id": request_id, "carried_from_id": carried_from, "title": title[:200],
            "decision": decision or rng.choice(texts.DECISIONS), "owner": owner,
            "due_date": day + dt.timedelta(days=30),
            "status": (MatterStatus.SETTLED if settled else MatterStatus.OPEN).value,
            "sort_order": 0,
        }  # fmt: skip
        if carried_from is not None:
            row["decision"] = "上次会议遗留事项，继续跟进：" + row["decision"]
        self.matter_rows.append(row)
        return row

    def thanks(self) -> None:
        rng = self.rng
        for row in rng.sample(self.followed, min(len(self.followed), rng.randint(5, 8))):
            day = min(self.today, row["closed_on"] + dt.timedelta(days=rng.randint(5, 20)))
            kind = ThanksKind.BANNER if rng.random() < 0.6 else ThanksKind.LETTER
            self.thanks_rows.append({
                "date": day, "kind": kind.value, "request_id": row["id"],
                "household_id": row["household_id"],
                "giver": f"{self.area.address_of[row['household_id']]}住户",
                "words": rng.choice(texts.THANKS_WORDS), "entered_by": LEADERS[1][0],
            })  # fmt: skip

    def flush(self, session: Session) -> None:
        for model, rows in (
            (Visit, self.visit_rows), (VisitVisitor, self.visitor_rows),
            (Request, self.request_rows), (RequestStep, self.step_rows),
            (Thanks, self.thanks_rows), (Meeting, self.meeting_rows),
            (MeetingAttendee, self.attendee_rows),
        ):  # fmt: skip
            if rows:
                session.execute(insert(model.__table__), rows)
        if self.matter_rows:  # in id order: a carried matter refers to an earlier one
            session.execute(insert(MeetingMatter.__table__), self.matter_rows)


def _weekday(day: dt.date) -> dt.date:
    """Rounds are walked Monday to Saturday; a Sunday's visit was on the Saturday."""
    return day - dt.timedelta(days=1) if day.weekday() == 6 else day
