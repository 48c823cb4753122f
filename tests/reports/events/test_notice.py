"""The notice for the board: what it says, on A4 or A3, and a QR code that dials the
contact's number; no contact, no code."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from hearth_desk.domain.models import EventKind, EventStatus
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.events.notice import render_notice
from hearth_desk.services.events.printouts import EventHeader, NoticeData, StallLine
from tests.reports.pdf_reading import pdftotext
from tests.support.event_printouts import scanned

translate = load_catalogue("zh_CN").translate
NOTICE = NoticeData(
    event=EventHeader(
        "北京市东城区和平里街道和平里社区",
        "和平里社区",
        12,
        "12月便民服务日",
        EventKind.SERVICE_DAY.value,
        dt.date(2026, 12, 5),
        "14:00–16:30",
        "社区广场",
        EventStatus.PLANNED.value,
        dt.date(2026, 11, 29),
    ),
    stalls=(
        StallLine("和平里社区卫生服务中心", "测血压血糖"),
        StallLine("家电维修服务队", "家电维修"),
    ),
    capacity=30,
    deadline=dt.date(2026, 12, 3),
    notice="请携带医保卡。",
    contact_name="刘主任",
    contact_phone="13912345678",
)


@pytest.mark.parametrize(("size", "width_mm"), [("A4", 210), ("A3", 297)])
def test_the_notice_says_it_all_on_its_paper(tmp_path: Path, size: str, width_mm: int) -> None:
    out = tmp_path / "通知.pdf"
    result = render_notice(out, NOTICE, translate, size=size)
    assert result.pages == 1 and result.missing == []
    text = pdftotext(out)
    for said in (
        "12月便民服务日",
        "14:00–16:30",
        "社区广场",
        "和平里社区卫生服务中心 — 测血压血糖",
        "家电维修服务队 — 家电维修",
        "请携带医保卡。",
        "刘主任",
        "13912345678",
        "30",
        "和平里社区",
    ):
        assert said in text, said
    width = float(PdfReader(out).pages[0].mediabox.width)
    assert round(width / 72 * 25.4) == width_mm


def test_the_qr_code_dials_the_contact(tmp_path: Path) -> None:
    out = tmp_path / "通知.pdf"
    render_notice(out, NOTICE, translate)
    assert scanned(out, tmp_path) == ["QR-Code:tel:13912345678"]


def test_no_contact_no_code(tmp_path: Path) -> None:
    out = tmp_path / "通知.pdf"
    render_notice(out, replace(NOTICE, contact_name="", contact_phone=""), translate)
    assert scanned(out, tmp_path) == []
    assert "刘主任" not in pdftotext(out)


def test_a_long_notice_shrinks_to_fit_one_sheet(tmp_path: Path) -> None:
    out = tmp_path / "通知.pdf"
    long = replace(NOTICE, notice="\n".join(f"第{n}条：请按时到场。" for n in range(40)))
    result = render_notice(out, long, translate)
    assert result.pages == 1
    text = pdftotext(out)
    assert "第39条" in text and "13912345678" in text


def test_only_a4_or_a3(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_notice(tmp_path / "x.pdf", NOTICE, translate, size="A2")
