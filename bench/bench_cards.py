"""400 contact cards end to end (issue 13): target < 3 s.

A store with nine service teams and 400 members (one in eight in a second team,
some with rare characters in their names) is made in a temporary data folder; then
``hearth-desk print cards --out F.pdf`` runs as a fresh process each time, with the
store opened, the members gathered, 40 A4 sheets laid out with 400 QR codes, and the
PDF written. A first print fills the parsed-font cache (as the first print after
installing does) and is not counted.

Printed: the median and best wall seconds, the median CPU seconds, and the pages.

    python bench/bench_cards.py [--members 400] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

from bench_print_ledger import pages, timed

from as_installed import installed_env

TEAMS = (
    "政策宣讲服务队", "环境整治服务队", "医疗保健服务队", "家电维修服务队", "党员老妈妈服务队",
    "理发服务队", "治安巡逻服务队", "调解纠纷服务队", "助老助残服务队",
)  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳单曾"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英𠮷"


def fill(data_dir: Path, members: int) -> None:
    """The store the cards are printed from, made with the models directly."""
    from hearth_desk.domain.models import Member, ServiceTeam, TeamMembership
    from hearth_desk.domain.pinyin import name_search_key
    from hearth_desk.services.community import set_community
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    rng = random.Random(13)
    store = open_store(resolve_location(data_dir))
    with store.transaction() as session:
        set_community(session, "和平里社区", "和平里街道", "北京市东城区")
        teams = [
            ServiceTeam(name=name, sort_order=order, promise="有求必应，服务居民到家门口")
            for order, name in enumerate(TEAMS)
        ]
        session.add_all(teams)
        session.flush()
        for number in range(members):
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
            member = Member(
                name=name,
                gender=rng.choice("MF"),
                phone=f"13{rng.randrange(10**9):09d}",
                work_unit=rng.choice(("和平里医院", "东城区第一中学", "退休", "和平里派出所")),
                search_key=name_search_key(name),
            )
            session.add(member)
            session.flush()
            first = teams[number % len(teams)]
            role = "leader" if number < len(teams) else "member"
            session.add(TeamMembership(member_id=member.id, team_id=first.id, role=role))
            if number % 8 == 0:
                second = teams[(number + 3) % len(teams)]
                session.add(TeamMembership(member_id=member.id, team_id=second.id, role="member"))
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--members", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the store and the PDF here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        folder = options.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        env = installed_env(dict(os.environ, HEARTH_DESK_CACHE_DIR=str(Path(temporary) / "cache")))
        fill(folder / "data", options.members)
        pdf = folder / "党群连心卡.pdf"
        program = [sys.executable, "-m", "hearth_desk", "--data-dir", str(folder / "data")]
        command = [*program, "print", "cards", "--out", str(pdf)]
        timed(command, env)  # fills the parsed-font cache
        runs = [timed(command, env) for _ in range(options.runs)]
        walls = [wall for wall, _cpu in runs]
        median = statistics.median(walls)
        cpu = statistics.median(cpu for _wall, cpu in runs)
        verdict = "ok" if median < 3 else "MISSED"
        print(
            f"{options.members} contact cards: median {median:.2f} s wall "
            f"(best {min(walls):.2f} s), median {cpu:.2f} s CPU, {pages(pdf)} pages; "
            f"target < 3 s  {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
