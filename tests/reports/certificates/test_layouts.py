"""The certificates laid out from plain data: one per page, records portrait with the
full ID number, honours landscape, the notice with masked numbers; no store needed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.certificates.issued import render_issued
from hearth_desk.reports.certificates.publicity import render_publicity
from hearth_desk.services.certificates.issuing import IssuedBatch, IssuedCertificate
from hearth_desk.services.certificates.publicity import PublicityData, PublicityRow
from tests.reports.pdf_reading import pdftotext
from tests.support.certificate_factories import volunteer_id

ZH_CN = load_catalogue("zh_CN").translate
ID = volunteer_id(3)


def certificate(name: str, sequence: int, kind: str = "record") -> IssuedCertificate:
    word = "志证" if kind == "record" else "荣证"
    return IssuedCertificate(
        number=f"和平里{word}〔2026〕第{sequence:04d}号",
        kind=kind,
        person_name=name,
        id_type="居民身份证",
        id_number=ID,
        period_start=dt.date(2026, 3, 5),
        period_end=dt.date(2026, 11, 20),
        hours=Decimal("36.5"),
        content="共参加志愿服务42次，主要有：环境整治（12次）、便民服务日（5次）、" * 2,
        issuer="和平里社区居民委员会",
        issued_on=dt.date(2026, 12, 1),
        reprint=False,
    )


def batch(kind: str, *names: str) -> IssuedBatch:
    return IssuedBatch(
        kind=kind,
        year=2026,
        heading="北京市东城区和平里街道和平里社区",
        person_in_charge="张建国",
        handler="李敏",
        contact_phone="010-64271234",
        certificates=tuple(certificate(n, i + 1, kind) for i, n in enumerate(names)),
    )


def test_records_one_portrait_page_each_with_the_full_id_number(tmp_path: Path) -> None:
    out = tmp_path / "records.pdf"
    result = render_issued(out, batch("record", "王芳", "李强", "王𠮷"), ZH_CN)
    pages = PdfReader(out).pages
    assert result.pages == len(pages) == 3
    assert all(page.mediabox.height > page.mediabox.width for page in pages)
    text = pdftotext(out)
    for expected in ("和平里志证〔2026〕第0003号", ID, "张建国", "李敏", "010-64271234", "36.5"):
        assert expected in text
    assert result.missing == []


def test_honours_landscape_with_the_text_and_number(tmp_path: Path) -> None:
    out = tmp_path / "honours.pdf"
    render_issued(out, batch("honour", "王芳"), ZH_CN)
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = pdftotext(out)
    assert "和平里荣证〔2026〕第0001号" in text and "和平里社区居民委员会" in text


def test_the_notice_masks_and_lists_every_row(tmp_path: Path) -> None:
    rows = tuple(
        PublicityRow(
            f"和平里志证〔2026〕第{n:04d}号",
            "record",
            f"志愿者{n}",
            "110101**********34",
            dt.date(2026, 1, 5),
            dt.date(2026, 12, 5),
            Decimal("12.0"),
        )
        for n in range(1, 61)
    )
    notice = (dt.date(2026, 12, 1), dt.date(2026, 12, 7))
    heading = "北京市东城区和平里街道和平里社区"
    data = PublicityData(
        2026, heading, "和平里社区居民委员会", "李敏", "010-64271234", *notice, rows
    )
    out = tmp_path / "notice.pdf"
    result = render_publicity(out, data, ZH_CN)
    text = pdftotext(out)
    assert result.pages >= 2 and "第0060号" in text and "110101**********34" in text
    assert "010-64271234" in text
