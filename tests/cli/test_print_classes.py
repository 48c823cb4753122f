"""``print timetable [--term T] [--size A4|A3]``, ``print attendance CLASS`` and
``print class-roster CLASS``: CLASS by #N, N or name where events keep their number,
a class needed where it applies and refused where it does not, --term only for the
timetable (on SQLite and on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.storage.store import Store
from tests.reports.pdf_reading import pdftotext
from tests.support.class_printouts import ClassTerm, class_term, student_name
from tests.support.cli_runs import one_problem, run, told

NOT_HERE = "{option} does not apply to “print {report}”."
NEEDS_CLASS = "“print {report}” needs a class, as in “print {report} #3” or by its name."


@pytest.fixture
def term(store: Store) -> tuple[ClassTerm, list[str]]:
    with store.transaction() as session:
        made = class_term(session, students=12, dates=10)
    return made, [] if store.location.is_sqlite else ["--db-url", store.location.url]


def test_the_three_printouts_of_the_elderly_university(
    term: tuple[ClassTerm, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    made, db = term
    out = tmp_path / "课程表.pdf"
    code, stdout, err = run(capsys, *db, "print", "timetable", "--term", "2026年秋季学期",
                            "--size", "a3", "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "") and str(out) in stdout
    text = pdftotext(out)
    assert "葫芦丝班" in text and "京剧班" in text and "2026年秋季学期" in text
    assert round(float(PdfReader(out).pages[0].mediabox.width) / 72 * 25.4) == 420
    assert run(capsys, *db, "print", "timetable", "--out", str(out))[0] == 0  # the current term
    assert round(float(PdfReader(out).pages[0].mediabox.width) / 72 * 25.4) == 297
    out = tmp_path / "考勤表.pdf"
    assert run(capsys, *db, "print", "attendance", "舞蹈班", "--out", str(out))[0] == 0
    text = pdftotext(out)
    assert student_name(0) in text and f"{made.moved_to:%m-%d}" in text and "✓" in text
    assert f"{made.cancelled_on:%m-%d}" not in text
    out = tmp_path / "花名册.pdf"
    number = f"#{made.big_class}"
    assert run(capsys, *db, "print", "class-roster", number, "--out", str(out))[0] == 0
    assert "13900000000" in pdftotext(out)  # in full, for the teacher to call
    assert run(capsys, *db, "print", "class-roster", str(made.big_class), "--out", str(out))[0] == 0


def test_a_class_is_needed_and_only_where_it_applies(
    term: tuple[ClassTerm, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _made, db = term
    out = str(tmp_path / "x.pdf")
    for report in ("attendance", "class-roster"):
        assert one_problem(capsys, *db, "print", report, "--out", out) == told(
            NEEDS_CLASS, report=report
        )
    line = one_problem(capsys, *db, "print", "attendance", "不存在班", "--out", out)
    assert line == told("There is no class called {name}.", name="不存在班")
    line = one_problem(capsys, *db, "print", "attendance", "#999", "--out", out)
    assert line == told("There is no class #{number}.", number="999")
    line = one_problem(capsys, *db, "print", "timetable", "3", "--out", out)
    assert line == told(NOT_HERE, option="#3", report="timetable")
    line = one_problem(
        capsys, *db, "print", "attendance", "舞蹈班", "--term", "2026年秋季学期", "--out", out
    )
    assert line == told(NOT_HERE, option="--term", report="attendance")
    line = one_problem(capsys, *db, "print", "overview", "--term", "2026年秋季学期", "--out", out)
    assert line == told(NOT_HERE, option="--term", report="overview")
    line = one_problem(capsys, *db, "print", "class-roster", "舞蹈班", "--size", "A3", "--out", out)
    assert line == told(NOT_HERE, option="--size", report="class-roster")
    line = one_problem(capsys, *db, "print", "timetable", "--term", "春季", "--out", out)
    assert line == told(
        "There is no term called {name}; the terms are: {known}.",
        name="春季",
        known="2026年秋季学期",
    )
    # An event printout still wants an event's number: a class name is a usage error.
    with pytest.raises(SystemExit) as usage:
        run(capsys, *db, "print", "signin", "舞蹈班", "--out", out)
    assert usage.value.code == 2 and "舞蹈班" in capsys.readouterr().err
    assert not Path(out).exists()


def test_the_timetable_takes_a4_or_a3(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "x.pdf")
    assert run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")[0] == 0
    line = one_problem(capsys, "print", "timetable", "--size", "A1", "--out", out)
    assert line == told(
        "--size {size} does not apply to “print {report}”: it takes {sizes}.",
        size="A1",
        report="timetable",
        sizes="A4|A3",
    )
    line = one_problem(capsys, "print", "timetable", "--out", out)
    assert line == told("There is no term yet.")


def test_the_command_lines_timetable_sizes_are_the_timetables() -> None:
    """Written out so the parser imports no ReportLab; they must not drift."""
    from hearth_desk.cli.print_commands import TIMETABLE_SIZES
    from hearth_desk.reports.classes.timetable import SIZES

    assert TIMETABLE_SIZES == tuple(SIZES)
