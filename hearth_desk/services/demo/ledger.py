"""Fill an empty store with a realistic, deterministic demo community.

Staff try the program on the demo before they trust it with their own sheets, and the
tests and benchmarks need a store of real size: 40,000 households, about 100,000
residents, in a few seconds. So rows are drawn from one seeded ``random.Random``,
their ids are assigned here, and they go in through Core bulk inserts in batches.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from sqlalchemy import delete, func, insert, literal, select, text
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.models import (
    HEAD_RELATION,
    Attendance,
    CareTag,
    Certificate,
    CertificatePrint,
    ChangeRecord,
    Community,
    Course,
    CourseSession,
    CourseSlot,
    Event,
    EventHelper,
    EventStall,
    GridLevel,
    GridNode,
    Household,
    Meeting,
    MeetingAttendee,
    MeetingMatter,
    Member,
    Organisation,
    PartnerUnit,
    Request,
    RequestStep,
    Resident,
    ResidentStatus,
    ServiceRecord,
    ServiceTeam,
    Signup,
    Staff,
    StaffGrid,
    StallService,
    TeamMembership,
    Term,
    TermClosure,
    Thanks,
    Visit,
    VisitVisitor,
    resident_care_tag,
)
from hearth_desk.domain.pinyin import name_search_key
from hearth_desk.services.chunks import in_chunks
from hearth_desk.services.demo.classes import (
    CLASS_TABLES,
    ClassesDemoSummary,
    fill_classes_demo,
)
from hearth_desk.services.demo.events import EventsDemoSummary, fill_events_demo
from hearth_desk.services.demo.people import REFERENCE_DATE, PeopleMaker
from hearth_desk.services.demo.tree import TreeDemoSummary, fill_tree_demo
from hearth_desk.services.demo.visits import VisitsDemoSummary, fill_visits_demo
from hearth_desk.services.demo.volunteering import VolunteeringDemoSummary, fill_volunteering_demo
from hearth_desk.services.ledger.grid import WholeGrid
from hearth_desk.services.progress import Progress

COMMUNITY = {"name": "和平里社区", "street": "和平里街道", "district": "北京市东城区"}

# The real 和平里 numbers its compounds 一区, 二区…; a few estates have names of their own.
NAMED_COMPOUNDS = (
    "青年湖小区", "地坛北里", "化工大院", "煤炭部宿舍", "兴化西里", "雍和家园", "安德里小区",
    "东河沿小区", "柳荫街小区", "黄寺大街小区", "北竹竿胡同小区", "中街小区",
)  # fmt: skip
NUMBERED_COMPOUNDS = 12  # 和平里一区 … 和平里十二区 come first

# Building types (floors, doors a floor, fewest and most units): mostly six-storey
# walk-ups of the 1950s–80s, some high-rises of the 1990s.
BUILDING_TYPES = (
    ((6, 6), 2, (3, 4), 40),
    ((6, 6), 3, (2, 4), 20),
    ((9, 12), 2, (2, 3), 15),
    ((14, 18), 2, (2, 3), 15),
    ((10, 12), 3, (2, 2), 10),
)
HOUSEHOLDS_PER_COMPOUND = 1000
OCCUPANCY = 0.92  # some flats stand empty
UNITS_WITHOUT_LEADER = 0.05  # so that the home page has vacancies to flag
BATCH_HOUSEHOLDS = 2000
VISIT_TABLES = ("staff", "visit", "request", "request_step", "thanks", "meeting",
                "meeting_attendee", "meeting_matter")  # fmt: skip
GRID_BATCH = 5000


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` wrote, for the command line and the window to report."""

    community: str
    compounds: int
    buildings: int
    units: int
    households: int
    residents: int
    tree: TreeDemoSummary
    events: EventsDemoSummary
    volunteering: VolunteeringDemoSummary
    visits: VisitsDemoSummary
    classes: ClassesDemoSummary


@dataclass
class _Grid:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    doors: list[tuple[int, str]] = field(default_factory=list)  # (unit id, door) per household
    counts: dict[GridLevel, int] = field(default_factory=lambda: dict.fromkeys(GridLevel, 0))


