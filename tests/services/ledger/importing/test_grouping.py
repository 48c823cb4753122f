"""Problems shown to the user: each error alone, each kind of warning once with its
count and first rows, however many rows repeat it."""

from __future__ import annotations

from hearth_desk.domain.findings import Finding, error, warning
from hearth_desk.domain.id_numbers import check_id_number
from hearth_desk.domain.messages import untranslated
from hearth_desk.services.ledger.importing.grouping import group_problems
from hearth_desk.services.ledger.importing.problems import RowProblem

ID = "身份证号码"
AREA = (
    "The area code {area} of the ID number was never a district's code; check the first six digits."
)
WRONG_DIGIT = "The check digit of the ID number {number} is wrong: a digit is mistyped."
NO_HEAD = "Not imported because the row of the head ({row}) has errors."


def problem(row: int, finding: Finding, column: str = ID) -> RowProblem:
    return RowProblem("台账", row, column, finding)


def old_number(row: int) -> RowProblem:
    """The warning of an old 15-digit number: it quotes the row's own (masked) number."""
    (converted,) = check_id_number(f"110101750607{row:03d}").warnings
    return problem(row, converted)


def test_a_warning_repeated_in_rows_is_one_line_and_errors_keep_theirs() -> None:
    problems = [
        old_number(2),
        old_number(3),
        problem(4, error(WRONG_DIGIT, number="110101**********12")),
        old_number(5),
        problem(6, error(NO_HEAD, row=4), column=""),
        old_number(7),
        problem(7, warning(AREA, area="990101")),  # another kind, in one row only
        old_number(8),
        old_number(9),
        problem(10, error(WRONG_DIGIT, number="110101**********34")),
    ]
    lines = [group.line(untranslated) for group in group_problems(problems)]
    assert lines == [
        "6 rows 身份证号码: (warning) Old 15-digit number converted to 18 digits: …. "
        "(rows 2, 3, 5, 7, 8…)",
        problems[2].line(untranslated),
        problems[4].line(untranslated),
        problems[6].line(untranslated),
        problems[9].line(untranslated),
    ]
    assert [line.startswith("Row ") for line in lines] == [False, True, True, True, True]


def test_what_every_row_shares_is_kept_and_what_differs_is_never_quoted() -> None:
    same = [problem(row, warning(AREA, area="990101")) for row in (3, 4, 5)]
    (group,) = group_problems(same)
    assert group.line(untranslated) == (
        "3 rows 身份证号码: (warning) The area code 990101 of the ID number was never a "
        "district's code; check the first six digits. (rows 3, 4, 5)"
    )
    differing = [problem(row, warning(AREA, area=f"99010{row}")) for row in (3, 4)]
    (group,) = group_problems(differing)
    assert "99010" not in group.line(untranslated)
    assert "The area code … of the ID number" in group.text(untranslated)


def test_the_kind_is_the_message_in_its_column_and_one_row_is_not_a_pattern() -> None:
    check = warning("Check this value.")
    problems = [
        problem(2, check, "性别"),
        problem(3, check, "出生年月"),
        problem(4, check, "性别"),
        problem(5, check, "出生年月"),
        problem(6, check, "备注"),
        problem(6, check, "备注"),  # twice in one row: each shown as it is
    ]
    groups = group_problems(problems)
    assert [(g.column, g.rows) for g in groups] == [
        ("性别", (2, 4)),
        ("出生年月", (3, 5)),
        ("备注", (6,)),
        ("备注", (6,)),
    ]
    assert groups[2].line(untranslated) == problems[4].line(untranslated)


def test_the_window_lists_errors_first_with_the_count_in_the_text() -> None:
    problems = [old_number(row) for row in range(2, 12)]
    problems.insert(4, problem(6, error(WRONG_DIGIT, number="110101**********12")))
    groups = group_problems(problems, errors_first=True)
    assert [g.is_error for g in groups] == [True, False]
    assert groups[0].rows_text(untranslated) == "6"
    assert groups[1].rows_text(untranslated) == "2, 3, 4, 5, 6…"
    assert groups[1].text(untranslated).startswith("10 rows: Old 15-digit number")


def test_the_words_and_the_row_separator_are_translated() -> None:
    chinese = {
        "{count} rows {column}: {problem} (rows {rows})": (
            "{count} 行 {column}：{problem}（第{rows}行）"
        ),
        "(warning) {problem}": "（提醒）{problem}",
        "{rows}, {row}": "{rows}、{row}",
    }

    def translate(_context: str, text: str) -> str:
        return chinese.get(text, text)

    (group,) = group_problems([problem(row, warning(AREA, area="990101")) for row in range(3, 191)])
    line = group.line(translate)
    assert line.startswith("188 行 身份证号码：（提醒）The area code 990101")
    assert line.endswith("（第3、4、5、6、7…行）")
