"""Property tests (hypothesis) of the row reader: any cells at all give a checked row or
findings, never an exception; what it lets through fits the store; what it says back
holds no control character."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hearth_desk.domain.models import GridNode, Household, Resident
from hearth_desk.domain.text_fields import column_length, control_character
from hearth_desk.services.ledger.importing.csv_text import decode_text
from hearth_desk.services.ledger.importing.headers import find_header, read_header
from hearth_desk.services.ledger.importing.rows import RowReader, is_skipped
from hearth_desk.services.ledger.importing.sheets import RawSheet, trimmed
from tests.support import hostile_sheets as hs
from tests.support import messy_sheets as ms

ONE_COLUMN = read_header(
    ["姓名", "性别", "身份证号码", "出生日期", "联系电话", "与户主关系", "住址", "人员类别",
     "工作单位", "备注", "状态", "状态日期"],
    1,
)  # fmt: skip
SPLIT = read_header(ms.EXPORT_HEADER, 1)

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0xA0), max_size=40),  # controls, often
    st.sampled_from(hs.CONTROL_TEXTS),
    st.builds(lambda c, n: c * n, st.sampled_from("洪王3栋1"), st.integers(0, 160)),
)
cells = st.one_of(
    st.none(),
    texts,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),  # nan and infinities too
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1, 1, 1)),
    st.dates(),
    st.times(),
    st.timedeltas(),
    st.sampled_from([v for v in hs.ODD_VALUES if v is not None]),
)
rows = st.lists(cells, max_size=len(ms.EXPORT_HEADER) + 2)

NAME, RELATION, WORK_UNIT = (column_length(c) for c in (Resident.name, Resident.relation,
                                                        Resident.work_unit))  # fmt: skip


def untranslated(_context: str, text: str) -> str:
    return text


def _check(row: Any) -> None:
    for problem in row.problems:
        line = problem.line(untranslated)
        assert "\n" not in line and control_character(line) is None
    clean = row.clean
    if clean is not None:
        assert 0 < len(clean.name) <= NAME and len(clean.relation) <= RELATION
        assert clean.work_unit is None or len(clean.work_unit) <= WORK_UNIT
        for text in (clean.name, clean.relation, clean.work_unit or "", clean.notes or ""):
            assert control_character(text) is None
            assert "\n" not in text and "\t" not in text
    if row.address is not None:
        a = row.address
        assert all(
            len(part) <= column_length(GridNode.name) and control_character(part) is None
            for part in (a.compound, a.building, a.unit)
        )
        assert len(a.door) <= column_length(Household.door)


@settings(max_examples=400, deadline=None)
@given(st.lists(rows, min_size=1, max_size=4), st.booleans())
def test_any_cells_give_a_checked_row_or_findings(data: list[list[Any]], split: bool) -> None:
    reader = RowReader(SPLIT if split else ONE_COLUMN, "台账")
    for number, cells in enumerate(data, start=2):
        is_skipped(cells)
        _check(reader.read(number, trimmed(cells)))


@settings(max_examples=150, deadline=None)
@given(st.lists(rows, max_size=40))
def test_any_rows_give_a_header_or_none(data: list[list[Any]]) -> None:
    search = find_header(RawSheet("x", iter(data)))
    if search.header is not None:
        assert len(search.header.columns) >= 2
        list(search.rows)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_text_or_none(data: bytes) -> None:
    text = decode_text(data)
    assert text is None or isinstance(text, str)
