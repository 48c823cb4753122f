"""The windowed program (连心台.exe): the same entry as ``hearth-desk``, without a console.

A program without a console has nowhere to print: PyInstaller gives it no stdout or
stderr, and a message such as "already running on this data folder" or "Sorry,
something went wrong" would vanish, and a crash with it. So this entry catches what
the command line would have printed and shows it in a message box, and any exception
that escapes is logged to the data folder's log and answered with the apology. It
never ends silently.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable, Sequence

from hearth_desk.cli.main import EXIT_USER_ERROR, main
from hearth_desk.i18n.catalogue import load_catalogue
from hearth_desk.i18n.languages import command_line_language
from hearth_desk.logs import LOG_FILE_NAME, configure_logging
from hearth_desk.storage.location import default_data_dir, resolve_location

log = logging.getLogger(__name__)

Tell = Callable[[str], None]  # shows one message to the user


def run_windowed(argv: Sequence[str] | None = None, tell: Tell | None = None) -> int:
    """Run the program; whatever it would have printed as an error is shown in a box."""
    tell = tell or _message_box
    captured = io.StringIO()
    if sys.stdout is None:  # a windowed bundle: no console at all
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    real_stderr, sys.stderr = sys.stderr, captured
    try:
        code = main(argv)
    except Exception:
        log_path = _log_anywhere()
        log.exception("the windowed program stopped")
        tell(_apology(log_path))
        return EXIT_USER_ERROR
    finally:
        sys.stderr = real_stderr
    said = captured.getvalue().strip()
    if code != 0 and said:
        tell(said)
    return code


def _log_anywhere() -> str:
    """The log, set up now if the failure came before the program set it up itself."""
    root = logging.getLogger()
    for handler in root.handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            return str(filename)
    try:
        log_dir = resolve_location().log_dir  # HEARTH_DESK_DATA_DIR, else the default
    except Exception:
        log_dir = default_data_dir() / "logs"
    try:
        return str(configure_logging(log_dir))
    except OSError:
        return str(log_dir / LOG_FILE_NAME)


def _apology(log_path: str) -> str:
    translate = load_catalogue(command_line_language()).translate
    return translate(
        "Cli", "Sorry, something went wrong inside Hearth Desk. The details are in {log}."
    ).format(log=log_path)


def _message_box(text: str) -> None:
    """A plain message box, whether or not the window got as far as opening."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(["连心台"])
    QMessageBox.warning(None, "连心台", text)
