"""The Windows installer's promises, checked statically so they cannot rot unseen.

Inno Setup's compiler cannot run here (no Windows), so this reads
``packaging/windows/hearth-desk.iss``, its Chinese messages, ``build.ps1`` and the
Windows CI workflow as text and checks what the issue asks of them: a per-user install,
shortcuts named 连心台, a fixed AppId, the version from pyproject.toml, the bundle
as the source, and an uninstaller that keeps the data folder and says where it is.
The icon is opened with Pillow and checked against the script that draws it.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest
from PIL import Image, ImageChops, ImageStat

from hearth_desk.storage import location

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "hearth-desk.iss"
ISL = WINDOWS / "ChineseSimplified.isl"
BUILD_PS1 = WINDOWS / "build.ps1"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
ICONS = ROOT / "resources" / "icons"

# Never changes: a new AppId would make the next installer a second program beside
# the installed one instead of its upgrade.
APP_ID = "{{90D5309C-9672-48EA-902E-3E968B944B56}"
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
UTF8_BOM = b"\xef\xbb\xbf"
CJK = re.compile(r"[\u4e00-\u9fff]")


class InnoScript:
    """The parts of an .iss file the tests look at, after its simple ``#define``s."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.defines = dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))
        self.preprocessor = [
            line.strip() for line in text.splitlines() if line.strip().startswith("#")
        ]
        self.sections: dict[str, list[str]] = {}
        current = ""
        for raw in text.splitlines():
            line = raw.strip()
            if re.fullmatch(r"\[\w+\]", line):
                current = line[1:-1]
                self.sections.setdefault(current, [])
            elif current == "Code":
                self.sections[current].append(raw)
            elif line and not line.startswith((";", "#")) and current:
                self.sections[current].append(self.expand(line))

    def expand(self, value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), value)

    def directives(self, section: str) -> dict[str, str]:
        """``Key=Value`` lines, e.g. of [Setup] or [CustomMessages]."""
        pairs = (line.split("=", 1) for line in self.sections.get(section, []))
        return {key.strip(): value.strip() for key, value in pairs}

    def entries(self, section: str) -> list[dict[str, str]]:
        """``Name: "value"; Flags: a b`` lines, e.g. of [Files] or [Icons]."""
        found = []
        for line in self.sections.get(section, []):
            pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
            found.append({key: value.strip().strip('"') for key, value in pairs})
        return found

    @property
    def code(self) -> str:
        return "\n".join(self.sections.get("Code", []))


@pytest.fixture(scope="module")
def iss() -> InnoScript:
    return InnoScript(ISS.read_text(encoding="utf-8-sig"))


@pytest.fixture(scope="module")
def setup(iss: InnoScript) -> dict[str, str]:
    return iss.directives("Setup")


def beside_script(relative: str) -> Path:
    """Where a path in the .iss points: relative paths start at the script's folder."""
    return (WINDOWS / Path(*PureWindowsPath(relative).parts)).resolve()


def test_it_installs_for_the_user_without_administrator_rights(
    iss: InnoScript, setup: dict[str, str]
) -> None:
    assert setup["PrivilegesRequired"] == "lowest"
    # No dialog that offers an all-users (administrator) install instead.
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    # {autopf} is the per-user %LOCALAPPDATA%\Programs with lowest privileges.
    assert setup["DefaultDirName"] in (r"{autopf}\连心台", r"{localappdata}\Programs\连心台")
    # Nothing written where a user cannot write: no registry outside HKCU, no
    # machine-wide folders.
    registry = [entry["Root"] for entry in iss.entries("Registry")]
    assert all(root in ("HKCU", "HKA") for root in registry)
    assert not re.search(r"HKLM|\{commonpf|\{commonprograms|\{commondesktop|\{sys\}", iss.text)


def test_its_app_id_never_changes_so_a_new_version_upgrades_the_old(
    setup: dict[str, str],
) -> None:
    assert setup["AppId"] == APP_ID
    assert setup.get("UsePreviousAppDir", "yes") == "yes"


