"""The default data folder on Windows (%LOCALAPPDATA%), computed on any OS with the
platform, environment and the shell's answer faked; Linux's stays platformdirs'."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import pytest

from hearth_desk.storage import location
from hearth_desk.storage.location import default_data_dir, resolve_location, windows_data_dir

LOCAL = r"C:\Users\x\AppData\Local"


def no_shell() -> str:
    raise OSError("SHGetKnownFolderPath is not here")


def shell_says(folder: str):  # type: ignore[no-untyped-def]
    return lambda: folder


def test_windows_uses_localappdata() -> None:
    found = default_data_dir("win32", {"LOCALAPPDATA": LOCAL}, no_shell)
    assert PureWindowsPath(str(found)) == PureWindowsPath(LOCAL, "HearthDesk")


def test_localappdata_wins_over_the_shell() -> None:
    found = windows_data_dir({"LOCALAPPDATA": LOCAL}, shell_says(r"D:\Elsewhere"))
    assert found == PureWindowsPath(r"C:\Users\x\AppData\Local\HearthDesk")


@pytest.mark.parametrize("value", [None, "", "  ", r"relative\Local"])
def test_without_a_usable_localappdata_the_shell_is_asked(value: str | None) -> None:
    environ = {} if value is None else {"LOCALAPPDATA": value}
    found = windows_data_dir(environ, shell_says(r"\\office\profiles\x\Local"))
    assert found == PureWindowsPath(r"\\office\profiles\x\Local\HearthDesk")


def test_without_localappdata_or_shell_the_profile_is_used() -> None:
    found = windows_data_dir({"USERPROFILE": r"C:\Users\x"}, no_shell)
    assert found == PureWindowsPath(LOCAL, "HearthDesk")


@pytest.mark.parametrize(
    "failure",
    [
        ValueError("Unset environment variable: LOCALAPPDATA"),  # platformdirs, no ctypes
        NotImplementedError(),  # platformdirs' ctypes lookup off Windows
        OSError("SHGetKnownFolderPath failed"),
    ],
)
def test_a_shell_that_gives_up_counts_as_no_answer(failure: Exception) -> None:
    def unset() -> str:
        raise failure

    found = windows_data_dir({"USERPROFILE": r"C:\Users\x"}, unset)
    assert found == PureWindowsPath(LOCAL, "HearthDesk")


def test_linux_keeps_the_platformdirs_folder() -> None:
    expected = platformdirs.user_data_path("HearthDesk", appauthor=False, roaming=False)
    assert default_data_dir("linux", {"LOCALAPPDATA": LOCAL}, no_shell) == expected


def test_the_data_dir_option_and_environment_still_win_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(location.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", LOCAL)
    monkeypatch.delenv("HEARTH_DESK_DATA_DIR", raising=False)
    # On Linux a Windows path is one odd relative name; on Windows it is the folder.
    assert resolve_location().data_dir.name == str(PureWindowsPath(LOCAL, "HearthDesk"))
    monkeypatch.setenv("HEARTH_DESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_location().data_dir == tmp_path / "env"
    assert resolve_location(tmp_path / "flag").data_dir == tmp_path / "flag"
