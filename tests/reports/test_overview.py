"""The community overview on paper agrees with the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.overview import render_overview
from hearth_desk.services.demo.ledger import fill_demo
from hearth_desk.services.overview import compute_overview, overview_report_data
from hearth_desk.storage.store import Store
from tests.reports.pdf_reading import fonts, text

TODAY = dt.date(2026, 11, 23)


def test_overview_prints_the_communitys_figures(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        fill_demo(session, households=300, seed=3)
    with store.session() as session:
        figures = compute_overview(session, TODAY)
        data = overview_report_data(session, TODAY)
    result = render_overview(tmp_path / "overview.pdf", data, load_catalogue("zh_CN").translate)
    content = text(result.path)
    assert 1 <= result.pages <= 2
    assert "北京市东城区和平里街道和平里社区" in content and "社区概况" in content
    assert f"住户 {figures.households} 户" in content.replace("\n", "")
    assert f"居民 {figures.residents} 人" in content.replace("\n", "")
    # Which residents are counted is said, in the catalogue's words (English until
    # translated).
    said = load_catalogue("zh_CN").translate(
        "Report",
        " Residents are those living there now; those who moved out or died are not counted.",
    )
    assert said.split()[-1] in content.replace("\n", "")
    assert "和平里一区" in content and "80 岁及以上" in content
    assert "第 1 页 / 共" in content and "打印日期：2026年11月23日" in content
    assert all(font.embedded and font.subset for font in fonts(result.path))


def test_overview_prints_in_traditional_chinese(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        data = overview_report_data(session, TODAY)
    result = render_overview(tmp_path / "overview.pdf", data, load_catalogue("zh_TW").translate)
    content = text(result.path)
    assert "社區概況" in content and "尚未設定社區名稱" in content
    assert "第 1 頁 / 共 1 頁" in content
