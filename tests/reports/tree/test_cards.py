"""Contact cards on paper: ten 90×54 mm cards to an A4 sheet, crop marks only in the
margins, every text extractable (a rare name too), and QR codes that decode back into
the member's contact."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports.kit.qr import qr_modules
from hearth_desk.reports.tree.cards import (
    BOTTOM,
    CARD_HEIGHT,
    CARD_WIDTH,
    COLUMNS,
    LEFT,
    ROWS,
    card_origins,
    crop_marks,
    render_cards,
)
from hearth_desk.reports.tree.vcard import vcard
from hearth_desk.services.tree.printouts import CardsData, ContactCard, TeamPlace
from tests.reports.pdf_reading import fonts, page_texts, pdftotext

translate = load_catalogue("zh_CN").translate
RARE = "王𠮷"


def card(name: str, phone: str = "13812345678", *teams: str) -> ContactCard:
    places = tuple(TeamPlace(team, "member", f"{team}的承诺") for team in teams or ("巡逻队",))
    return ContactCard(name=name, work_unit="和平里医院", phone=phone, places=places)


def cards(count: int) -> CardsData:
    members = [card(f"成员{number:02d}", f"139{number:08d}") for number in range(1, count + 1)]
    members[0] = card(RARE, "13900001111", "环境整治服务队", "治安巡逻服务队")
    return CardsData("北京市东城区和平里街道和平里社区", "和平里社区党总支", tuple(members))


def test_ten_cards_to_a_sheet_all_text_extractable(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = render_cards(out, cards(23), translate)
    assert result.pages == 3 and not result.missing
    texts = page_texts(out)
    assert len(texts) == 3
    counted = [sum(f"成员{n:02d}" in text for n in range(2, 24)) for text in texts]
    assert counted == [9, 10, 3]  # the rare name is the tenth card of the first sheet
    whole = pdftotext(out)
    assert RARE in whole  # one word when copied, not 王 and 𠮷 apart
    assert "环境整治服务队" in whole and "治安巡逻服务队" in whole
    assert "和平里社区" in whole and "139 0000 1111" in whole
    assert all(font.embedded and font.subset for font in fonts(out))
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox[2:])
    assert (round(width / mm), round(height / mm)) == (210, 297)


def test_the_cards_are_90_by_54_and_fill_the_sheet_in_two_columns_of_five() -> None:
    origins = card_origins(10)
    assert len({x for x, _y in origins}) == COLUMNS and len({y for _x, y in origins}) == ROWS
    assert (round(CARD_WIDTH / mm), round(CARD_HEIGHT / mm)) == (90, 54)
    assert min(x for x, _ in origins) == LEFT and min(y for _, y in origins) == BOTTOM
    assert LEFT >= 10 * mm and BOTTOM >= 10 * mm  # inside what an office printer prints


def _inside(x: float, y: float, origin: tuple[float, float]) -> bool:
    return origin[0] <= x <= origin[0] + CARD_WIDTH and origin[1] <= y <= origin[1] + CARD_HEIGHT


@pytest.mark.parametrize("count", [10, 3])
def test_crop_marks_lie_outside_every_card(count: int) -> None:
    origins = card_origins(count)
    marks = crop_marks(-(-count // COLUMNS))
    for x1, y1, x2, y2 in marks:
        for step in range(11):
            x, y = x1 + (x2 - x1) * step / 10, y1 + (y2 - y1) * step / 10
            assert not any(_inside(x, y, origin) for origin in origins)
    # every cut line has a mark at both of its ends
    cuts_x = {LEFT + c * CARD_WIDTH for c in range(COLUMNS + 1)}
    assert {x1 for x1, _y1, x2, _y2 in marks if x1 == x2} == cuts_x


def test_on_the_page_the_marks_are_in_the_margin_and_no_ink_touches_the_cards_edges(
    tmp_path: Path,
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = tmp_path / "cards.pdf"
    render_cards(out, cards(10), translate)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", str(out), str(tmp_path / "p")], check=True
    )
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    scale = 150 / 72
    height = page.height

    def ink(x: float, y: float) -> bool:
        """Any dark pixel within one of (x, y): a hairline is anti-aliased grey."""
        column, row = round(x * scale), round(height - y * scale)
        around = [page.getpixel((column + dx, row + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        return min(around) < 160

    top = BOTTOM + ROWS * CARD_HEIGHT
    for column in range(COLUMNS + 1):
        x = LEFT + column * CARD_WIDTH
        assert ink(x, top + 6 * mm) and ink(x, BOTTOM - 6 * mm)  # the marks
        assert not ink(x, top + 1 * mm) and not ink(x, BOTTOM - 1 * mm)  # a gap before them
    for row in range(ROWS + 1):
        y = BOTTOM + row * CARD_HEIGHT
        assert ink(LEFT - 6 * mm, y) and ink(LEFT + COLUMNS * CARD_WIDTH + 6 * mm, y)
        assert not ink(LEFT - 1 * mm, y)


def test_a_vcard_names_the_person_phone_and_organisation() -> None:
    text = vcard("欧阳娜娜", "13812345678", "和平里社区党总支", "理发服务队;便民")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    assert "N:欧阳;娜娜;;;\r\n" in text and "FN:欧阳娜娜\r\n" in text
    assert "TEL;TYPE=CELL:13812345678\r\n" in text
    assert "ORG:和平里社区党总支;理发服务队\\;便民\r\n" in text


def test_a_qr_code_is_square_and_grows_with_its_data() -> None:
    small, large = qr_modules("A"), qr_modules(vcard(RARE * 10, "13812345678", "党总支" * 10))
    assert len(small) == len(small[0]) == 21
    assert len(large) > len(small) and len(large) == len(large[0])


def test_the_qr_codes_decode_into_the_members_contacts(tmp_path: Path) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed: QR codes not decoded")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = tmp_path / "cards.pdf"
    render_cards(out, cards(4), translate)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(out), str(tmp_path / "p")], check=True)
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(next(tmp_path.glob("p*.png")))],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    assert decoded.count("BEGIN:VCARD") == 4
    assert f"FN:{RARE}\r\n" in decoded and "N:王;𠮷;;;" in decoded
    assert "TEL;TYPE=CELL:13900001111" in decoded
    assert "ORG:和平里社区党总支;环境整治服务队、治安巡逻服务队" in decoded
    assert "FN:成员04" in decoded and "TEL;TYPE=CELL:13900000004" in decoded


def test_no_members_is_one_page_that_says_so(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = render_cards(out, CardsData("和平里社区", "", ()), translate)
    assert result.pages == 1 and len(PdfReader(out).pages) == 1
    assert "和平里社区" in pdftotext(out)
    assert translate("Report", "No members to print.") in pdftotext(out)
