"""``print signin|notice|calllist N``: N or #N, written, refused without a number (and a
number refused for the other printouts), --size A4|A3 for the notice and A3–A0 for the
poster, each refusing the other's (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.domain.signin_codes import signin_code
from hearth_desk.storage.store import Store
from tests.reports.pdf_reading import pdftotext
from tests.support.cli_runs import one_problem, run, told
from tests.support.event_printouts import CONTACT_PHONE, PrintedTalk, printed_talk

NOT_HERE = "{option} does not apply to “print {report}”."
NEEDS_EVENT = "“print {report}” needs an event number, as in “print {report} 12”."
WRONG_SIZE = "--size {size} does not apply to “print {report}”: it takes {sizes}."


@pytest.fixture
def talk(store: Store) -> tuple[PrintedTalk, list[str]]:
    with store.transaction() as session:
        made = printed_talk(session)
    return made, [] if store.location.is_sqlite else ["--db-url", store.location.url]


def test_the_three_printouts_of_an_event(
    talk: tuple[PrintedTalk, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made, db = talk
    number = str(made.event_id)
    out = tmp_path / "签到表.pdf"
    code, stdout, err = run(capsys, *db, "print", "signin", f"#{number}", "--out", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    text = pdftotext(out)
    assert "王大爷" in text and "138****0001" in text and "周老师" in text
    assert signin_code(made.event_id, made.signup_ids["王大爷"]) in text
    assert "赵青年" not in text  # cancelled
    out = tmp_path / "通知.pdf"
    assert run(capsys, *db, "print", "notice", number, "--size", "a3", "--out", str(out))[0] == 0
    assert CONTACT_PHONE in pdftotext(out)
    assert round(float(PdfReader(out).pages[0].mediabox.width) / 72 * 25.4) == 297
    out = tmp_path / "电话通知.pdf"
    assert run(capsys, *db, "print", "calllist", number, "--out", str(out))[0] == 0
    text = pdftotext(out)
    assert "13800000004" in text and "13800000001" in text  # moved up; elderly: full numbers


def test_an_event_number_is_needed_and_only_where_it_applies(
    talk: tuple[PrintedTalk, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made, db = talk
    out = str(tmp_path / "x.pdf")
    for report in ("signin", "notice", "calllist"):
        line = one_problem(capsys, *db, "print", report, "--out", out)
        assert line == told(NEEDS_EVENT, report=report)
    line = one_problem(capsys, *db, "print", "overview", "12", "--out", out)
    assert line == told(NOT_HERE, option="#12", report="overview")
    line = one_problem(capsys, *db, "print", "signin", str(made.event_id + 50), "--out", out)
    assert line == told("There is no event #{number}.", number=made.event_id + 50)
    line = one_problem(
        capsys, *db, "print", "signin", str(made.event_id), "--team", "某队", "--out", out
    )
    assert line == told(NOT_HERE, option="--team", report="signin")
    assert not Path(out).exists()


def test_each_size_for_its_own_printout(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "x.pdf")
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    line = one_problem(capsys, "print", "notice", "1", "--size", "A1", "--out", out)
    assert line == told(WRONG_SIZE, size="A1", report="notice", sizes="A4|A3")
    line = one_problem(capsys, "print", "poster", "--size", "A4", "--out", out)
    assert line == told(WRONG_SIZE, size="A4", report="poster", sizes="A3|A2|A1|A0")
    line = one_problem(capsys, "print", "signin", "1", "--size", "A4", "--out", out)
    assert line == told(NOT_HERE, option="--size", report="signin")
    with pytest.raises(SystemExit) as usage:
        run(capsys, "print", "notice", "x12", "--out", out)
    assert usage.value.code == 2 and "x12" in capsys.readouterr().err


def test_the_command_lines_notice_sizes_are_the_notices() -> None:
    """Written out so the parser imports no ReportLab; they must not drift."""
    from hearth_desk.cli.print_commands import NOTICE_SIZES
    from hearth_desk.reports.events.notice import SIZES

    assert NOTICE_SIZES == tuple(SIZES)
