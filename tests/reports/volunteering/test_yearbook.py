"""The yearly report: the year in sentences, by month, by team and the top volunteers,
each with its chart, from a year of service gathered on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from hearth_desk.domain.models import ServiceRecord
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.volunteering.yearbook import render_yearbook
from hearth_desk.services.ledger.printouts import LedgerChoice
from hearth_desk.services.volunteering.printouts import yearbook_for
from tests.reports.pdf_reading import pdftotext
from tests.support.tree_factories import small_tree


def a_year(session: Session) -> None:
    tree = small_tree(session)  # 黄瑜希 leads 环境整治服务队 and patrols in 治安巡逻服务队
    for day, who, hours, what in (
        (dt.date(2026, 3, 2), tree["huang"].id, "2.5", "楼道清理"),
        (dt.date(2026, 3, 9), tree["huang"].id, "2.0", "楼道清理"),
        (dt.date(2026, 7, 1), tree["li"].id, "1.5", "夜间巡逻"),
    ):
        session.add(ServiceRecord(member_id=who, date=day, hours=Decimal(hours), what=what,
                                  served=2, entered_at=dt.datetime(2026, 7, 1)))  # fmt: skip
    session.flush()


def test_the_yearbook_in_chinese(session: Session, tmp_path: Path) -> None:
    a_year(session)
    data = yearbook_for(session, LedgerChoice(year=2026))
    result = render_yearbook(tmp_path / "y.pdf", data, load_catalogue("zh_CN").translate)
    assert result.missing == [] and result.pages >= 1
    text = " ".join(pdftotext(result.path).split())
    assert "2026年度志愿服务统计" in text
    assert "2026年，2名志愿者共开展志愿服务3次，累计服务时长6小时，服务居民6人次" in text
    assert "服务最多的月份是3月（2次）" in text
    assert "环境整治服务队" in text and "黄瑜希" in text
    assert "4.5" in text  # 黄瑜希's hours, in the top list and its chart


def test_a_year_without_service_says_so(session: Session, tmp_path: Path) -> None:
    small_tree(session)
    data = yearbook_for(session, LedgerChoice(year=2020))
    result = render_yearbook(tmp_path / "y.pdf", data, load_catalogue("en").translate)
    assert "No volunteer service was recorded in 2020." in " ".join(pdftotext(result.path).split())
