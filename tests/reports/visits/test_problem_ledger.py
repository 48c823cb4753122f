"""The problem ledger on paper: A4 landscape, the filters on top, a row per request
in the office's words, and the totals after the last row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.visits.problem_ledger import render_problem_ledger
from hearth_desk.services.visits.problem_ledger import problem_ledger_data
from hearth_desk.services.visits.request_list import RequestFilter
from tests.reports.pdf_reading import pdftotext
from tests.support.request_factories import DAY, some_requests

translate = load_catalogue("zh_CN").translate


def test_rows_filters_and_totals(session: Session, tmp_path: Path) -> None:
    made = some_requests(session)
    data = problem_ledger_data(session, RequestFilter(start=dt.date(2026, 9, 1)), today=DAY)
    out = tmp_path / "问题台账.pdf"
    result = render_problem_ledger(out, data, translate)
    assert result.pages == 1 and result.missing == []
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert width > height  # landscape
    text = pdftotext(out, layout=True)
    assert "登记日期：2026-09-01至…" in text
    for word in ("楼道灯不亮", "洪山小区北门", "物业更换管道", "上报街道", "特事", "矛盾纠纷"):
        assert word in text
    assert f"#{made['lamp'].id}" in text
    assert text.index("楼道灯不亮") < text.index("下水管漏水") < text.index("楼上噪音")
    assert "合计4件" in text and "逾期未办结：1件" in text
    assert text.index("楼上噪音") < text.index("合计4件")


def test_no_requests(session: Session, tmp_path: Path) -> None:
    data = problem_ledger_data(session, RequestFilter(tier="special"), today=DAY)
    result = render_problem_ledger(tmp_path / "空.pdf", data, translate)
    assert result.pages == 1
    assert "合计0件" in pdftotext(tmp_path / "空.pdf")
