"""``hearth-desk find`` prints one match a line: name, masked ID number, address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.models import Gender
from hearth_desk.services.ledger.households import add_member
from hearth_desk.services.ledger.search import search_residents
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import one_problem, told
from tests.support.factories import ZHANG_SAN_ID, small_ledger

TOO_LONG = "The search text is {length} characters long; search for 1 to {max} characters."


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


def test_an_impossible_limit_names_the_allowed_range(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for value in ("100000000000000000000", "10001", "0", "-3", "lots"):
        with pytest.raises(SystemExit) as refused:  # a usage error: exit 2 (issue 12)
            main(["find", "zs", "--limit", value])
        assert refused.value.code == 2
        err = capsys.readouterr().err
        assert "--limit" in err and "10000" in err and value in err and "Traceback" not in err
    code, out, _err = run(capsys, "find", "zs", "--limit", "10000")
    assert code == 0 and out.startswith("张三")


def test_a_query_over_the_longest_searchable_text_is_refused(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for length in (301, 60_000):  # 50 KB is SQLite's limit for a LIKE pattern
        line = one_problem(capsys, "find", "张" * length)
        assert line == told(TOO_LONG, length=length, max=300)
    code, _out, err = run(capsys, "find", "张" * 300)
    assert code == 1 and "Traceback" not in err  # searched, nothing found


def test_a_name_the_output_encoding_lacks_is_escaped_not_a_crash(
    isolated_user_folders: Path,
) -> None:
    """Chinese Windows gives a redirected stdout the GBK encoding, which has no 𠮷."""
    from tests.support.factories import person

    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        small_ledger(s)
        (zhang,) = search_residents(s, "张三")
        add_member(s, zhang.household_id, person("𠮷丽", gender=Gender.FEMALE, relation="女儿"))
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "HEARTH_DESK_LANG": "zh_CN"}

    def hearth_desk(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "hearth_desk", *args], env=env, capture_output=True, timeout=60
        )

    found = hearth_desk("find", "𠮷")
    assert b"Traceback" not in found.stderr and found.returncode == 0, found.stderr
    name, _masked, address = found.stdout.decode("gbk").rstrip("\r\n").split("\t")
    assert name == "\\U00020bb7丽" and address == "洪山小区3栋2单元0401"
    missing = hearth_desk("find", "𠮷𠮷")
    assert missing.returncode == 1 and missing.stdout == b""
    (line,) = missing.stderr.decode("gbk").splitlines()
    assert "\\U00020bb7\\U00020bb7" in line and "Traceback" not in line


def test_find_says_when_it_shows_only_the_first_matches(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["find", "小区", "--limit", "2"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.strip().splitlines()) == 2
    assert "--limit" in captured.err and "2" in captured.err


def test_control_characters_never_reach_the_terminal(
    ledger_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ESC in the query (or in a name an older version stored) is shown, not run."""
    code, out, err = run(capsys, "find", "\x1b[2J张")
    assert code == 1 and "\x1b" not in err and "\x1b" not in out
    assert "␛[2J张" in err
