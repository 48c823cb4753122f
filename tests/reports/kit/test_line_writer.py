"""Cells written straight into a text object read back as the text they were given,
across font subsets (more than 256 distinct characters) and two faces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from hearth_desk.reports.kit.fonts import KAI, SANS, register
from hearth_desk.reports.kit.line_writer import LineWriter
from tests.reports.pdf_reading import page_texts

# 300 distinct common characters: more than one 256-code subset of the face.
MANY = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 600) if code in register(SANS))[:300]


def test_lines_read_back_across_subsets_and_faces(tmp_path: Path) -> None:
    register(KAI)
    path = tmp_path / "lines.pdf"
    canvas = Canvas(str(path))
    text = canvas.beginText()
    writer = LineWriter(text)
    lines = [MANY[i : i + 30] for i in range(0, len(MANY), 30)] + ["户主", "户主", "王𠮷"]
    y = 800.0
    for line in lines:
        face = KAI if "𠮷" in line else SANS
        writer.line(face.name, 11, 40, y, line)
        y -= 14
    writer.done()
    text.setFont(SANS.name, 11)  # ReportLab's own calls still work after ours
    text.setTextOrigin(40, y)
    text.textOut("完")
    canvas.drawText(text)
    canvas.save()
    extracted = page_texts(path)[0].split("\n")
    assert [line.strip() for line in extracted if line.strip()] == [*lines, "完"]


def test_an_english_report_in_a_fresh_process(tmp_path: Path) -> None:
    """ASCII text takes a short cut past the coverage check; the face must still be
    registered when it is the first text a process draws (English printouts)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from hearth_desk.i18n.catalogue import load_catalogue\n"
        "from hearth_desk.reports.kit.document import Paper, ReportMeta\n"
        "from hearth_desk.reports.kit.table import Column\n"
        "from hearth_desk.reports.kit.table_report import render_table_report\n"
        "render_table_report(Path(sys.argv[1]), ReportMeta('Residents', 'Peace Street',"
        " Paper.A4_PORTRAIT), [Column('Name'), Column('Gender')], [['Wang Fang', 'Female']],"
        " load_catalogue('en').translate, empty_text='none')\n"
    )
    out = tmp_path / "english.pdf"
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, capture_output=True)
    assert "Wang Fang" in page_texts(out)[0]
