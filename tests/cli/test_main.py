"""The command line: Chinese help and messages, and exit codes 0 / 1 / 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_is_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "用法" in out and "数据文件夹" in out and "检查" in out


def test_bad_usage_exits_2_with_a_chinese_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--households", "many"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "错误" in err and "many" in err


def test_init_sets_the_community(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(
        capsys,
        "init",
        "--community",
        "和平里社区",
        "--street",
        "和平里街道",
        "--district",
        "北京市东城区",
    )
    assert code == 0
    assert "北京市东城区和平里街道和平里社区" in out


def test_init_with_an_empty_name_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "init", "--community", " ", "--street", "和平里街道")
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "社区" in err and "Traceback" not in err


def test_check_reports_a_healthy_store(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    code, out, _err = run(capsys, "check")
    assert code == 0
    assert str(isolated_user_folders) in out
    assert "完整性检查：正常" in out and "外键检查：正常" in out
    assert "  社区 1 个" in out and "community" not in out
    assert "数据库状态良好" in out


def test_check_fails_on_a_damaged_store(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    location = resolve_location(isolated_user_folders)
    open_store(location).close()
    import sqlite3

    connection = sqlite3.connect(location.sqlite_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO household (id, unit_id, door, address, sort_key) "
        "VALUES (1, 999, '0101', '', '')"
    )
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "check")
    assert code == 1
    assert "household" in out
    assert "损坏" in err


def test_check_runs_beside_an_open_window(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    with open_store(resolve_location(isolated_user_folders)):
        code, _out, _err = run(capsys, "check")
    assert code == 0


def test_a_second_writer_on_the_same_folder_is_refused(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    with open_store(resolve_location(isolated_user_folders)):
        code, _out, err = run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    assert code == 1
    assert "已经在使用" in err


def test_a_file_that_is_not_a_store_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "hearth-desk.sqlite3").write_text("这不是数据库")
    code, _out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1
    assert "不是连心台数据库" in err
    assert (folder / "hearth-desk.sqlite3").read_text() == "这不是数据库"


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(tmp_path / "data")}

    def hearth_desk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "hearth_desk", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    result = hearth_desk("check")
    assert result.returncode == 1
    assert "还没有数据库" in result.stderr and len(result.stderr.splitlines()) == 1
    assert (
        hearth_desk("init", "--community", "和平里社区", "--street", "和平里街道").returncode == 0
    )
    result = hearth_desk("check")
    assert result.returncode == 0, result.stderr
    assert "数据库状态良好" in result.stdout


def test_subcommands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from hearth_desk.cli.main import main; "
        "rc = main(['demo', '--households', '5']) + main(['check']); "
        "print(rc, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_demo_fills_an_empty_store_and_refuses_a_full_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = run(capsys, "demo", "--households", "60", "--seed", "7")
    assert code == 0 and "和平里社区" in out
    code, out, err = run(capsys, "demo", "--households", "60")
    assert code == 1 and out == "" and "--replace" in err
    code, _out, _err = run(capsys, "demo", "--households", "30", "--replace")
    assert code == 0


def test_demo_refuses_an_impossible_size(capsys: pytest.CaptureFixture[str]) -> None:
    """An out-of-range value is a usage error, like a mistyped option: exit 2."""
    with pytest.raises(SystemExit) as refused:
        main(["demo", "--households", "0"])
    assert refused.value.code == 2
    assert "--households" in capsys.readouterr().err


@pytest.mark.postgresql
def test_the_same_commands_run_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    code, _out, _err = run(capsys, "--db-url", pg_url, "demo", "--households", "40")
    assert code == 0
    code, out, _err = run(capsys, "--db-url", pg_url, "check")
    assert code == 0
    assert "postgresql" in out and "居民" in out  # tables in words (issue 12)


def test_print_overview_writes_a_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "demo", "--households", "50")
    out = tmp_path / "概况.pdf"
    code, stdout, _err = run(capsys, "print", "overview", "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "已生成" in stdout and "共 1 页" in stdout


def test_print_to_an_unwritable_place_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "demo", "--households", "10")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = run(capsys, "print", "overview", "--out", str(blocker / "x.pdf"))
    assert code == 1 and "无法把 PDF 写入" in err


def test_print_without_a_store_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "print", "overview", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "还没有数据库" in err


def test_print_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from hearth_desk.cli.main import main; "
        f"rc = main(['demo', '--households', '5']) + main(['print', 'overview', '--out', "
        f"{str(tmp_path / 'o.pdf')!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {**os.environ, "HEARTH_DESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_a_closed_pipe_ends_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`hearth-desk check | head -1`: when head leaves, the next write fails with a
    broken pipe; that ends the command quietly, without the internal-error apology."""
    from hearth_desk.cli import main as main_module
    from hearth_desk.cli.output import Output

    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(tmp_path / "d"))
    assert main(["demo", "--households", "5"]) == 0
    capsys.readouterr()

    def closed(_self: Output, _text: str) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(Output, "line", closed)
    monkeypatch.setattr(main_module, "silence_stdout", lambda: None)  # keep pytest's stdout
    assert main(["check"]) == 1
    assert capsys.readouterr().err == ""
