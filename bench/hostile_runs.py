"""Hostile command lines against a demo store: how many end well.

Runs each case of issue 11's catalogue (bad URLs, bad paths, FIFOs, devices, huge
arguments, odd encodings, locked and busy stores, damaged and crafted backups,
hostile sheets) as a user would, in a fresh ``hearth-desk`` process, and sorts the
outcome: a clear line and exit 0/1/2 ("clear"), the internal-error apology
("apology"), a Python traceback ("traceback"), or a hang past the time limit.
The store's content hash is compared before and after every failing run.

Usage:  python bench/hostile_runs.py [--keep]   (prints one line per case, then totals)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

COMMAND = [sys.executable, "-m", "hearth_desk"]
APOLOGY = ("抱歉，连心台内部出错了", "Sorry, something went wrong")


def run(args: list[str], env: dict[str, str], stdin: str | None = None, timeout: float = 60):
    try:
        done = subprocess.run(
            COMMAND + args,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    return done


def store_hash(data: Path) -> str:
    path = data / "hearth-desk.sqlite3"
    if not path.exists():
        return "none"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        digest = hashlib.sha256()
        for (table,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()


def xlsx(path: Path, rows: list[list[object]], *, hidden_first: bool = False) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    if hidden_first:
        sheet.title = "隐藏"
        sheet.append(["姓名", "身份证号"])
        sheet.append(["隐藏人", "110101195001010011"])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("台账")
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


HEADER = [
    "小区",
    "楼栋",
    "单元",
    "门牌号",
    "姓名",
    "性别",
    "与户主关系",
    "身份证号",
    "联系电话",
    "工作单位",
]


def cases(work: Path, data: Path) -> list[tuple[str, list[str], dict[str, str], str | None]]:
    """(name, arguments, extra environment, stdin)."""
    fifo = work / "fifo"
    os.mkfifo(fifo)
    good = xlsx(
        work / "good.xlsx",
        [HEADER, ["和平里一区", "99栋", "1单元", "0101", "甲", "男", "户主", "", "", ""]],
    )
    control = work / "control.csv"  # openpyxl itself refuses control characters in cells
    control.write_text(
        ",".join(HEADER) + "\n和平里一区,99栋,1单元,0101,张\x1b[31m三,男,户主,,,\n"
        "和平里一区,99栋,1单元,0105,好人,男,户主,,,\n",
        encoding="utf-8",
    )
    bad_id = work / "bad-id.csv"  # one good row, one with an impossible ID number
    bad_id.write_text(
        ",".join(HEADER) + "\n和平里一区,99栋,1单元,0106,好人,男,户主,,,\n"
        "和平里一区,99栋,1单元,0107,坏号,男,户主,110101195013450011,,\n",
        encoding="utf-8",
    )
    long_compound = xlsx(
        work / "long.xlsx",
        [HEADER, ["区" * 151, "1栋", "1单元", "0101", "乙", "男", "户主", "", "", ""]],
    )
    long_work = xlsx(
        work / "longwork.xlsx",
        [HEADER, ["和平里一区", "99栋", "1单元", "0102", "丙", "男", "户主", "", "", "单" * 120]],
    )
    hidden = xlsx(
        work / "hidden.xlsx",
        [HEADER, ["和平里一区", "99栋", "1单元", "0103", "丁", "男", "户主", "", "", ""]],
        hidden_first=True,
    )
    named_xls = work / "real.xls"
    named_xls.write_bytes(good.read_bytes())
    named_csv = work / "real.csv"
    named_csv.write_bytes(good.read_bytes())
    big_csv = work / "big.csv"
    big_csv.write_text(
        ",".join(HEADER) + "\n" + "和平里一区,99栋,1单元,0104,戊,男,户主,,," + "x" * 140_000 + "\n",
        encoding="utf-8",
    )
    bomb = work / "bomb.xlsx"
    with (
        zipfile.ZipFile(good) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b"<sheetData>", b"<sheetData>" + b" " * (300 * 1024 * 1024)
                )
            target.writestr(item, content)
    flipped = work / "flipped.xls"
    blob = bytearray(good.read_bytes())
    for index in range(200, len(blob), 97):
        blob[index] ^= 0x5A
    flipped.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(blob))
    bom_pass = work / "bom.txt"
    bom_pass.write_bytes("\ufeff口令口令口令口令\r\n".encode())
    gbk_pass = work / "gbk.txt"
    gbk_pass.write_bytes("口令口令口令口令".encode("gb18030"))
    utf16_pass = work / "utf16.txt"
    utf16_pass.write_text("口令口令口令口令", encoding="utf-16")
    folder_out = work / "a-folder"
    folder_out.mkdir()
    link = work / "link.xlsx"
    link.symlink_to(work / "elsewhere.xlsx")
    crafted = []
    for index, header in enumerate(
        [b"not json", b"[]", b'{"kdf": 3}', b'{"format": "hearth-desk-backup"}']
    ):
        path = work / f"crafted{index}.hdbak"
        path.write_bytes(b"HDBAK1\n" + header + b"\n" + os.urandom(64))
        crafted.append(path)
    # A device of our own (root only): the unfixed program replaced its target by
    # rename, and that must never be the machine's real /dev/full.
    device = work / "full-device"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        device = fifo  # not root: a FIFO is another file that is not a regular one
    e = {}
    d = ["--data-dir", str(data)]
    with sqlite3.connect(data / "hearth-desk.sqlite3") as connection:
        phone = next(
            p for (p,) in connection.execute("SELECT phone FROM resident") if p and len(p) == 11
        )
        names = [n for (n,) in connection.execute("SELECT name FROM resident")]
    rare = next((n for n in names if any(ord(c) > 0xFFFF for c in n)), "𠮷")
    dashed = f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"
    return [
        ("db-url garbage", [*d, "--db-url", "garbage", "check"], e, None),
        ("db-url foo://", [*d, "--db-url", "foo://", "check"], e, None),
        ("db-url mysql", [*d, "--db-url", "mysql://u@h/db", "check"], e, None),
        ("data-dir empty", ["--data-dir", "", "check"], e, None),
        ("data-dir is a file", ["--data-dir", str(good), "check"], e, None),
        (
            "find 50 KB",
            [*d, "find", "张" * 17_500],
            e,
            None,
        ),  # 52 KB in UTF-8 (one argument: < 128 KB)
        ("find huge limit", [*d, "find", "张", "--limit", "100000000000000000000"], e, None),
        ("find gbk 𠮷", [*d, "find", rare], {"PYTHONIOENCODING": "gbk"}, None),
        ("find escape", [*d, "find", "\x1b[2J张"], e, None),
        ("find phone dashes", [*d, "find", dashed], e, None),
        ("import fifo", [*d, "import", "residents", str(fifo)], e, None),
        ("import device", [*d, "import", "residents", "/dev/zero"], e, None),
        ("import control chars", [*d, "import", "residents", str(control)], e, None),
        ("import 151-char compound", [*d, "import", "residents", str(long_compound)], e, None),
        ("import long work unit", [*d, "import", "residents", str(long_work)], e, None),
        (
            "import hidden first sheet",
            [*d, "import", "residents", "--dry-run", str(hidden)],
            e,
            None,
        ),
        (
            "import xlsx named .xls",
            [*d, "import", "residents", "--dry-run", str(named_xls)],
            e,
            None,
        ),
        (
            "import xlsx named .csv",
            [*d, "import", "residents", "--dry-run", str(named_csv)],
            e,
            None,
        ),
        ("import csv field 140k", [*d, "import", "residents", str(big_csv)], e, None),
        ("import whitespace bomb", [*d, "import", "residents", str(bomb)], e, None),
        ("import bit-flipped xls", [*d, "import", "residents", str(flipped)], e, None),
        (
            "rejects to /proc",
            [*d, "import", "residents", "--skip-invalid", "--rejects", "/proc/x.xlsx", str(bad_id)],
            e,
            None,
        ),
        (
            "rejects to a folder",
            [
                *d,
                "import",
                "residents",
                "--skip-invalid",
                "--rejects",
                str(folder_out),
                str(bad_id),
            ],
            e,
            None,
        ),
        ("export to a device", [*d, "export", "residents", str(device)], e, None),
        ("export to a symlink", [*d, "export", "residents", str(link)], e, None),
        ("export to a folder", [*d, "export", "residents", str(folder_out)], e, None),
        ("print to a device", [*d, "print", "overview", "--out", str(device)], e, None),
        (
            "backup passphrase fifo",
            [*d, "backup", "--to", str(work), "--passphrase-file", str(fifo)],
            e,
            None,
        ),
        (
            "backup passphrase bom",
            [*d, "backup", "--to", str(work / "usb"), "--passphrase-file", str(bom_pass)],
            e,
            None,
        ),
        (
            "backup passphrase gbk",
            [*d, "backup", "--to", str(work / "usb"), "--passphrase-file", str(gbk_pass)],
            e,
            None,
        ),
        (
            "backup passphrase utf16",
            [*d, "backup", "--to", str(work / "usb"), "--passphrase-file", str(utf16_pass)],
            e,
            None,
        ),
        ("backup to /proc", [*d, "backup", "--to", "/proc", "--no-encrypt"], e, None),
        *[(f"verify crafted {i}", [*d, "verify", str(p)], e, None) for i, p in enumerate(crafted)],
        *[
            (f"restore crafted {i}", [*d, "restore", "--yes", str(p)], e, None)
            for i, p in enumerate(crafted)
        ],
        ("verify a fifo", [*d, "verify", str(fifo)], e, None),
        (
            "init control chars",
            [*d, "init", "--community", "和平\x07里", "--street", "街道"],
            e,
            None,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    data = work / "data"
    env = {**os.environ, "HEARTH_DESK_LANG": "zh_CN", "HEARTH_DESK_ACTOR": "bench"}
    env.pop("HEARTH_DESK_DATA_DIR", None)
    env.pop("HEARTH_DESK_DB_URL", None)
    subprocess.run(
        [*COMMAND, "--data-dir", str(data), "demo", "--households", "200"],
        env=env,
        check=True,
        capture_output=True,
    )
    (work / "usb").mkdir()
    # These must work (exit 0); every other case must be refused with exit 1 or 2.
    must_work = {
        "find gbk 𠮷",
        "find phone dashes",
        "import hidden first sheet",
        "import xlsx named .xls",
        "import xlsx named .csv",
        "backup passphrase bom",
        "backup passphrase gbk",
        "backup passphrase utf16",
    }
    totals = {
        "clear": 0,
        "apology": 0,
        "traceback": 0,
        "hang": 0,
        "changed store": 0,
        "as expected": 0,
        "not as expected": 0,
    }
    for name, args, extra, stdin in cases(work, data):
        if "fifo" in name:  # a writer for the FIFO, so that a reader that blocks is let go
            threading.Thread(target=_feed_fifo, args=(work / "fifo",), daemon=True).start()
        before = store_hash(data)
        started = time.perf_counter()
        done = run(args, {**env, **extra}, stdin, timeout=60)
        seconds = time.perf_counter() - started
        if done is None:
            outcome = "hang"
        elif "Traceback" in done.stderr:
            outcome = "traceback"
        elif any(text in done.stderr for text in APOLOGY):
            outcome = "apology"
        else:
            outcome = "clear"
        totals[outcome] += 1
        changed = done is not None and done.returncode != 0 and store_hash(data) != before
        totals["changed store"] += changed
        expected = (
            done is not None
            and outcome == "clear"
            and (done.returncode == 0 if name in must_work else done.returncode in (1, 2))
        )
        totals["as expected" if expected else "not as expected"] += 1
        last = (done.stderr.strip().splitlines() or [""])[-1][:110] if done else ""
        code = done.returncode if done else "-"
        mark = "ok " if expected else "BAD"
        print(
            f"{mark} {outcome:9} exit {code} {seconds:5.1f}s  {name}: {last}"
            f"{'  [STORE CHANGED]' if changed else ''}"
        )
    print("totals:", ", ".join(f"{key} {value}" for key, value in totals.items()))
    if not options.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


def _feed_fifo(path: Path) -> None:
    try:
        with open(path, "w") as fifo:
            fifo.write("x" * 10)
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
