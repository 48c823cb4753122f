"""A problem found in one row of the sheet, and the line that shows it to the user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import FINDING_CONTEXT, Finding
from hearth_desk.domain.messages import Translate
from hearth_desk.domain.text_fields import visible

ROW_COLUMN_LINE = QT_TRANSLATE_NOOP("Finding", "Row {row} {column}: {problem}")
ROW_LINE = QT_TRANSLATE_NOOP("Finding", "Row {row}: {problem}")
WARNING_MARK = QT_TRANSLATE_NOOP("Finding", "(warning) {problem}")


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # 1-based, as Excel numbers the rows
    column: str  # the header as the sheet writes it; "" for the whole row
    finding: Finding

    @property
    def is_error(self) -> bool:
        return self.finding.is_error

    def line(self, translate: Translate) -> str:
        """``第12行 公民身份号码：…`` in the user's language; warnings are marked. Values
        quoted from the sheet show their control characters as symbols (␛), so that a
        terminal never acts on them."""
        problem = marked(self.finding, translate)
        if self.column:
            line = translate(FINDING_CONTEXT, ROW_COLUMN_LINE).format(
                row=self.row, column=self.column, problem=problem
            )
        else:
            line = translate(FINDING_CONTEXT, ROW_LINE).format(row=self.row, problem=problem)
        return one_safe_line(line)


class ProblemCounts:
    """What every import plan counts (the residents' and the tree's): its ``problems``
    and its ``rows``, each row ``rejected`` or not."""

    problems: list[RowProblem]
    rows: list[Any]

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warning_count(self) -> int:
        return sum(1 for p in self.problems if not p.is_error)

    @property
    def rejected_row_count(self) -> int:
        return sum(1 for row in self.rows if row.rejected)


def marked(finding: Finding, translate: Translate) -> str:
    """The finding in the user's language, marked ``（提醒）`` when it is a warning."""
    problem = finding.translated(translate)
    if not finding.is_error:
        problem = translate(FINDING_CONTEXT, WARNING_MARK).format(problem=problem)
    return problem


def one_safe_line(text: str) -> str:
    """``text`` on one line, its control characters shown as symbols (␛): what a
    terminal is given never moves the cursor or retitles the window."""
    return visible(" ".join(text.split()))