def test_the_version_comes_from_the_command_line_define(
    iss: InnoScript, setup: dict[str, str]
) -> None:
    # A missing /DAppVersion stops the compile; no version is ever made up.
    at = iss.preprocessor.index("#ifndef AppVersion")
    assert iss.preprocessor[at + 1].startswith("#error")
    assert "AppVersion" not in iss.defines
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoProductVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#FileVersion}"
    assert setup["OutputBaseFilename"] == "hearth-desk-setup-{#AppVersion}"
    assert setup["VersionInfoProductName"]


def test_it_packs_the_whole_onedir_bundle_and_writes_to_dist_installer(
    iss: InnoScript, setup: dict[str, str]
) -> None:
    bundle = [e for e in iss.entries("Files") if e["Source"].endswith("\\*")]
    assert len(bundle) == 1
    assert beside_script(bundle[0]["Source"][:-2]) == ROOT / "dist" / "hearth-desk"
    assert bundle[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(bundle[0]["Flags"].split())
    assert beside_script(setup["OutputDir"]) == ROOT / "dist" / "installer"
    assert setup["Compression"] == "lzma2/ultra64"
    assert setup["SolidCompression"] == "yes"


def test_start_menu_and_desktop_shortcuts_named_lianxintai_open_the_window(
    iss: InnoScript,
) -> None:
    icons = {e["Name"]: e for e in iss.entries("Icons")}
    assert set(icons) == {r"{autoprograms}\连心台", r"{autodesktop}\连心台"}
    for shortcut in icons.values():
        assert shortcut["Filename"] == r"{app}\连心台.exe"
        assert shortcut["IconFilename"] == r"{app}\hearth-desk.ico"
    # The icon the shortcuts name is installed there.
    installed = [e for e in iss.entries("Files") if e.get("DestDir") == "{app}"]
    assert any(beside_script(e["Source"]) == ICONS / "hearth-desk.ico" for e in installed)
    # The desktop shortcut is a task the user may untick; it is ticked by default.
    (task,) = iss.entries("Tasks")
    assert icons[r"{autodesktop}\连心台"]["Tasks"] == task["Name"]
    assert "unchecked" not in task.get("Flags", "")


def test_the_installer_has_the_program_icon(setup: dict[str, str]) -> None:
    assert beside_script(setup["SetupIconFile"]) == ICONS / "hearth-desk.ico"


def test_the_data_folder_in_the_installer_is_the_one_the_program_uses(
    iss: InnoScript, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: dict[str, object] = {}

    def user_data_path(appname: str, **options: object) -> Path:
        asked.update(appname=appname, **options)
        return Path("unused")

    monkeypatch.setattr(location.platformdirs, "user_data_path", user_data_path)
    location.default_data_dir()
    # On Windows platformdirs puts this at %LOCALAPPDATA%\<appname> (no author level,
    # not roaming): exactly what the uninstaller names.
    assert asked == {"appname": "HearthDesk", "appauthor": False, "roaming": False}
    assert f"{{localappdata}}\\{asked['appname']}" in iss.code


def test_after_uninstalling_it_says_the_data_was_kept_and_where(iss: InnoScript) -> None:
    code = iss.code
    assert "procedure CurUninstallStepChanged" in code
    assert "usPostUninstall" in code
    assert re.search(r"MsgBox\(FmtMessage\(CustomMessage\('DataKeptAfterUninstall'\)", code)
    message = iss.directives("CustomMessages")["chinesesimp.DataKeptAfterUninstall"]
    assert "%1" in message  # the folder, expanded by the [Code] section
    assert "数据仍保留在" in message
    assert "手动删除" in message
    # The confirmation before uninstalling already says the data stays.
    assert "数据" in isl_messages()["ConfirmUninstall"]


def test_the_code_section_has_no_brace_inside_a_brace_comment(iss: InnoScript) -> None:
    """A Pascal ``{ comment }`` ends at its first ``}``: one that mentions an Inno
    constant such as {app} ends early and the rest of it is read as code."""
    state = "code"  # or "string", "brace" (a { comment }), "line" (a // comment)
    code = iss.code
    for at, character in enumerate(code):
        if state == "code":
            if character == "'":
                state = "string"
            elif character == "{":
                state = "brace"
            elif code.startswith("//", at):
                state = "line"
        elif state == "string" and character == "'":
            state = "code"  # a doubled '' ends one string and starts the next
        elif state == "brace":
            assert character != "{", f"a brace inside a brace comment: {code[at - 40 : at + 20]!r}"
            if character == "}":
                state = "code"
        elif state == "line" and character == "\n":
            state = "code"


def test_nothing_deletes_the_data_folder(iss: InnoScript) -> None:
    for section in ("UninstallDelete", "InstallDelete"):
        for entry in iss.entries(section):
            assert entry["Name"].startswith("{app}\\"), entry
            assert not re.search(r"localappdata|HearthDesk|userappdata", entry["Name"], re.I)
    assert not re.search(r"DelTree|DeleteFile|RemoveDir", iss.code, re.IGNORECASE)


def test_an_upgrade_closes_the_running_program_first(setup: dict[str, str]) -> None:
    assert setup["CloseApplications"] == "yes"
    assert "*.exe" in setup["CloseApplicationsFilter"].split(",")


def test_the_installer_speaks_chinese(iss: InnoScript) -> None:
    (language,) = iss.entries("Languages")
    files = language["MessagesFile"].split(",")
    # Our Chinese overlay last, so that it overrides the compiler's English.
    assert files == ["compiler:Default.isl", ISL.name]
    # The welcome page (hidden by default since Inno 6) says it needs no administrator.
    assert iss.directives("Setup")["DisableWelcomePage"] == "no"
    assert "不需要管理员权限" in isl_messages()["WelcomeLabel2"]
    # Both hold Chinese: a BOM keeps any reader from taking them for ANSI.
    assert ISS.read_bytes().startswith(UTF8_BOM)
    assert ISL.read_bytes().startswith(UTF8_BOM)


# The pages and dialogs of a per-user install and uninstall, and the arguments
# each message must keep.
SHOWN = {
    "WelcomeLabel1": ["[name]"],
    "WelcomeLabel2": ["[name/ver]"],
    "WizardSelectDir": [],
    "SelectDirLabel3": ["[name]"],
    "WizardSelectTasks": [],
    "WizardReady": [],
    "ReadyLabel1": ["[name]"],
    "WizardPreparing": [],
    "ApplicationsFound": [],
    "WizardInstalling": [],
    "InstallingLabel": ["[name]"],
    "FinishedHeadingLabel": ["[name]"],
    "FinishedLabel": ["[name]"],
    "ButtonNext": [],
    "ButtonInstall": [],
    "ButtonFinish": [],
    "ButtonCancel": [],
    "ExitSetupMessage": [],
    "ConfirmUninstall": ["%1"],
    "UninstallStatusLabel": ["%1"],
    "UninstalledAll": ["%1"],
    "UninstalledMost": ["%1"],
    "SetupAppRunningError": ["%1"],
    "UninstallAppRunningError": ["%1"],
}


def isl_messages() -> dict[str, str]:
    text = ISL.read_text(encoding="utf-8-sig")
    return dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))


