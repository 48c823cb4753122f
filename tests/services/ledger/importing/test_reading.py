"""Reading hostile and odd files: each is one clear ``UserError`` or reads right.

These do not depend on the database, so they run on SQLite only.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.services.ledger.importing import plan_import
from hearth_desk.services.ledger.importing import sheets as sheets_module
from hearth_desk.services.ledger.importing import xlsx as xlsx_module
from hearth_desk.services.ledger.importing.headers import SCAN_ROWS
from hearth_desk.storage.store import Store
from tests.support import hostile_sheets as hs
from tests.support import messy_sheets as ms


@pytest.fixture
def session(sqlite_store: Store) -> Iterator[Session]:
    with sqlite_store.session() as opened:
        yield opened


def refused(session: Session, path: Path) -> str:
    with pytest.raises(UserError) as raised:
        plan_import(session, path)
    return str(raised.value)


# --- content that fails while it is read ---------------------------------------------------


@pytest.mark.parametrize(
    "maker",
    [hs.with_control_reference, hs.with_uncached_error, hs.with_bad_shared_string],
    ids=["control-reference", "uncached-div0", "bad-shared-string"],
)
def test_a_cell_that_cannot_be_read_names_its_row(session: Session, tmp_path: Path, maker) -> None:  # type: ignore[no-untyped-def]
    message = refused(session, maker(tmp_path / "x.xlsx"))
    assert message.startswith("Row 3 of the sheet “台账” in x.xlsx is damaged")


@pytest.mark.parametrize("seed", range(6))
def test_a_bit_flipped_xls_is_damaged_not_an_internal_error(
    session: Session, tmp_path: Path, seed: int
) -> None:
    message = refused(session, hs.flipped_xls(tmp_path / "x.xls", seed))
    assert "is damaged and cannot be read" in message or "is not a spreadsheet" in message


def test_an_unclosed_quote_in_a_csv_names_the_row_and_the_limit(
    session: Session, tmp_path: Path
) -> None:
    message = refused(session, hs.csv_with_huge_field(tmp_path / "x.csv"))
    assert message.startswith("Row 2 of x.csv has a field longer than 131072 characters")
    assert "quotation mark" in message


# --- the kind of file is told by its content ----------------------------------------------


def test_a_real_xls_named_xlsx_is_read_not_called_encrypted(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(ms.write_xls(tmp_path / "real.xls").read_bytes())
    assert plan_import(session, path).sheet == "花名册"


@pytest.mark.parametrize("suffix", [".xls", ".csv", ".txt", ""])
def test_an_xlsx_under_another_name_is_read(session: Session, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"台账{suffix}"
    path.write_bytes(ms.split_xlsx(tmp_path / "real.xlsx").read_bytes())
    assert plan_import(session, path).new_residents == 3


def test_an_encrypted_workbook_is_still_told_by_its_streams(
    session: Session, tmp_path: Path
) -> None:
    message = refused(session, ms.encrypted_xlsx(tmp_path / "x.xls"))
    assert "protected by a password" in message


# --- which sheet -------------------------------------------------------------------------


@pytest.mark.parametrize("drawing", [False, True])
def test_a_chart_sheet_first_is_passed_over(
    session: Session, tmp_path: Path, drawing: bool
) -> None:
    plan = plan_import(session, hs.chart_sheet_first(tmp_path / "x.xlsx", drawing=drawing))
    assert plan.sheet == "台账" and plan.new_residents == 3


def test_a_hidden_first_sheet_is_not_imported(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, hs.hidden_sheet_first(tmp_path / "x.xlsx"))
    assert plan.sheet == "台账"  # the summary names the sheet read
    assert "隐藏人" not in {row.clean.name for row in plan.rows if row.clean}
    assert plan.new_residents == 3


def test_a_workbook_whose_sheets_are_all_hidden_says_so(session: Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = ms.split_xlsx(tmp_path / "x.xlsx")
    workbook = load_workbook(path)
    workbook.create_sheet("说明")  # openpyxl keeps one sheet visible…
    workbook.active = 1
    workbook["台账"].sheet_state = "hidden"
    workbook.save(path)

    def hide_the_other(parts: dict[str, bytes]) -> None:  # …other programs need not
        hs.replace_part(parts, "xl/workbook.xml", 'state="visible"', 'state="hidden"')

    assert "Every sheet of x.xlsx is hidden" in refused(session, hs.edited(path, hide_the_other))


# --- where the header is ------------------------------------------------------------------


def test_a_header_below_blank_rows_is_found(session: Session, tmp_path: Path) -> None:
    plan = plan_import(session, hs.header_below(tmp_path / "x.xlsx", 45))
    assert plan.header.row == 46 and plan.new_residents == 3


def test_no_header_among_the_rows_with_content_is_said_with_the_rows_looked_at(
    session: Session, tmp_path: Path
) -> None:
    titles = [f"说明第{n}行" for n in range(SCAN_ROWS + 5)]
    path = ms.write_xlsx(tmp_path / "x.xlsx", ms.SPLIT_HEADER, ms.split_rows(), titles=titles)
    message = refused(session, path)
    assert message.startswith("No header row with a column of names (姓名) was found")
    assert f"first {SCAN_ROWS} rows" in message


# --- what is not a regular file --------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_waiting(session: Session, tmp_path: Path) -> None:
    fifo = tmp_path / "台账.xlsx"
    os.mkfifo(fifo)
    told: list[str] = []

    def plan() -> None:
        told.append(refused(session, fifo))

    worker = threading.Thread(target=plan, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # it waits for a writer: give it one, so that the test ends
        with open(fifo, "wb"):
            pass
        worker.join(timeout=5)
        pytest.fail("the import waited on the pipe")
    assert told and "is not a file" in told[0]


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "{folder}"])
def test_a_device_or_a_folder_is_refused(session: Session, tmp_path: Path, target: str) -> None:
    path = Path(target.replace("{folder}", str(tmp_path)))
    if not path.exists():
        pytest.skip(f"no {path} here")
    assert "is not a file but a folder, a device or a pipe" in refused(session, path)


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets_module, "MAX_FILE_BYTES", 2**20)
    monkeypatch.setattr("hearth_desk.services.ledger.importing.reading.MAX_FILE_BYTES", 2**20)
    path = tmp_path / "big.csv"
    path.write_bytes(b"x," * 2**20)
    assert refused(session, path).startswith(
        "big.csv is 2 MB; the import reads files of up to 1 MB"
    )


# --- memory -------------------------------------------------------------------------------


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_entities_that_expand_are_refused_at_once(session: Session, tmp_path: Path) -> None:
    started = time.monotonic()
    assert "is damaged" in refused(session, hs.with_entity_bomb(tmp_path / "x.xlsx"))
    assert time.monotonic() - started < 5


def test_a_gigabyte_of_whitespace_is_refused_before_parsing(
    session: Session, tmp_path: Path
) -> None:
    path = hs.whitespace_bomb(tmp_path / "x.xlsx", mib=1024)
    assert path.stat().st_size < 2 * 2**20
    started = time.monotonic()
    message = refused(session, path)
    assert time.monotonic() - started < 5
    assert message.startswith("x.xlsx would unpack to 1025 MB")
    assert f"up to {xlsx_module.MAX_UNPACKED // 2**20} MB unpacked" in message


def test_a_part_packed_too_tightly_is_refused(session: Session, tmp_path: Path) -> None:
    path = hs.whitespace_bomb(tmp_path / "x.xlsx", mib=64)  # under the size limit
    message = refused(session, path)
    assert message.startswith("x.xlsx is not an ordinary workbook: a part of it unpacks to")
    assert f"stops at {xlsx_module.MAX_RATIO} times" in message


def test_rows_claiming_every_column_are_kept_narrow(session: Session, tmp_path: Path) -> None:
    path = hs.edited(
        ms.split_xlsx(tmp_path / "x.xlsx"),
        lambda parts: hs.replace_part(
            parts, hs.SHEET, '<dimension ref="A1:K5" />', '<dimension ref="A1:XFD1048576" />'
        ),
    )
    plan = plan_import(session, path)
    assert plan.new_residents == 3
    assert max(len(row.cells) for row in plan.rows) <= len(ms.SPLIT_HEADER)