def fill_demo(
    session: Session,
    *,
    households: int = 600,
    seed: int = 1,
    replace: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Write a demo community of ``households`` households into the session's store.

    The elderly university's term is the one running ``today`` (default: the real
    today), so that the window opens on a current term. Refuses a store that holds
    data unless ``replace``; the caller owns the transaction
    and rolls it back if ``progress`` raises ``Cancelled``.
    """
    if households < 1:
        raise ValueError(f"households must be positive: {households}")
    progress = progress or Progress.silent()
    progress.report(0, households, QT_TRANSLATE_NOOP("Progress", "Preparing…"))
    _make_room(session, replace=replace)

    rng = random.Random(seed)
    people = PeopleMaker(rng)
    grid = _plan_grid(rng, people, households)
    # Names set with init (or in Settings) are kept; the demo only fills an unnamed store.
    community = session.scalars(select(Community).order_by(Community.id)).first()
    if community is None:
        session.execute(insert(Community.__table__), [{"id": 1, **COMMUNITY}])
    for chunk in in_chunks(grid.nodes, GRID_BATCH):
        session.execute(insert(GridNode.__table__), chunk)

    stored_grid = WholeGrid.load(session)  # the grid rows are written above
    tagger = _Tagger(
        random.Random(seed + 1),
        {name: tag_id for tag_id, name in session.execute(select(CareTag.id, CareTag.name))},
    )
    resident_id = 0
    for start in range(0, households, BATCH_HOUSEHOLDS):
        progress.report(start, households, QT_TRANSLATE_NOOP("Progress", "Creating households…"))
        household_rows, resident_rows, tag_rows = [], [], []
        for household_id in range(start + 1, min(start + BATCH_HOUSEHOLDS, households) + 1):
            unit_id, door = grid.doors[household_id - 1]
            household_rows.append(
                {
                    "id": household_id,
                    "unit_id": unit_id,
                    "door": door,
                    **stored_grid.household_columns(unit_id, door),
                }
            )
            members = people.household()
            rows = []
            for member in members:
                resident_id += 1
                rows.append(
                    people.resident_row(member, resident_id, household_id, alone=len(members) == 1)
                )
            tag_rows += tagger.tag_household(rows)
            resident_rows += rows
        session.execute(insert(Household.__table__), household_rows)
        session.execute(insert(Resident.__table__), resident_rows)
        if tag_rows:
            session.execute(insert(resident_care_tag), tag_rows)
    progress.report(households, households, QT_TRANSLATE_NOOP("Progress", "Saving…"))

    _reset_sequences(session, ("community", "grid_node", "household", "resident"))
    session.expire_all()  # objects loaded before may describe rows that are gone
    progress.report(households, households, QT_TRANSLATE_NOOP("Progress", "Planting the tree…"))
    tree = fill_tree_demo(session, seed=seed)  # its retirees are residents of the ledger above
    events = fill_events_demo(session, seed=seed)  # the ledger's residents, the tree's teams
    _reset_sequences(session, ("event", "event_stall", "event_signup", "stall_service"))
    volunteering = fill_volunteering_demo(session, seed=seed)  # the tree's members, the events
    visits = fill_visits_demo(session, seed=seed)  # the ledger's households, the tree's partners
    _reset_sequences(session, VISIT_TABLES)
    classes = fill_classes_demo(session, seed=seed, today=today)  # the elderly, the tree
    _reset_sequences(session, ("event", "event_signup", *CLASS_TABLES))
    return DemoSummary(
        community=community.name if community is not None else COMMUNITY["name"],
        compounds=grid.counts[GridLevel.COMPOUND],
        buildings=grid.counts[GridLevel.BUILDING],
        units=grid.counts[GridLevel.UNIT],
        households=households,
        residents=resident_id,
        tree=tree,
        events=events,
        volunteering=volunteering,
        visits=visits,
        classes=classes,
    )


def store_has_data(session: Session) -> bool:
    """Whether any grid or people rows exist: demo data goes only into an empty store.

    The community's own names do not count (``init`` then ``demo`` is the way a new
    office tries the program); a grid does, since an office may have laid it out
    before entering anyone. One indexed probe per table, cheap enough for the UI thread."""
    session.flush()
    tables = [model.__table__ for model in (GridNode, Household, Resident)]
    return any(session.scalar(select(literal(1)).select_from(t).limit(1)) for t in tables)


def _make_room(session: Session, *, replace: bool) -> None:
    """Refuse to mix demo rows with real ones; with ``replace``, delete everything first."""
    if not store_has_data(session):
        return
    if not replace:
        residents = session.scalar(select(func.count()).select_from(Resident.__table__))
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The store already holds data ({residents} resident records); "
                "add --replace to overwrite it with demo data.",
            ),
            residents=residents,
        )
    grid = GridNode.__table__
    session.execute(delete(ChangeRecord.__table__))
    for model in (Thanks, MeetingMatter, MeetingAttendee, Meeting, RequestStep, Request):
        session.execute(delete(model.__table__))
    for model in (VisitVisitor, Visit, StaffGrid, Staff):  # the visiting rules stay
        session.execute(delete(model.__table__))
    for model in (CertificatePrint, Certificate, ServiceRecord):  # certificate settings stay
        session.execute(delete(model.__table__))
    for model in (Attendance, CourseSession, CourseSlot, Course, TermClosure, Term):
        session.execute(delete(model.__table__))
    for model in (StallService, EventHelper, Signup, EventStall, Event):
        session.execute(delete(model.__table__))
    for model in (TeamMembership, Member, ServiceTeam, PartnerUnit):
        session.execute(delete(model.__table__))
    organisation = Organisation.__table__
    session.execute(delete(organisation).where(organisation.c.parent_id.is_not(None)))
    session.execute(delete(organisation))
    session.execute(delete(resident_care_tag))
    session.execute(delete(Resident.__table__))
    session.execute(delete(Household.__table__))
    for level in reversed(GridLevel):  # children before parents: the grid refers to itself
        session.execute(delete(grid).where(grid.c.level == level.value))
    # The community's names stay: they are the office's, not demo data.


class _Tagger:
    """Care tags, status and search keys in the proportions of a real old community.

    Its own random stream, so the people themselves stay what earlier versions made.
    """

    DIFFICULT_HOUSEHOLDS = 0.025  # 困难家庭; a third of them also on 低保
    PARTY_MEMBERS = 0.08  # of adults; more among the old
    VETERANS = 0.03  # of men over 35
    DISABLED = 0.015
    MOVED_OUT = 0.03
    DECEASED = 0.015  # of residents over 75

    def __init__(self, rng: random.Random, tag_ids: dict[str, int]) -> None:
        self.rng = rng
        self.ids = tag_ids

    def tag_household(self, rows: list[dict[str, Any]]) -> list[dict[str, int]]:
        """Fill status and search key into ``rows``; return their resident_care_tag rows."""
        rng, tags = self.rng, []
        ages = [_age(row["birth_date"]) for row in rows]
        elders_only = all(age >= 60 for age in ages)
        difficult = rng.random() < self.DIFFICULT_HOUSEHOLDS
        allowance = difficult and rng.random() < 0.35
        for row, age in zip(rows, ages, strict=True):
            row["search_key"] = name_search_key(row["name"])
            row["status"], row["status_date"] = ResidentStatus.LIVING.value, None
            names = []
            if age >= 80:
                names.append("高龄")
            if age >= 60 and len(rows) == 1 and rng.random() < 0.9:
                names.append("独居老人")
            elif age >= 60 and elders_only and rng.random() < 0.8:
                names.append("空巢老人")
            if difficult and (row["relation"] == HEAD_RELATION or allowance):
                names.append("困难家庭")
            if allowance:
                names.append("低保")
            if age >= 18 and rng.random() < self.PARTY_MEMBERS * (1.6 if age >= 60 else 1):
                names.append("党员")
            if row["gender"] == "M" and age >= 35 and rng.random() < self.VETERANS:
                names.append("退役军人")
            if rng.random() < self.DISABLED * (2 if age >= 70 else 1):
                names.append("残疾")
            tags += [
                {"resident_id": row["id"], "care_tag_id": self.ids[n]}
                for n in names
                if n in self.ids
            ]
            if age >= 75 and rng.random() < self.DECEASED:
                row["status"] = ResidentStatus.DECEASED.value
                row["status_date"] = _recent_date(rng)
            elif (
                row["relation"] != HEAD_RELATION
                and 18 <= age < 40
                and rng.random() < self.MOVED_OUT * 4
            ):
                row["status"] = ResidentStatus.MOVED_OUT.value
                row["status_date"] = _recent_date(rng)
        return tags


def _age(birth: Any) -> int:
    return (REFERENCE_DATE - birth).days * 100 // 36525


def _recent_date(rng: random.Random) -> Any:
    return REFERENCE_DATE.fromordinal(REFERENCE_DATE.toordinal() - rng.randint(10, 900))


def _plan_grid(rng: random.Random, people: PeopleMaker, households: int) -> _Grid:
    """Compounds, buildings and units with room for exactly ``households`` households."""
    grid = _Grid()
    compounds = max(1, math.ceil(households / HOUSEHOLDS_PER_COMPOUND))
    shares = [rng.uniform(0.6, 1.4) for _ in range(compounds)]
    bounds = [round(households * s / sum(shares)) for s in accumulate(shares)]
    targets = [b - a for a, b in zip([0, *bounds], bounds, strict=False)]
    type_weights = [weight for *_, weight in BUILDING_TYPES]

    for index, target in enumerate(targets):
        compound_id = _add_node(grid, None, GridLevel.COMPOUND, _compound_name(index), index + 1)
        doors: list[tuple[int, str]] = []
        building = 0
        while building == 0 or len(doors) * OCCUPANCY < target:
            building += 1
            building_id = _add_node(
                grid, compound_id, GridLevel.BUILDING, f"{building}栋", building
            )
            (low, high), per_floor, (fewest, most), _ = rng.choices(BUILDING_TYPES, type_weights)[0]
            floors = rng.randint(low, high)
            for unit in range(1, rng.randint(fewest, most) + 1):
                unit_id = _add_node(grid, building_id, GridLevel.UNIT, f"{unit}单元", unit)
                doors += [
                    (unit_id, f"{floor:02d}{door:02d}")
                    for floor in range(1, floors + 1)
                    for door in range(1, per_floor + 1)
                ]
        vacant = set(rng.sample(range(len(doors)), len(doors) - target))
        grid.doors += [d for i, d in enumerate(doors) if i not in vacant]

    units = [node for node in grid.nodes if node["level"] == GridLevel.UNIT.value]
    without = {
        id(node) for node in rng.sample(units, max(1, round(len(units) * UNITS_WITHOUT_LEADER)))
    }
    for node in grid.nodes:
        if id(node) not in without:
            node["leader_name"], node["leader_phone"] = people.leader()
    return grid


def _add_node(grid: _Grid, parent_id: int | None, level: GridLevel, name: str, order: int) -> int:
    node_id = len(grid.nodes) + 1
    grid.nodes.append(
        {
            "id": node_id,
            "parent_id": parent_id,
            "level": level.value,
            "name": name,
            "sort_order": order,
            "leader_name": None,
            "leader_phone": None,
        }
    )
    grid.counts[level] += 1
    return node_id


def _compound_name(index: int) -> str:
    """和平里一区 … 和平里十二区, then the named estates, then 和平里十三区 onwards."""
    if index < NUMBERED_COMPOUNDS:
        return f"和平里{_chinese_number(index + 1)}区"
    if index < NUMBERED_COMPOUNDS + len(NAMED_COMPOUNDS):
        return NAMED_COMPOUNDS[index - NUMBERED_COMPOUNDS]
    return f"和平里{_chinese_number(index + 1 - len(NAMED_COMPOUNDS))}区"


def _chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十: how compounds are numbered; digits from 100 on."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


def _reset_sequences(session: Session, tables: tuple[str, ...]) -> None:
    """PostgreSQL's id sequences did not see the ids the demo assigned itself (bulk
    inserts refer to rows before they exist); move them past them, or the office's
    first own row would collide with a demo one. SQLite takes max(id) + 1 anyway."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        )
