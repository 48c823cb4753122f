"""The problem ledger with 5,000 requests (issue 17): target < 3 s.

A SQLite store with 500 households and 5,000 requests in a realistic mix (mostly 小事,
about 5% 特事; most closed and followed up, some open and overdue) is made in a
temporary data folder. Timed, in one process, each as the command line does it after
start-up: gathering the ledger's data in a session and laying it out as a PDF; and
gathering it and writing the .xlsx. A first print fills the parsed-font cache (as the
first print after installing does) and is not counted.

Printed: the median and best wall seconds of each, the pages and the rows.

    python bench/bench_problem_ledger.py [--requests 5000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

CATEGORIES = ("livelihood", "works", "safety", "environment", "dispute", "other")
PROBLEMS = (
    "楼道灯不亮，晚上老人出入不便",
    "下水管道堵塞，厨房返水",
    "小区围墙有裂缝，存在安全隐患",
    "垃圾清运不及时，气味大",
    "楼上漏水，邻里协商未果",
    "申请高龄津贴，不清楚流程",
)


def fill(data_dir: Path, count: int) -> None:
    from hearth_desk.domain.models import Gender, RequestStatus
    from hearth_desk.services.community import set_community
    from hearth_desk.services.ledger import grid
    from hearth_desk.services.ledger import households as ledger
    from hearth_desk.services.ledger.residents import ResidentInput
    from hearth_desk.services.visits.requests import (
        NewRequest,
        advance_request,
        register_request,
    )
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    store = open_store(resolve_location(data_dir))
    start = dt.date(2026, 1, 1)
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
        homes = []
        for building in range(1, 11):
            unit = grid.ensure_unit(session, "和平里一区", f"{building}栋", "1单元")
            for door in range(1, 51):
                typed = ResidentInput(
                    name=f"住户{building}-{door}", phone=f"139{door:08d}", gender=Gender.FEMALE
                )
                homes.append(ledger.add_household(session, unit.id, f"{door:04d}", typed).id)
        for number in range(count):
            day = start + dt.timedelta(days=number * 330 // count)
            tier = "special" if number % 20 == 0 else "large" if number % 5 == 0 else "small"
            request = register_request(
                session,
                NewRequest(
                    PROBLEMS[number % len(PROBLEMS)],
                    category=CATEGORIES[number % len(CATEGORIES)],
                    tier=tier,
                    household_id=homes[number % len(homes)] if number % 7 else None,
                    place=None if number % 7 else "和平里一区北门",
                    handler=("王网格", "李主任", "张社工")[number % 3],
                    registered_on=day,
                ),
            )
            if number % 10 == 9:
                continue  # left at 登记, many of them overdue
            advance_request(session, request.id, RequestStatus.IN_PROGRESS, on=day)
            if tier == "special":
                advance_request(
                    session,
                    request.id,
                    RequestStatus.ESCALATED,
                    street_ref=f"街〔2026〕{number}号",
                    on=day,
                )
            if number % 10 == 8:
                continue
            closed = day + dt.timedelta(days=3)
            advance_request(
                session,
                request.id,
                RequestStatus.CLOSED,
                result="已协调相关单位处理完毕",
                on=closed,
            )
            if number % 3:
                advance_request(
                    session,
                    request.id,
                    RequestStatus.FOLLOWED_UP,
                    satisfaction="satisfied",
                    on=closed,
                )
    store.close()


def once(data_dir: Path, out: Path) -> tuple[float, int]:
    """Gather and write ``out`` (.pdf or .xlsx) as ``print requests`` does: seconds, and
    the pages or rows."""
    from hearth_desk.i18n.catalogue import load_catalogue
    from hearth_desk.reports import catalogue
    from hearth_desk.services.ledger.printouts import LedgerChoice
    from hearth_desk.services.progress import Progress
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    translate = load_catalogue("zh_CN").translate
    printout = catalogue.printout("problem-ledger")
    began = time.perf_counter()
    with open_store(resolve_location(data_dir), lock=False) as store, store.session() as session:
        data = printout.gather(session, LedgerChoice(), Progress.silent())
    if out.suffix == ".xlsx":
        size = printout.write_spreadsheet(out, data, Progress.silent())
    else:
        size = printout.render(out, data, translate, Progress.silent()).pages
    return time.perf_counter() - began, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="problem-ledger-"))
    began = time.perf_counter()
    fill(data_dir, args.requests)
    print(f"store with {args.requests} requests made in {time.perf_counter() - began:.1f} s")
    once(data_dir, data_dir / "warm.pdf")  # fills the font cache
    for suffix in (".pdf", ".xlsx"):
        times, size = [], 0
        for run in range(args.runs):
            seconds, size = once(data_dir, data_dir / f"问题台账{run}{suffix}")
            times.append(seconds)
        unit = "pages" if suffix == ".pdf" else "rows"
        print(
            f"problem ledger {suffix}: median {statistics.median(times):.2f} s,"
            f" best {min(times):.2f} s ({size} {unit}; target < 3 s)"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
