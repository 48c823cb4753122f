"""Search figures (issue: the household ledger), on a 100,000-resident demo store:

- p95 of ``services.search.search_residents`` for each kind of query a clerk types
  (name, pinyin initials, ID tail, phone tail, address), target < 50 ms;
- the same searches as hand-written SQL through the plain ``sqlite3`` module on the
  same file, returning the same rows: ours must stay within 2x of it.

Queries are drawn from the store's own residents (seeded), so every one is realistic
and most have hits. Usage:

    python bench/bench_ledger_search.py [--households 40000] [--queries 200] [--data-dir D]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIMIT = 50
ORDER = "ORDER BY rank, r.search_key, r.id LIMIT 50"
SELECT = (
    "SELECT r.id, r.household_id, r.name, r.id_number, r.phone, h.address, r.status, {rank} "
    "AS rank FROM resident r JOIN household h ON h.id = r.household_id "
)
LIVING = "AND r.status = 'living' "

# Hand-written equivalents of what search_residents builds for each kind.
RAW = {
    "name": SELECT.format(
        rank="CASE WHEN r.name LIKE :contains ESCAPE '\\' THEN CASE WHEN r.name = :exact THEN 0 "
        "WHEN r.name LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END ELSE 3 END"
    )
    + "WHERE (r.name LIKE :contains ESCAPE '\\' OR r.household_id IN "
    "(SELECT id FROM household WHERE address LIKE :contains ESCAPE '\\')) " + LIVING + ORDER,
    "initials": SELECT.format(
        rank="CASE WHEN ' ' || r.search_key || ' ' LIKE :whole ESCAPE '\\' THEN 0 "
        "WHEN ' ' || r.search_key || ' ' LIKE :start ESCAPE '\\' THEN 1 ELSE 2 END"
    )
    + "WHERE r.search_key LIKE :contains ESCAPE '\\' "
    + LIVING
    + ORDER,
    "id tail": SELECT.format(rank="CASE WHEN r.id_number LIKE :tail ESCAPE '\\' THEN 0 ELSE 1 END")
    + "WHERE (r.id_number LIKE :tail ESCAPE '\\' OR r.phone LIKE :contains ESCAPE '\\') "
    + LIVING
    + ORDER,
    "address": SELECT.format(rank="0")
    + "WHERE r.household_id IN (SELECT id FROM household WHERE address LIKE :contains "
    "ESCAPE '\\') " + LIVING + ORDER,
}
RAW["phone tail"] = RAW["id tail"]


def raw_params(kind: str, query: str) -> dict[str, str]:
    if kind == "name":
        return {"contains": f"%{query}%", "exact": query, "prefix": f"{query}%"}
    if kind == "initials":
        return {"contains": f"%{query}%", "whole": f"% {query} %", "start": f"% {query}%"}
    if kind in ("id tail", "phone tail"):
        return {"tail": f"%{query.upper()}", "contains": f"%{query}%"}
    return {"contains": f"%{query.replace('号楼', '栋')}%"}


def sample_queries(connection: sqlite3.Connection, count: int) -> dict[str, list[str]]:
    rng = random.Random(7)
    rows = connection.execute(
        "SELECT r.name, r.search_key, r.id_number, r.phone, h.address FROM resident r "
        "JOIN household h ON h.id = r.household_id WHERE r.status = 'living' "
        "AND r.phone IS NOT NULL AND r.id_number IS NOT NULL"
    ).fetchall()
    picked = rng.sample(rows, count)
    queries: dict[str, list[str]] = {
        k: [] for k in ("name", "initials", "id tail", "phone tail", "address")
    }
    for name, key, id_number, phone, address in picked:
        queries["name"].append(name if rng.random() < 0.6 else name[:2])
        initials = key.split()[1] if len(key.split()) > 1 else key
        queries["initials"].append(initials)
        queries["id tail"].append(id_number[-rng.choice((4, 5, 6)) :])
        digits = phone.replace("-", "")
        queries["phone tail"].append(digits[-rng.choice((4, 5, 6, 7)) :])
        # What a clerk types for an address: building and unit, sometimes with the door.
        building = address[address.index("区") + 1 :] if "区" in address else address[-12:]
        queries["address"].append(
            building if rng.random() < 0.5 else building[: building.index("单元") + 2]
        )
    return queries


def timed(call: Callable[[], list]) -> tuple[float, list]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=40_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data-dir", type=Path, help="reuse (or create) the demo store here")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as temporary:
        data_dir = options.data_dir or Path(temporary)
        database = data_dir / "hearth-desk.sqlite3"
        if not database.exists():
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "hearth_desk",
                    "--data-dir",
                    str(data_dir),
                    "demo",
                    "--households",
                    str(options.households),
                ],
                check=True,
                capture_output=True,
            )
            took = time.perf_counter() - started
            print(f"demo store: {options.households:,} households in {took:.1f} s")

        from hearth_desk.services.ledger.search import search_residents
        from hearth_desk.storage.location import resolve_location
        from hearth_desk.storage.store import open_store

        raw = sqlite3.connect(database)
        residents = raw.execute("SELECT count(*) FROM resident").fetchone()[0]
        queries = sample_queries(raw, options.queries)
        print(f"{residents:,} residents; {options.queries} queries of each kind; limit {LIMIT}")
        columns = ("kind", "ours p95", "ours med", "raw p95", "ratio")
        print("{:<11} {:>9} {:>9} {:>8} {:>6}  hits/query  target".format(*columns))
        store = open_store(resolve_location(data_dir), lock=False, upgrade=False)
        all_ok = True
        with store.session() as session:
            for kind, texts in queries.items():
                ours_ms, raw_ms, hits = [], [], 0
                for text in texts:
                    search_residents(session, text)  # warm: statement cache, pages
                    ms, found = timed(lambda text=text: search_residents(session, text))
                    ours_ms.append(ms)
                    sql, params = RAW[kind], raw_params(kind, text)
                    ms, rows = timed(lambda s=sql, p=params: raw.execute(s, p).fetchall())
                    raw_ms.append(ms)
                    if [h.resident_id for h in found] != [row[0] for row in rows]:
                        print(f"  results differ for {kind} {text!r}")
                        all_ok = False
                    hits += len(found)
                ratio = p95(ours_ms) / p95(raw_ms)
                ok = p95(ours_ms) < 50 and ratio <= 2
                all_ok &= ok
                print(
                    f"{kind:<11} {p95(ours_ms):>7.1f}ms {statistics.median(ours_ms):>7.1f}ms "
                    f"{p95(raw_ms):>6.1f}ms {ratio:>5.2f}x  {hits / len(texts):>9.1f}  "
                    f"p95<50ms, <=2x raw  {'ok' if ok else 'MISSED'}"
                )
        store.close()
        return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
