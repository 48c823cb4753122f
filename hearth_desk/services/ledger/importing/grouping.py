"""Repeated warnings of an import shown once, with their count and first rows.

A sheet whose every row draws the same warning (188 old 15-digit numbers, say)
used to give 188 lines, and the five errors that really stop the import were lost
among them. The command line and the window's preview both list problems through
``group_problems``, so the rule below is kept here, once, and without Qt.

**What counts as one kind of warning**: the same finding message (its English
source template, before the row's values are filled in) in the same column of the
same sheet. Not the full text: many warnings quote the row's own value (the masked
number an old 15-digit number became, the date stored for "1990.5", the gender the
sheet gives), so their text differs from row to row although they say the same
thing and call for the same check. The grouped line keeps each value every row of
the group shares and shows "…" for the ones that differ, so that it never quotes
one row's value as if it were all of them.

**Errors are never grouped**: each is a row the clerk must find and correct, so
each keeps its own line with its sheet row and column. A kind of warning found in
a single row is also shown as before, on its own line with its row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP
from hearth_desk.domain.findings import FINDING_CONTEXT, Finding
from hearth_desk.domain.messages import Translate
from hearth_desk.services.ledger.importing.problems import RowProblem, marked, one_safe_line

FIRST_ROWS = 5  # row numbers named in a group's line; the rest is "…"
MORE = "…"  # after the first rows, and for a value the rows of a group do not share

GROUP_COLUMN_LINE = QT_TRANSLATE_NOOP("Finding", "{count} rows {column}: {problem} (rows {rows})")
GROUP_LINE = QT_TRANSLATE_NOOP("Finding", "{count} rows: {problem} (rows {rows})")
GROUP_CELL = QT_TRANSLATE_NOOP("Finding", "{count} rows: {problem}")
# One more row number on the list: "3, 4" in English, "3、4" in Chinese.
NEXT_ROW = QT_TRANSLATE_NOOP("Finding", "{rows}, {row}")


@dataclass(frozen=True)
class ProblemGroup:
    """One line of the problem list: a single problem, or one kind of warning found in
    several rows (``problems`` in sheet order)."""

    problems: tuple[RowProblem, ...]

    @property
    def is_error(self) -> bool:
        return self.problems[0].is_error

    @property
    def is_grouped(self) -> bool:
        return len(self.problems) > 1

    @property
    def column(self) -> str:
        return self.problems[0].column

    @property
    def rows(self) -> tuple[int, ...]:
        """The sheet rows of the group, each once, in sheet order."""
        return tuple(dict.fromkeys(p.row for p in self.problems))

    @property
    def finding(self) -> Finding:
        """The group's finding: the values all its rows share, "…" for the others."""
        first, *others = (p.finding for p in self.problems)
        params = {
            key: value if all(f.params.get(key) == value for f in others) else MORE
            for key, value in first.params.items()
        }
        return Finding(first.severity, first.message, params)

    def rows_text(self, translate: Translate) -> str:
        """``3、4、5、6、7…``: the first rows, and "…" when there are more."""
        first, *others = self.rows[:FIRST_ROWS]
        text = str(first)
        for row in others:
            text = translate(FINDING_CONTEXT, NEXT_ROW).format(rows=text, row=row)
        return text + MORE if len(self.rows) > FIRST_ROWS else text

    def line(self, translate: Translate) -> str:
        """The command line's line: ``188 行 身份证号码：（提醒）…（第3、4、5、6、7…行）``,
        or the single problem's own line (``第12行 …``)."""
        if not self.is_grouped:
            return self.problems[0].line(translate)
        values = {
            "count": len(self.rows),
            "problem": marked(self.finding, translate),
            "rows": self.rows_text(translate),
        }
        if self.column:
            line = translate(FINDING_CONTEXT, GROUP_COLUMN_LINE).format(
                column=self.column, **values
            )
        else:
            line = translate(FINDING_CONTEXT, GROUP_LINE).format(**values)
        return one_safe_line(line)

    def text(self, translate: Translate) -> str:
        """The problem without row, column or mark (the preview shows those in their own
        columns); a group's text starts with its number of rows: ``188 行：…``."""
        problem = self.finding.translated(translate)
        if not self.is_grouped:
            return problem
        return translate(FINDING_CONTEXT, GROUP_CELL).format(count=len(self.rows), problem=problem)


def group_problems(
    problems: Iterable[RowProblem], *, errors_first: bool = False
) -> list[ProblemGroup]:
    """The lines to show for ``problems``: each error alone, each kind of warning once
    (see the module's docstring), in the order each first appears in the sheet, or with
    every error before the warnings when ``errors_first``."""
    kinds: dict[object, list[RowProblem]] = {}
    for index, problem in enumerate(problems):
        key: object = (
            ("error", index)
            if problem.is_error
            else ("warning", problem.sheet, problem.column, problem.finding.message)
        )
        kinds.setdefault(key, []).append(problem)
    groups: list[ProblemGroup] = []
    for members in kinds.values():
        if len({p.row for p in members}) > 1:
            groups.append(ProblemGroup(tuple(members)))
        else:  # the same warning twice in one row: not a pattern, show each as it is
            groups.extend(ProblemGroup((p,)) for p in members)
    if errors_first:
        groups.sort(key=lambda group: not group.is_error)  # stable: sheet order within
    return groups
