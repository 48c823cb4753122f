"""Killing hearth-desk at an exact step, and looking for what a killed run left in plain
text: the kill tests of backup, verify and restore share these."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from hearth_desk.services.backup.fault_injection import PAUSE_ENV

SQLITE_HEADER = b"SQLite format 3"
STORE_FILE = "hearth-desk.sqlite3"


def start_paused(step: str, *argv: str, env: Mapping[str, str] | None = None) -> subprocess.Popen:
    """Start ``python -m hearth_desk *argv`` and return once it pauses at ``step``."""
    environment = {**os.environ, **(env or {}), PAUSE_ENV: step}
    process = subprocess.Popen(
        [sys.executable, "-m", "hearth_desk", *argv],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=environment,
        text=True,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    if f"paused at {step}" not in line:
        process.kill()
        rest = process.communicate(timeout=10)[1]
        raise AssertionError(f"never paused at {step}: {line}{rest}")
    return process


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


def run_until_paused(step: str, *argv: str, env: Mapping[str, str] | None = None) -> None:
    """Start hearth-desk, wait until it pauses at ``step``, and SIGKILL it there."""
    kill(start_paused(step, *argv, env=env))


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_dir():
            yield from (path for path in folder.rglob("*") if path.is_file())


def holds_plaintext(path: Path) -> bool:
    """The file holds an unencrypted SQLite database (or a page of one) somewhere."""
    return SQLITE_HEADER in path.read_bytes()


def is_store_or_safety_backup(path: Path, data_dir: Path) -> bool:
    """What may hold plain text in a data folder: the store (and SQLite's own files
    beside it) and finished safety backups."""
    if path.parent == data_dir:
        return path.name in {STORE_FILE, *(STORE_FILE + s for s in ("-wal", "-shm", "-journal"))}
    return path.parent == data_dir / "backups" / "safety" and path.suffix == ".hdbak"


def plaintext_left(data_dir: Path, others: Iterable[Path]) -> list[Path]:
    """Files with plain text that should not exist, and any unfinished backup or
    unpacked store waiting for a swap, under ``data_dir`` and the ``others``."""
    found = []
    for path in files_under(data_dir, *others):
        if path.name.endswith((".part", ".incoming")):
            found.append(path)
        elif data_dir in path.parents and is_store_or_safety_backup(path, data_dir):
            continue
        elif holds_plaintext(path):
            found.append(path)
    return found


# Every step where a kill test stops each command (fault_injection.pause_for_fault).
# A restore passes through the backup steps too, while it writes its safety backup.
KILL_STEPS = {
    "backup": ("backup-snapshot-written", "backup-writing", "verify-unpacked"),
    "verify": ("verify-unpacked",),
    "restore": (
        "verify-unpacked",
        "restore-unpacked",
        "backup-snapshot-written",
        "backup-writing",
        "restore-safety-written",
        "restore-before-swap",
        "restore-after-swap",
    ),
}
KILL_CASES = [(command, step) for command, steps in KILL_STEPS.items() for step in steps]


PASSPHRASE = "一句长长的口令"


@dataclass(frozen=True)
class Office:
    """A data folder with a store, a stick with an encrypted backup of it, a passphrase
    file, and the folder the commands get as their system temporary folder."""

    data_dir: Path
    stick: Path
    backup: Path
    passphrase: Path
    system_temp: Path

    @property
    def env(self) -> dict[str, str]:
        return {"TMPDIR": str(self.system_temp)}

    def argv(self, command: str) -> list[str]:
        """The command line of ``command`` on this office's store and stick."""
        common = ["--data-dir", str(self.data_dir)]
        key = ["--passphrase-file", str(self.passphrase)]
        if command == "backup":
            return [*common, "backup", "--to", str(self.stick), *key]
        if command == "verify":
            return [*common, "verify", str(self.backup), *key]
        return [*common, "restore", str(self.backup), *key, "--yes"]

    def plaintext_left(self, *, stick: bool = True) -> list[Path]:
        others = [self.system_temp, *([self.stick] if stick else [])]
        return plaintext_left(self.data_dir, others)

    def work_files(self) -> list[Path]:
        return list(files_under(self.data_dir / "backups" / "work"))


def make_office(root: Path, households: int = 60) -> Office:
    """A new office under ``root`` (slow: make it once and ``copy_office`` it)."""
    from hearth_desk.services.backup.writer import write_backup
    from hearth_desk.services.demo.ledger import fill_demo
    from hearth_desk.storage.location import resolve_location
    from hearth_desk.storage.store import open_store

    stick, system_temp = root / "U盘", root / "tmp"
    stick.mkdir(parents=True)
    system_temp.mkdir()
    passphrase = root / "口令.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with open_store(resolve_location(root / "data")) as store:
        with store.transaction() as session:
            fill_demo(session, households=households, seed=7)
        backup = write_backup(store, stick, passphrase=PASSPHRASE).path
    return Office(root / "data", stick, backup, passphrase, system_temp)


def copy_office(office: Office, root: Path) -> Office:
    shutil.copytree(office.data_dir.parent, root, dirs_exist_ok=True)

    def moved(path: Path) -> Path:
        return root / path.relative_to(office.data_dir.parent)

    return Office(
        moved(office.data_dir),
        moved(office.stick),
        moved(office.backup),
        moved(office.passphrase),
        moved(office.system_temp),
    )