@pytest.mark.parametrize(("key", "arguments"), SHOWN.items())
def test_every_message_of_the_install_and_uninstall_is_in_chinese(
    key: str, arguments: list[str]
) -> None:
    message = isl_messages()[key]
    assert CJK.search(message), message
    for argument in arguments:
        assert argument in message


def test_the_chinese_messages_declare_their_language() -> None:
    messages = isl_messages()
    assert messages["LanguageID"] == "$0804"
    assert messages["LanguageName"] == "简体中文"
    # The custom messages the script uses are there too.
    for key in ("CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"):
        assert CJK.search(messages[key]), key


def load_make_icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "packaging" / "make_icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    with Image.open(ICONS / "hearth-desk.ico") as ico:
        assert ico.format == "ICO"
        assert {width for width, height in ico.info["sizes"] if width == height} >= ICO_SIZES
    with Image.open(ICONS / "hearth-desk.png") as png:
        assert png.format == "PNG"
        assert png.size == (256, 256)
        assert png.mode == "RGBA"


def test_the_committed_icon_is_what_the_script_draws(tmp_path: Path) -> None:
    ico, png = load_make_icon().write(tmp_path)
    for drawn, committed in ((png, ICONS / "hearth-desk.png"), (ico, ICONS / "hearth-desk.ico")):
        for size in (16, 256):
            with Image.open(drawn) as a, Image.open(committed) as b:
                if a.format == "ICO":
                    a.size = b.size = (size, size)
                difference = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
            # Exact on the same Pillow; a little slack for another version's filter.
            assert max(ImageStat.Stat(difference).mean) < 2, (committed.name, size)


