"""500 certificates end to end (issue 16): target < 10 s.

A store with 500 members, each with a year of service (records of 2026 with ID
numbers), is made in a temporary data folder. Timed: ``hearth-desk print certificates
--year 2026 --out F.pdf`` as a fresh process: start-up, choosing who qualifies,
numbering and registering 500 certificates in one transaction, laying out 500 pages,
committing once the PDF is whole and putting it in place. Each run starts from a copy
of the store with nothing issued (new numbers, not reprints); then the same command
once more on the last copy, where all 500 are reprints (补打), and the honours.
A first print fills the parsed-font cache (as the first print after installing does)
and is not counted.

    python bench/bench_certificates.py [--people 500] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from bench_print_ledger import pages, timed

from as_installed import installed_env

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳单曾"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
WHAT = ("环境整治", "治安巡逻", "便民服务日", "看望独居老人", "政策宣讲", "家电维修", "理发")


def fill(data_dir: Path, people: int) -> None:
    """The store: the community, the issuer's settings and ``people`` volunteers with
    twelve services each in 2026."""
    from hearth_desk.domain.id_numbers import make_id_number
    from hearth_desk.domain.models import Gender, Member, ServiceRecord
    from hearth_desk.domain.pinyin import name_search_key
    from hearth_desk.services.certificates.settings import update_settings
    from hearth_desk.services.community import set_community
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    store = open_store(resolve_location(data_dir))
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
        update_settings(session, person_in_charge="张建国", handler="李敏",
                        contact_phone="010-64271234")  # fmt: skip
        for number in range(people):
            name = SURNAMES[number % len(SURNAMES)] + GIVEN[number * 7 % len(GIVEN)]
            name += GIVEN[number % len(GIVEN)]
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=number * 37)
            id_number = make_id_number("110101", birth, (number % 450) * 2 + 10, Gender.FEMALE)
            member = Member(name=name, gender="F", id_number=id_number,
                            search_key=name_search_key(name))  # fmt: skip
            session.add(member)
            session.flush()
            for month in range(1, 13):
                day = dt.date(2026, month, 1 + number % 27)
                session.add(ServiceRecord(
                    member_id=member.id, date=day, hours=Decimal("3.5"), served=3,
                    what=WHAT[(number + month) % len(WHAT)],
                    entered_at=dt.datetime.combine(day, dt.time(18)),
                ))  # fmt: skip
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the stores and the PDFs here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["HEARTH_DESK_CACHE_DIR"] = str(Path(temporary) / "cache")
        env = installed_env(dict(os.environ))
        blank = folder / "blank"
        fill(blank, options.people)
        pdf = folder / "志愿服务记录证明.pdf"

        def command(data_dir: Path, *more: str) -> list[str]:
            return [sys.executable, "-m", "hearth_desk", "--data-dir", str(data_dir), "print",
                    "certificates", "--year", "2026", *more, "--out", str(pdf)]  # fmt: skip

        def fresh(run: int) -> Path:
            copy = folder / f"run{run}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(blank, copy)
            return copy

        timed(command(fresh(0)), env)  # fills the parsed-font cache
        new = []
        for run in range(1, options.runs + 1):
            data_dir = fresh(run)
            new.append(timed(command(data_dir), env)[0])
        reprint = timed(command(data_dir), env)[0]
        honours = timed(command(data_dir, "--kind", "honour"), env)[0]
        median = statistics.median(new)
        verdict = "ok" if median < 10 else "MISSED"
        print(
            f"{options.people} service record certificates, end to end (new numbers): median "
            f"{median:.2f} s (best {min(new):.2f} s); all reprinted (补打) {reprint:.2f} s; "
            f"{options.people} honours {honours:.2f} s; {pages(pdf)} pages; target < 10 s  "
            f"{verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
