"""``backup``, ``verify`` and ``restore`` from the command line: exit codes and messages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.services.backup import restore as restore_module
from hearth_desk.services.backup.writer import UNWRITABLE_TARGET
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office(isolated_user_folders: Path) -> Path:
    with open_store(resolve_location(isolated_user_folders)) as store:
        with store.transaction() as session:
            fill_demo(session, households=60, seed=4)
    return isolated_user_folders


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "口令.txt"
    path.write_text("一句长长的口令\n", encoding="utf-8")
    return path


def test_backup_prints_the_verified_file_and_verify_describes_it(
    office: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(
        capsys, "backup", "--to", str(stick), "--passphrase-file", str(passphrase_file)
    )
    assert code == 0, err
    (path,) = out.splitlines()
    assert Path(path).parent == stick and Path(path).exists()
    code, out, err = run(capsys, "verify", path, "--passphrase-file", str(passphrase_file))
    assert code == 0, err
    assert "和平里社区" in out and "60" in out


def test_verify_names_the_cause(
    office: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _code, out, _err = run(
        capsys, "backup", "--to", str(stick), "--passphrase-file", str(passphrase_file)
    )
    path = Path(out.strip())
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("别的口令", encoding="utf-8")
    code, out, err = run(capsys, "verify", str(path), "--passphrase-file", str(wrong))
    assert (code, out) == (1, "") and len(err.splitlines()) == 1
    assert path.name in err
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    code, _out, err_cut = run(
        capsys, "verify", str(path), "--passphrase-file", str(passphrase_file)
    )
    assert code == 1 and err_cut != err
    not_ours = tmp_path / "x.hdbak"
    not_ours.write_text("hello")
    code, _out, err_other = run(capsys, "verify", str(not_ours))
    assert code == 1 and err_other not in (err, err_cut)


def test_backup_without_a_passphrase_or_no_encrypt_is_refused_in_scripts(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "backup", "--to", str(tmp_path))
    assert code == 1 and len(err.splitlines()) == 1
    assert list(tmp_path.glob("*.hdbak")) == []


def test_restore_with_yes_restores_and_names_the_safety_copy(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "backup", "--to", str(tmp_path), "--no-encrypt")
    assert code == 0
    backup = out.strip()
    code, out, err = run(capsys, "restore", backup, "--yes")
    assert code == 0, err
    assert "safety" in out or "安全" in out
    assert len(list((office / "backups" / "safety").glob("*.hdbak"))) == 1


def test_restore_without_yes_in_a_script_changes_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _err = run(capsys, "backup", "--to", str(tmp_path), "--no-encrypt")
    code, _out, err = run(capsys, "restore", out.strip())
    assert code == 1 and "--yes" in err
    assert not (office / "backups" / "safety").exists() or not list(
        (office / "backups" / "safety").glob("*.hdbak")
    )


def test_a_backup_restores_into_a_fresh_data_folder_with_identical_contents(
    office: Path, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import select

    from hearth_desk.domain.models import Base

    def contents(folder: Path) -> dict[str, list[tuple]]:
        with open_store(resolve_location(folder)) as store, store.engine.connect() as c:
            return {
                t.name: [tuple(r) for r in c.execute(select(t).order_by(*t.primary_key))]
                for t in Base.metadata.sorted_tables
            }

    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _err = run(
        capsys, "backup", "--to", str(stick), "--passphrase-file", str(passphrase_file)
    )
    assert code == 0
    fresh = tmp_path / "another-pc"
    code, _out, err = run(
        capsys, "--data-dir", str(fresh), "restore", out.strip(), "--yes",
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert code == 0, err
    assert contents(fresh) == contents(office)


def in_the_cli_language(message: str, **params: str) -> str:
    return UserError(message, **params).translated(load_catalogue("zh_CN").translate)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_backup_to_a_folder_that_takes_no_files_says_so(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "backup", "--to", "/proc", "--no-encrypt")
    assert (code, out) == (1, "")
    assert err.splitlines() == [in_the_cli_language(UNWRITABLE_TARGET, folder="/proc")]
    assert "MB" not in err


def test_restore_while_another_program_reads_the_store_changes_and_leaves_nothing(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As with ``export`` running beside it: one line, exit 1, no safety backup and no
    unpacked store left behind."""
    monkeypatch.setattr(restore_module, "CLAIM_TIMEOUT_S", 0.2)
    _code, out, _err = run(capsys, "backup", "--to", str(tmp_path), "--no-encrypt")
    store_file = office / "hearth-desk.sqlite3"
    before = store_file.read_bytes()
    reader = sqlite3.connect(store_file, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM resident").fetchone()
        code, _out, err = run(capsys, "restore", out.strip(), "--yes")
    finally:
        reader.close()
    in_use = "The store is still in use by another program; close it and try again."
    assert code == 1 and err.splitlines() == [in_the_cli_language(in_use)]
    assert store_file.read_bytes() == before
    assert list(office.glob("*.incoming")) == []
    left = [p for p in (office / "backups").rglob("*") if p.is_file()]
    assert [p.name for p in left] == ["history.json"]  # when the stick backup was made
