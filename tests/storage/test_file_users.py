"""Naming the program that holds the store, where the system says (Linux's /proc)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hearth_desk.storage.file_users import programs_using


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc lists open files")
def test_another_process_with_the_file_open_is_named(tmp_path: Path) -> None:
    store = tmp_path / "hearth-desk.sqlite3"
    store.write_bytes(b"")
    wal = tmp_path / "hearth-desk.sqlite3-wal"
    wal.write_bytes(b"")
    hold = "import sys, time; f = open(sys.argv[1]); print('open', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(wal)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"open\n"
        name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        with store.open("rb"):  # our own handle is not "another program"
            assert programs_using(store) == [f"{name} (PID {holder.pid})"]
    finally:
        holder.kill()
        holder.wait()
    assert programs_using(store) == []


def test_nothing_is_named_for_a_file_nobody_has_open(tmp_path: Path) -> None:
    assert programs_using(tmp_path / "missing.sqlite3") == []
