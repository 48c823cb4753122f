"""``print certificates``, ``print publicity`` and ``certificates list|export|void|settings``:
what is printed is what is registered, all or nothing (the numbers on both databases
are tested in tests/services/certificates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from hearth_desk.domain.masking import mask_id_number
from hearth_desk.domain.models import Certificate, CertificatePrint
from hearth_desk.storage.location import StoreLocation, resolve_location
from hearth_desk.storage.store import open_store
from tests.reports.pdf_reading import pdftotext
from tests.support.certificate_factories import volunteer_id, volunteers
from tests.support.cli_runs import one_problem, run, told

NUMBER_1 = "和平里志证〔2026〕第0001号"


@pytest.fixture
def location(isolated_user_folders: Path) -> StoreLocation:
    """Where the command line keeps its store (SQLite in the user's folder)."""
    return resolve_location(isolated_user_folders)


@pytest.fixture
def cli(location: StoreLocation) -> list[str]:
    """Two volunteers who served in 2026 (李强 and 王芳); the options that point the
    command line at the store (none: it is the user's)."""
    with open_store(location) as opened, opened.transaction() as session:
        volunteers(session, ["王芳", "李强"])
    return []


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    """A folder for what is printed, apart from the store's."""
    folder = tmp_path / "papers"
    folder.mkdir()
    return folder


def registered(location: StoreLocation) -> tuple[int, int]:
    with open_store(location) as opened, opened.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Certificate)) or 0,
            session.scalar(select(func.count()).select_from(CertificatePrint)) or 0,
        )


def test_print_certificates_registers_what_it_prints_and_reprints_the_same_numbers(
    cli: list[str], location: StoreLocation, capsys: pytest.CaptureFixture[str], papers: Path
) -> None:
    out = papers / "证明.pdf"
    code, stdout, err = run(
        capsys, *cli, "print", "certificates", "--year", "2026", "--out", str(out)
    )
    assert (code, err) == (0, "") and str(out) in stdout
    content = pdftotext(out)
    assert NUMBER_1 in content and volunteer_id(1) in content and "王芳" in content
    assert registered(location) == (2, 2)
    assert [p.name for p in papers.iterdir()] == ["证明.pdf"]  # no temporary left
    code, _stdout, _err = run(capsys, *cli, "print", "certificates", "--year", "2026",
                              "--member", "王芳", "--out", str(out))  # fmt: skip
    assert code == 0 and registered(location) == (2, 3)
    assert "和平里志证〔2026〕第0002号" in pdftotext(out)
    honours = papers / "荣誉.pdf"
    honour = ("--kind", "honour", "--min-hours", "7", "--out", str(honours))
    code, _stdout, _err = run(capsys, *cli, "print", "certificates", "--year", "2026", *honour)
    assert code == 0 and "和平里荣证〔2026〕第0001号" in pdftotext(honours)


