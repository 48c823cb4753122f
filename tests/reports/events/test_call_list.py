"""The call list: two sections with full numbers and a box to tick; a called-off event
lists everyone instead."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from hearth_desk.domain.models import EventKind, EventStatus, SignupStatus
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.events.call_list import render_call_list
from hearth_desk.services.events.printouts import CallListData, CallRow, EventHeader
from tests.reports.pdf_reading import pdftotext

translate = load_catalogue("zh_CN").translate
HEADER = EventHeader(
    "北京市东城区和平里街道和平里社区",
    "和平里社区",
    7,
    "防诈骗讲座",
    EventKind.TALK.value,
    dt.date(2026, 12, 5),
    "14:00",
    "社区会议室",
    EventStatus.PLANNED.value,
    dt.date(2026, 11, 29),
)
HELD = SignupStatus.SIGNED_UP.value
DATA = CallListData(
    HEADER,
    moved_up=(CallRow("孙奶奶", 86, "13800000004", HELD, False),),
    elderly=(
        CallRow("王大爷", 76, "13800000001", HELD, False),
        CallRow("李阿姨", 60, "010-64210134", SignupStatus.CHECKED_IN.value, False),
    ),
)


def test_full_numbers_in_two_sections(tmp_path: Path) -> None:
    out = tmp_path / "电话通知.pdf"
    result = render_call_list(out, DATA, translate)
    assert result.pages == 1 and result.missing == []
    text = pdftotext(out, layout=True)
    assert "#7 防诈骗讲座" in text and "社区会议室" in text
    assert "13800000004" in text and "13800000001" in text and "010-64210134" in text
    assert "*" not in text  # nothing masked
    assert "已报名" in text and "已签到" in text  # the status in the printout's words
    assert text.index("孙奶奶") < text.index("王大爷")  # moved up first, then the elderly
    assert text.count("□") == 3  # a box to tick per call


def test_an_empty_section_says_so_and_a_called_off_event_lists_everyone(tmp_path: Path) -> None:
    out = tmp_path / "电话通知.pdf"
    render_call_list(out, replace(DATA, moved_up=()), translate)
    text = pdftotext(out)
    assert "王大爷" in text and "孙奶奶" not in text
    assert translate("Report", "Nobody.") in text
    walk_in = CallRow("钱先生", None, "13700000009", SignupStatus.WAITING.value, False)
    render_call_list(out, replace(DATA, everyone=(*DATA.elderly, walk_in)), translate)
    text = pdftotext(out)
    assert "钱先生" in text and "13700000009" in text and "孙奶奶" not in text
