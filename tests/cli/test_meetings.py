"""``hearth-desk meeting``: a meeting that brings requests to the table, and the next
one that carries what is not settled over by itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth_desk.domain.models import RequestStatus
from hearth_desk.services.visits.requests import NewRequest, advance_request, register_request
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.support.cli_runs import ZH_CN, one_problem, run, told


def cli(text: str) -> str:
    """A command-line line in Chinese once the catalogue has it, English until then."""
    return ZH_CN("Cli", text)


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], isolated_user_folders: Path) -> Path:
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        for text in ("三栋楼道灯不亮", "围墙开裂"):
            register_request(s, NewRequest(text, place="和平里一区"))
    return isolated_user_folders


def test_a_meeting_and_the_next_that_carries_a_matter_over(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    code, out, err = run(
        capsys, "meeting", "add", "--date", "2026-03-20", "--place", "社区会议室",
        "--convenor", "李书记", "--attendee", "居委会:张三", "--attendee", "物业公司：赵经理",
        "--matter", "#1", "--matter", "2", "--new-matter", "小区停车难",
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        cli("Joint meeting #{number} added: {when}.").format(
            number=1, when="2026-03-20，社区会议室"
        ),
        cli("No matters were carried over."),
        cli("Matters on the agenda: {count}.").format(count=3),
    ]
    code, out, err = run(
        capsys, "meeting", "decide", "1", "--matter", "3", "--decision", "物业划线",
        "--owner", "物业公司", "--due", "2026-04-30",
    )  # fmt: skip
    assert code == 0, err
    with open_store(resolve_location(office)) as store, store.transaction() as s:
        advance_request(s, 2, RequestStatus.IN_PROGRESS)
        advance_request(s, 2, RequestStatus.CLOSED, result="已修补")
    code, out, _ = run(capsys, "meeting", "add", "--date", "2026-06-18")
    assert out.splitlines()[1] == cli(
        "{count} matters not settled were carried over from meeting #{number}."
    ).format(count=2, number=1)
    code, out, _ = run(capsys, "meeting", "show", "#2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "#2\u30002026-06-18"
    assert lines[2] == ZH_CN("Vocabulary", "Community party branch") + "：—"
    carried = cli("carried over from #{number}").format(number=1)
    assert lines[7].startswith("1. 三栋楼道灯不亮\u3000" + carried)
    assert lines[9] == "2. 小区停车难\u3000" + carried
    assert cli("Owner: {name}").format(name="物业公司") in lines[10]
    code, out, _ = run(capsys, "meeting", "show", "1")
    assert "1. 三栋楼道灯不亮" in out and "张三" in out and "赵经理" in out
    code, out, _ = run(capsys, "meeting", "settle", "2", "--matter", "2")
    assert code == 0
    code, out, _ = run(capsys, "meeting", "list")
    assert out.splitlines()[0].startswith("#2\u30002026-06-18")
    assert cli("{count} matters, {open} not settled").format(count=2, open=1) in out


def test_mistakes_are_one_line_or_a_usage_error(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    assert one_problem(capsys, "meeting", "show", "9") == told(
        "There is no joint meeting #{number}.", number=9
    )
    assert one_problem(capsys, "meeting", "add", "--date", "2026-03-20", "--matter", "9") == told(
        "There is no request #{number}.", number=9
    )
    run(capsys, "meeting", "add", "--date", "2026-03-20")
    assert one_problem(
        capsys, "meeting", "decide", "1", "--matter", "4", "--decision", "x"
    ) == told("Meeting #{number} has no matter {position}: it has {count}.",
              number=1, position=4, count=0)  # fmt: skip
    for wrong in (["show", "x"], ["add", "--date", "2026-03-20", "--attendee", "街道:王五"]):
        with pytest.raises(SystemExit) as exit_:
            run(capsys, "meeting", *wrong)
        assert exit_.value.code == 2


def test_printing_the_minutes_and_the_sign_in_sheet(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    run(capsys, "meeting", "add", "--date", "2026-03-20", "--attendee", "居民代表:孙大爷")
    for report in ("minutes", "meeting-signin"):
        out_file = tmp_path / f"{report}.pdf"
        code, _out, err = run(capsys, "print", report, "--meeting", "#1", "--out", str(out_file))
        assert code == 0, err
        assert out_file.read_bytes().startswith(b"%PDF")
    assert one_problem(capsys, "print", "minutes", "--out", str(tmp_path / "x.pdf")) == told(
        "“print {report}” needs a meeting number, as in “print {report} --meeting 3”.",
        report="minutes",
    )
    assert one_problem(
        capsys, "print", "overview", "--meeting", "1", "--out", str(tmp_path / "y.pdf")
    ) == told("{option} does not apply to “print {report}”.", option="--meeting", report="overview")