def test_a_pdf_that_cannot_be_written_registers_nothing(
    cli: list[str], location: StoreLocation, capsys: pytest.CaptureFixture[str], papers: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    blocker = papers / "a file"
    blocker.write_text("")
    one_problem(capsys, *cli, "print", "certificates", "--year", "2026",
                "--out", str(blocker / "证明.pdf"))  # fmt: skip
    assert registered(location) == (0, 0)

    # Failing half way through the layout: the transaction is rolled back, and no
    # temporary file is left beside the target.
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hearth_desk.reports.certificates.record.draw_record", fail)
    monkeypatch.setattr("hearth_desk.reports.certificates.common.Canvas.showPage", fail)
    out = papers / "证明.pdf"
    line = one_problem(capsys, *cli, "print", "certificates", "--year", "2026", "--out", str(out))
    assert "No space left" in line or "空间" in line
    assert registered(location) == (0, 0)
    assert not out.exists() and sorted(p.name for p in papers.iterdir()) == ["a file"]


def test_a_member_without_an_id_number_stops_the_batch_unless_skipped(
    location: StoreLocation, capsys: pytest.CaptureFixture[str], papers: Path
) -> None:
    with open_store(location) as opened, opened.transaction() as session:
        volunteers(session, ["王芳"])
        volunteers(session, ["钱七"], with_ids=False)
    cli: list[str] = []
    out = papers / "证明.pdf"
    line = one_problem(capsys, *cli, "print", "certificates", "--year", "2026", "--out", str(out))
    assert "钱七" in line and not out.exists() and registered(location) == (0, 0)
    code, stdout, _err = run(capsys, *cli, "print", "certificates", "--year", "2026",
                             "--skip-missing-id", "--out", str(out))  # fmt: skip
    assert code == 0 and "钱七" in stdout and registered(location) == (1, 1)


def test_list_export_void_and_the_notice(
    cli: list[str], location: StoreLocation, capsys: pytest.CaptureFixture[str], papers: Path
) -> None:
    run(capsys, *cli, "print", "certificates", "--year", "2026", "--out", str(papers / "c.pdf"))
    code, stdout, _err = run(capsys, *cli, "certificates", "list", "--year", "2026")
    assert code == 0 and NUMBER_1 in stdout
    assert mask_id_number(volunteer_id(1)) in stdout and volunteer_id(1) not in stdout
    sheet = papers / "登记簿.xlsx"
    assert run(capsys, *cli, "certificates", "export", str(sheet), "--full-id")[0] == 0
    rows = list(load_workbook(sheet).active.iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == NUMBER_1 and rows[0][3] == volunteer_id(1) and rows[0][9] == 0
    code, _stdout, _err = run(capsys, *cli, "certificates", "void", NUMBER_1, "--reason", "错印")
    assert code == 0
    again = one_problem(capsys, *cli, "certificates", "void", NUMBER_1, "--reason", "错印")
    assert NUMBER_1 in again
    assert one_problem(capsys, *cli, "certificates", "void", "无此号", "--reason", "x") == told(
        "No certificate is numbered “{number}”.", number="无此号"
    )
    notice = papers / "公示.pdf"
    code, _stdout, _err = run(capsys, *cli, "print", "publicity", "--year", "2026",
                              "--out", str(notice))  # fmt: skip
    content = pdftotext(notice)
    assert code == 0 and "和平里志证〔2026〕第0002号" in content and NUMBER_1 not in content
    assert volunteer_id(0) not in content and mask_id_number(volunteer_id(0)) in content


def test_settings_shown_set_and_checked(
    cli: list[str], capsys: pytest.CaptureFixture[str], papers: Path
) -> None:
    code, stdout, _err = run(capsys, *cli, "certificates", "settings", "--handler", "李敏",
                             "--short-name", "洪山")  # fmt: skip
    assert code == 0 and "李敏" in stdout and "洪山志证〔2026〕第0007号" in stdout
    line = one_problem(capsys, *cli, "certificates", "settings", "--number-format", "{short}{序号}")
    assert "{序号}" in line
    out = papers / "c.pdf"
    run(capsys, *cli, "print", "certificates", "--year", "2026", "--out", str(out))
    assert "洪山志证〔2026〕第0001号" in pdftotext(out)


def test_usage_errors(cli: list[str], capsys: pytest.CaptureFixture[str], papers: Path) -> None:
    out = str(papers / "x.pdf")
    with pytest.raises(SystemExit) as exited:
        run(
            capsys,
            *cli,
            "print",
            "certificates",
            "--year",
            "2026",
            "--min-hours",
            "多",
            "--out",
            out,
        )
    assert exited.value.code == 2
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        run(capsys, *cli, "certificates", "void", "X")  # no --reason
    assert exited.value.code == 2
    capsys.readouterr()
    assert "--year" in one_problem(capsys, *cli, "print", "certificates", "--out", out)
    assert "--kind" in one_problem(capsys, *cli, "print", "cards", "--kind", "honour", "--out", out)
    assert "--year" in one_problem(capsys, *cli, "print", "cards", "--year", "2026", "--out", out)
