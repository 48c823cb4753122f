"""``--help``, ``--version`` and usage errors speak the user's language throughout:
no English left in Chinese, the full-width colon after Chinese words, and no stray
line with the subcommands' metavar alone (issue 12, point 13)."""

from __future__ import annotations

import re

import pytest

from hearth_desk import __version__
from hearth_desk.cli.certificates_commands import CERTIFICATE_ACTIONS, KINDS
from hearth_desk.cli.classes_commands import CLASS_ACTIONS, TERM_ACTIONS
from hearth_desk.cli.events_commands import EVENT_ACTIONS
from hearth_desk.cli.main import COMMANDS, main
from hearth_desk.cli.meetings_commands import MEETING_ACTIONS
from hearth_desk.cli.requests_commands import REQUEST_ACTIONS
from hearth_desk.cli.visit_figures_commands import VisitFiguresSubject
from hearth_desk.cli.volunteering_commands import SERVE_ACTIONS
from hearth_desk.domain.messages import Translate
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.reports import catalogue as printouts
from hearth_desk.services.certificates.settings import DEFAULT_NUMBER_FORMAT

CHINESE = ("zh_CN", "zh_TW")
HELP_ARGVS = (
    [["--help"]]
    + [[command.name, "--help"] for command in COMMANDS]
    + [["certificates", action, "--help"] for action in ("list", "export", "void", "settings")]
)

# What the user types or reads as it is: names, choices, formats and examples.
KNOWN_TOKENS = (
    "hearth-desk",
    "postgresql://user@host/db",
    "HEARTH_DESK_DATA_DIR",
    "HEARTH_DESK_DB_URL",
    "HEARTH_DESK_ACTOR",
    "PostgreSQL",
    "SQLite",
    "Excel",
    "UTF-8",
    "UTF-16",
    "GB18030",
    "CSV",
    "csv",
    "xlsx",
    "xls",
    "PDF",
    "pdf",
    "URL",
    "residents",
    "members",
    *printouts.commands(),
    *(command.name for command in COMMANDS),
    *EVENT_ACTIONS,  # hearth-desk event add|list|show|…: command names, like the above
    *CERTIFICATE_ACTIONS,  # hearth-desk certificates list|export|void|settings
    *KINDS,  # print certificates --kind record|honour
    DEFAULT_NUMBER_FORMAT,  # certificates settings --number-format: fields the user types
    *SERVE_ACTIONS,
    "due",  # hearth-desk visit add|due
    *MEETING_ACTIONS,  # hearth-desk meeting add|list|show|decide|settle
    VisitFiguresSubject.name,  # hearth-desk stats visits
    *TERM_ACTIONS,  # hearth-desk term add
    *CLASS_ACTIONS,  # hearth-desk class add|list|show|enrol|drop|sessions|attend
    *REQUEST_ACTIONS,  # hearth-desk request list|show|update|escalate|followup|thanks
)
OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# A half-width colon right after a Chinese character or full-width punctuation.
COLON_AFTER_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]:")


def english_words(text: str, *also_known: str) -> list[str]:
    for token in sorted((*KNOWN_TOKENS, *also_known), key=len, reverse=True):
        text = text.replace(token, " ")
    return ENGLISH_WORD.findall(OPTION.sub(" ", text))


@pytest.fixture(params=CHINESE)
def translate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Translate:
    """The command line set to speak Simplified, then Traditional Chinese; the translate
    function it uses."""
    monkeypatch.setenv("HEARTH_DESK_LANG", request.param)
    return load_catalogue(request.param).translate


def exits(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


def assert_reads_as_chinese(text: str, metavar: str, *also_known: str) -> None:
    assert english_words(text, *also_known) == [], text
    assert COLON_AFTER_CHINESE.search(text) is None, text
    assert metavar not in [line.strip() for line in text.splitlines()], text


@pytest.mark.parametrize("argv", HELP_ARGVS, ids=" ".join)
def test_help_is_chinese_throughout(
    capsys: pytest.CaptureFixture[str], translate: Translate, argv: list[str]
) -> None:
    code, out, err = exits(capsys, argv)
    assert (code, err) == (0, "")
    assert out.startswith(translate("argparse", "usage: ") + "hearth-desk")
    assert_reads_as_chinese(out, translate("Cli", "COMMAND"))


def test_the_top_help_lists_the_commands_under_a_chinese_heading(
    capsys: pytest.CaptureFixture[str], translate: Translate
) -> None:
    _code, out, _err = exits(capsys, ["--help"])
    lines = out.splitlines()
    heading = translate("argparse", "%(heading)s:") % {"heading": translate("Cli", "commands")}
    first = lines.index(heading) + 1
    assert [line.split()[0] for line in lines[first : first + len(COMMANDS)]] == [
        command.name for command in COMMANDS
    ]
    version = next(line for line in lines if line.lstrip().startswith("--version"))
    assert translate("argparse", "show program's version number and exit") in version


def test_version_names_the_program_in_chinese(
    capsys: pytest.CaptureFixture[str], translate: Translate
) -> None:
    code, out, _err = exits(capsys, ["--version"])
    assert code == 0
    assert out == translate("Cli", "Hearth Desk {version}").format(version=__version__) + "\n"
    assert english_words(out) == []


USAGE_ERRORS = [
    ["frob"],
    ["demo", "--seed", "many"],
    ["demo", "--households", "0"],
    ["demo", "--households"],
    ["init"],
    ["check", "extra"],
    ["export", "people", "x.csv"],
    ["restore", "--yes=1", "x.hdbak"],
    ["backup", "--to", "here", "--no-encrypt", "--passphrase-file", "pass.txt"],
]


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=" ".join)
def test_usage_errors_are_chinese_and_exit_2(
    capsys: pytest.CaptureFixture[str], translate: Translate, argv: list[str]
) -> None:
    code, out, err = exits(capsys, argv)
    assert (code, out) == (2, "")
    error = translate("argparse", "%(prog)s: error: %(message)s\n")  # hearth-desk：错误：…
    assert error.split("%(prog)s")[1].split("%(message)s")[0] in err.splitlines()[-1]
    assert_reads_as_chinese(err, translate("Cli", "COMMAND"), *argv)


def test_english_help_keeps_english_headings_and_program_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_DESK_LANG", "en")
    _code, out, _err = exits(capsys, ["--help"])
    assert out.startswith("usage: hearth-desk")
    assert "\noptions:\n" in out and "\ncommands:\n" in out and "：" not in out
    assert "COMMAND" not in [line.strip() for line in out.splitlines()]
    assert "show program's version number and exit" in out
    _code, out, _err = exits(capsys, ["--version"])
    assert out == f"Hearth Desk {__version__}\n"


def test_chinese_help_wraps_between_characters_never_inside_a_word() -> None:
    from hearth_desk.cli.argparse_zh import wrap_lines

    text = (
        "哪份报表：overview（社区概况）、ledger（楼栋台账）、cards（党群连心卡）、roster（花名册）"
    )
    lines = wrap_lines(text, 30)
    assert "".join(lines) == text
    assert all(sum(2 if ord(c) > 0x2E7F else 1 for c in line) <= 30 for line in lines)
    for word in ("overview", "ledger", "cards", "roster"):
        assert any(word in line for line in lines), (word, lines)
