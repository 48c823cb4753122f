"""``hearth-desk tree``: the organisation, its branches with their counts, then each
team on its own line with count and leader; ``--members`` lists people, phones masked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hearth_desk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_tree_prints_organisation_branches_and_teams(
    capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    run(capsys, "init", "--community", "和平里社区", "--street", "和平里街道")
    assert "还是空的" in run(capsys, "tree")
    run(capsys, "demo", "--households", "120", "--replace")
    lines = run(capsys, "tree").splitlines()
    assert lines[0] == "和平里社区党总支　书记：周建华"
    assert [re.sub(r"\d+", "N", line) for line in lines[1:4]] == [
        "  第一党支部　N 人",
        "  第二党支部　N 人",
        "  第三党支部　N 人",
    ]
    teams = lines[4:]
    assert len(teams) == 9
    assert all(re.fullmatch(r"\S+服务队　\d+ 人　队长：\S+", line) for line in teams), teams
    detailed = run(capsys, "tree", "--members").splitlines()
    people = [line for line in detailed if line.startswith("    ")]
    masked = re.compile(r"\S+（(队长|副队长|队员)）(　\S*\*{4}\d{4})?")  # 138****1234, 010-****1234
    assert people and all(masked.fullmatch(p.strip()) for p in people), people[:5]
    assert sum("（队长）" in p for p in people) == 9
