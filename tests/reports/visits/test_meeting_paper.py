"""The minutes and the sign-in sheet of a joint meeting: the title with the community,
who came for each party, the matters with decisions, the carried-over ones marked,
room to sign; on the sheet one block per party with rows to fill in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.visits.meeting_signin import render_meeting_signin
from hearth_desk.reports.visits.minutes import render_minutes
from hearth_desk.services.visits.meeting_printouts import MeetingPaper
from hearth_desk.services.visits.meetings import MatterLine, MeetingDetail
from tests.reports.pdf_reading import pdftotext

translate = load_catalogue("zh_CN").translate


def report(text: str) -> str:
    """A printed phrase in Chinese once the catalogue has it, English until then."""
    return translate("Report", text)


PAPER = MeetingPaper(
    heading="北京市东城区和平里街道和平里社区",
    community="和平里社区",
    meeting=MeetingDetail(
        id=3,
        date=dt.date(2026, 9, 20),
        place="社区二楼会议室",
        convenor="李书记",
        recorder="王网格",
        notes="下次会议请物业带维保合同",
        attendees={
            "party_branch": ("李书记",),
            "residents_committee": ("张三", "刘主任"),
            "owners_committee": (),
            "property_company": ("赵经理",),
            "resident_representatives": ("孙大爷",),
        },
        matters=(
            MatterLine(
                11,
                1,
                "停车难",
                None,
                None,
                2,
                "物业划线增加车位",
                "物业公司",
                dt.date(2026, 10, 10),
                False,
            ),
            MatterLine(12, 2, "楼道灯不亮", 7, "in_progress", None, "", "", None, False),
        ),
    ),
    today=dt.date(2026, 9, 21),
)


def test_the_minutes(tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    result = render_minutes(out, PAPER, translate)
    assert result.pages == 1 and not result.missing
    text = pdftotext(out)
    flat = "".join(text.split())
    for expected in (
        report("{community} joint meeting minutes").format(community="和平里社区"),
        "2026年9月20日",
        "社区二楼会议室",
        "居委会",
        "张三、刘主任",
        "物业划线增加车位",
        "2026年10月10日",
        report("carried over from #{number}").format(number=2),
        report("request #{number} ({status})").format(number=7, status="办理中"),
        "下次会议请物业带维保合同",
        report("Signatures of the parties present:"),
    ):
        assert "".join(expected.split()) in flat, expected
    # The matter raised anew is not marked as carried over.
    assert flat.count("".join(report("carried over from #{number}").format(number=2).split())) == 1


def test_the_sign_in_sheet(tmp_path: Path) -> None:
    out = tmp_path / "signin.pdf"
    result = render_meeting_signin(out, PAPER, translate)
    assert result.pages >= 1 and not result.missing
    flat = "".join(pdftotext(out).split())
    for party in ("社区党组织", "居委会", "业委会", "物业公司", "居民代表"):
        assert party in flat
    assert flat.count("".join(report("Unit / role").split())) == 5  # one block each
    assert "刘主任" in flat and "签名" in flat
