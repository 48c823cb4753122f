"""Running the command line in-process and checking that a problem is one clean line."""

from __future__ import annotations

from typing import Any

import pytest

from hearth_desk.cli.main import main
from hearth_desk.domain.errors import UserError
from hearth_desk.i18n.catalogue import load_catalogue

ZH_CN = load_catalogue("zh_CN").translate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``hearth-desk ARGV``."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_problem(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The single stderr line of a command that must fail with exit 1 and no traceback."""
    code, _out, err = run(capsys, *argv)
    assert "Traceback" not in err
    assert code == 1, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def told(message: str, **params: Any) -> str:
    """What the command line prints for ``UserError(message, **params)``: its zh_CN
    translation once the catalogue has it, the English source until then."""
    return UserError(message, **params).translated(ZH_CN)