def test_the_small_icon_is_still_red_and_brown() -> None:
    """At 16 px the heart and the trunk must survive: party red and brown pixels."""
    with Image.open(ICONS / "hearth-desk.ico") as ico:
        ico.size = (16, 16)
        colours = ico.convert("RGB").getcolors(16 * 16) or []
    reds = sum(n for n, (r, g, b) in colours if r > 150 and g < 80 and b < 80)
    browns = sum(n for n, (r, g, b) in colours if 70 < r < 140 and 40 < g < 100 and b < 90)
    assert reds >= 40
    assert browns >= 4


def test_build_ps1_builds_smoke_tests_and_compiles_with_the_version() -> None:
    script = BUILD_PS1.read_text(encoding="utf-8")
    # Windows PowerShell 5.1 reads a BOM-less script as ANSI: keep it ASCII.
    assert script.isascii()
    # Stop at the first error, set before the first step runs.
    assert script.index("$ErrorActionPreference = 'Stop'") < script.index("Invoke-Step '")
    assert "$LASTEXITCODE -ne 0" in script
    assert "'.[package]'" in script
    build = script.index("'packaging/build.py'")
    smoke = script.index("'packaging/smoke_test.py' 'dist/hearth-desk'")
    compile_ = script.index('"/DAppVersion=$Version"')
    # The installer is only made from a bundle that passed its smoke test.
    assert build < smoke < compile_
    assert "packaging\\windows\\hearth-desk.iss" in script[compile_:]
    assert "tomllib" in script
    for place in (
        "${env:ProgramFiles(x86)} 'Inno Setup 6\\ISCC.exe'",
        "$env:LOCALAPPDATA 'Programs\\Inno Setup 6\\ISCC.exe'",
        "Get-Command 'ISCC.exe'",
    ):
        assert place in script
    assert "dist\\installer\\hearth-desk-setup-$Version.exe" in script


def test_the_package_extra_brings_pyinstaller() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = project["optional-dependencies"]["package"]
    assert any(re.match(r"pyinstaller\b", requirement, re.I) for requirement in extra)


def test_the_windows_workflow_runs_build_ps1_and_keeps_the_installer() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    # Line by line, which needs nothing installed ...
    assert re.search(r"^\s+runs-on: windows-latest$", text, re.MULTILINE)
    assert re.search(r'^\s+python-version: "3\.11"$', text, re.MULTILINE)
    assert re.search(r"^\s+run: choco install innosetup\b", text, re.MULTILINE)
    assert re.search(r"^\s+run: .*-File packaging\\windows\\build\.ps1$", text, re.MULTILINE)
    uploads = re.findall(r"^\s+path: (\S+)$", text, re.MULTILINE)
    assert uploads == ["dist/installer/*.exe", "dist/smoke-test.log"]
    assert "NOT RUN YET" in text
    # ... and, where PyYAML is installed, as the runner will read it.
    try:
        import yaml
    except ImportError:
        return
    job = yaml.safe_load(text)["jobs"]["installer"]
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]

    def given(action: str, key: str) -> list[str]:
        return [step["with"][key] for step in steps if action in step.get("uses", "")]

    assert given("actions/setup-python", "python-version") == ["3.11"]
    assert given("actions/upload-artifact", "path") == uploads
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[-1].endswith(r"-File packaging\windows\build.ps1")
    assert any(run.startswith("choco install innosetup") for run in runs[:-1])


def test_the_readme_says_how_to_build_on_windows_and_that_it_has_not_run() -> None:
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert r"powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1" in readme
    assert r"dist\installer\hearth-desk-setup-<version>.exe" in readme
    assert "have NOT run" in readme
