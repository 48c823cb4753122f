"""The kit's bar charts: a round scale, every label and value on the page, and a
character no face has reported with its page rather than dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from hearth_desk.reports.kit.charts import Bar, BarChart, nice_top, plain_number
from hearth_desk.reports.kit.text import MissingLog
from tests.reports.pdf_reading import pdftotext


@pytest.mark.parametrize(
    ("value", "top", "step"),
    [(0, 1, 1), (7, 8, 2), (48, 50, 10), (97, 100, 20), (1234, 1500, 500), (0.4, 0.4, 0.1)],
)
def test_the_scale_ends_on_a_round_number(value: float, top: float, step: float) -> None:
    assert nice_top(value) == pytest.approx((top, step))


def test_plain_numbers() -> None:
    assert (plain_number(12.0), plain_number(12.5)) == ("12", "12.5")


def test_labels_and_values_are_on_the_page(tmp_path: Path) -> None:
    log = MissingLog()
    months = [Bar(f"{m}月", float(v)) for m, v in zip(range(1, 13), [3, 0, 41, 7] * 3, strict=True)]
    people = [Bar("王芳", 48.5), Bar("李强", 31.0), Bar("黄瑜希", 12.0)]
    out = tmp_path / "charts.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build([
        BarChart(months, width=400, height=160, log=log),
        BarChart(people, width=400, height=90, log=log, horizontal=True),
    ])  # fmt: skip
    text = pdftotext(out)
    for expected in ("1月", "12月", "41", "王芳", "48.5", "黄瑜希", "50"):  # 50: the scale's top
        assert expected in text
    assert log.items == []


def test_a_character_no_face_has_is_reported_with_its_page(tmp_path: Path) -> None:
    log = MissingLog()
    out = tmp_path / "missing.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build(
        [BarChart([Bar("王\U0001fae8", 3)], width=300, height=40, log=log, horizontal=True)]
    )
    assert [(item.text, item.page) for item in log.items] == [("王\U0001fae8", 1)]
