"""A talk with everything the events' printouts show: places taken, a waiting list,
one who moved up, elderly and younger residents, a walk-in, stalls and a contact."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.models import EventKind, Gender
from hearth_desk.services.community import set_community
from hearth_desk.services.events.events import EventInput, StallInput, add_event
from hearth_desk.services.events.signups import WalkIn, cancel, sign_up
from hearth_desk.services.ledger import grid
from hearth_desk.services.ledger import households as ledger
from tests.support.factories import person

DAY = dt.date(2026, 12, 5)
NOW = dt.datetime(2026, 11, 29, 9, 0)
CONTACT_PHONE = "13912345678"


@dataclass(frozen=True)
class PrintedTalk:
    event_id: int
    signup_ids: dict[str, int]  # by name


# name, birth date, phone: in sign-up order
PEOPLE = (
    ("王大爷", dt.date(1950, 1, 2), "13800000001"),  # 76 on the day
    ("李阿姨", dt.date(1966, 12, 5), "13800000002"),  # 60 that very day
    ("赵青年", dt.date(1990, 6, 1), "13800000003"),
    ("孙奶奶", dt.date(1940, 3, 3), "13800000004"),  # waits, then moves up
    ("周老师", dt.date(1980, 2, 2), "13800000005"),  # waits
)


def printed_talk(session: Session, *, capacity: int = 3) -> PrintedTalk:
    """A talk of ``capacity`` places at 和平里社区: 王大爷, 李阿姨 and 赵青年 take them,
    孙奶奶 and 周老师 wait, a walk-in 钱先生 waits too; 赵青年 cancels, so 孙奶奶
    moves up."""
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    unit = grid.ensure_unit(session, "洪山小区", "3栋", "2单元")
    ids: dict[str, int] = {}
    residents = {}
    for number, (name, birth, phone) in enumerate(PEOPLE):
        typed = person(name, "", phone, birth_date=birth, gender=Gender.FEMALE)
        home = ledger.add_household(session, unit.id, f"0{number + 1}01", typed)
        residents[name] = home.members[0].id
    event = add_event(
        session,
        EventInput(
            "防诈骗讲座",
            DAY,
            kind=EventKind.TALK,
            start_time=dt.time(14, 0),
            end_time=dt.time(15, 30),
            place="社区会议室",
            capacity=capacity,
            signup_deadline=dt.date(2026, 12, 3),
            notice="请携带身份证。\n现场发放宣传资料。",
            contact_name="刘主任",
            contact_phone=CONTACT_PHONE,
            stalls=[
                StallInput("和平里派出所", "反诈宣传"),
                StallInput("社区卫生服务中心", "测血压"),
            ],
        ),
    )
    for minute, (name, _birth, _phone) in enumerate(PEOPLE):
        outcome = sign_up(
            session, event.id, resident_id=residents[name], now=NOW + dt.timedelta(minutes=minute)
        )
        ids[name] = outcome.signup_id
    walk_in = sign_up(
        session,
        event.id,
        walk_in=WalkIn("钱先生", "13700000009"),
        now=NOW + dt.timedelta(minutes=10),
    )
    ids["钱先生"] = walk_in.signup_id
    cancel(session, event.id, ids["赵青年"], now=NOW + dt.timedelta(hours=1))
    return PrintedTalk(event.id, ids)


def scanned(pdf: Path, work: Path, *, first: int = 1, last: int = 1) -> list[str]:
    """The codes a scanner reads off ``pdf``'s pages printed at 300 dpi (zbarimg), as
    ``CODE-128:…`` / ``QR-Code:…``; skips the test when poppler or zbar is missing."""
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: codes not decoded")
    prefix = work / "scan"
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", str(first), "-l", str(last), str(pdf), str(prefix)],
        check=True,
    )
    found: list[str] = []
    for image in sorted(work.glob("scan*.png")):
        result = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, check=False)
        found += result.stdout.decode("utf-8").split()
        image.unlink()
    return found
