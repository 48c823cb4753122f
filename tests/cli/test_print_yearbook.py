"""``hearth-desk print yearbook --year Y [--team T]``: the yearly report as a PDF."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.models import ServiceRecord
from hearth_desk.storage.location import resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.tree_factories import small_tree


def test_the_yearbook_for_a_year_and_a_team(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path, tmp_path: Path
) -> None:
    with open_store(resolve_location(isolated_user_folders)) as store, store.transaction() as s:
        tree = small_tree(s)
        s.add(ServiceRecord(member_id=tree["li"].id, date=dt.date(2025, 4, 3),
                            hours=Decimal("3.0"), what="夜间巡逻", served=1,
                            entered_at=dt.datetime(2025, 4, 3, 22)))  # fmt: skip
    out = tmp_path / "年度统计.pdf"
    assert main(["print", "yearbook", "--year", "2025", "--out", str(out)]) == 0
    assert "已生成" in capsys.readouterr().out
    text = " ".join(pdftotext(out).split())
    assert "2025年度志愿服务统计" in text and "累计服务时长3小时" in text
    narrowed = tmp_path / "巡逻.pdf"
    args = [
        "print",
        "yearbook",
        "--year",
        "2025",
        "--team",
        "治安巡逻服务队",
        "--out",
        str(narrowed),
    ]
    assert main(args) == 0
    assert "（治安巡逻服务队）" in " ".join(pdftotext(narrowed).split())
    assert main(["print", "yearbook", "--year", "2025", "--team", "没有这个队", "--out",
                 str(narrowed)]) == 1  # fmt: skip
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
