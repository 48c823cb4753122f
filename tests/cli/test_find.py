"""``hearth-desk find`` prints one match a line: name, masked ID number, address."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.factories import ZHANG_SAN_ID, small_ledger


@pytest.fixture
def ledger_store(isolated_user_folders: Path) -> Path:
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        small_ledger(s)
    return isolated_user_folders


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_finds_by_initials_with_masked_id(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "find", "zs")
    assert code == 0, err
    assert out.splitlines() == [
        f"张三\t{ZHANG_SAN_ID[:6]}**********{ZHANG_SAN_ID[-2:]}\t洪山小区3栋2单元0401"
    ]
    assert ZHANG_SAN_ID not in out


def test_finds_by_id_tail_and_limits(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "find", ZHANG_SAN_ID[-6:])
    assert code == 0 and out.startswith("张三\t")
    code, out, _ = run(capsys, "find", "3栋2单元", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2


def test_no_match_is_exit_1_with_one_line(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "find", "诸葛亮")
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1 and "诸葛亮" in err


def test_a_missing_store_is_a_user_error(
    isolated_user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "find", "zs")
    assert code == 1 and len(err.splitlines()) == 1
