"""Where a store is: a data folder (logs, lock, backups) and a database URL.

By default the SQLite file sits in the user's data folder, which platformdirs knows
for Windows and Linux alike; ``--data-dir`` / ``HEARTH_DESK_DATA_DIR`` pick another
folder and ``--db-url`` / ``HEARTH_DESK_DB_URL`` point at a PostgreSQL server.

What cannot be right is refused here, before anything is created or logged: an empty
``--data-dir`` (it would quietly fall back to the real default folder), a data folder
that is a file, and a URL that is not SQLite's or PostgreSQL's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError

DATA_DIR_ENV = "HEARTH_DESK_DATA_DIR"
DB_URL_ENV = "HEARTH_DESK_DB_URL"
SQLITE_FILE_NAME = "hearth-desk.sqlite3"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
APP_FOLDER = "HearthDesk"


@dataclass(frozen=True)
class StoreLocation:
    data_dir: Path
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    ask_shell: Callable[[], str] | None = None,
) -> Path:
    """The data folder when neither --data-dir nor the environment names one.

    Windows is spelt out (``windows_data_dir``) because the installer's uninstaller
    and the help tell the office where the data is, and that must be the folder the
    program really uses; elsewhere platformdirs knows the conventions (XDG, macOS)."""
    if (platform or sys.platform) == "win32":
        found = windows_data_dir(os.environ if environ is None else environ, ask_shell or _shell)
        return Path(str(found))
    return platformdirs.user_data_path(APP_FOLDER, appauthor=False, roaming=False)


def windows_data_dir(environ: Mapping[str, str], ask_shell: Callable[[], str]) -> PureWindowsPath:
    r"""``%LOCALAPPDATA%\HearthDesk``: local, not roaming, because a SQLite file on a
    roaming profile would be copied to the server at every logoff.

    Windows sets LOCALAPPDATA at logon from the user's known folder; when a launcher
    or scheduled task strips the environment we ask the shell (``ask_shell``) for the
    same folder, and as a last resort build it under USERPROFILE. A relative value
    is ignored: the data would move with the working folder."""
    base = _absolute(environ.get("LOCALAPPDATA"))
    if base is None:
        try:
            base = _absolute(ask_shell())
        except (OSError, ValueError, RuntimeError):  # the shell or platformdirs gave up
            base = None
    if base is None:
        profile = _absolute(environ.get("USERPROFILE")) or PureWindowsPath(Path.home())
        base = profile / "AppData" / "Local"
    return base / APP_FOLDER


def _absolute(value: str | None) -> PureWindowsPath | None:
    """``value`` as a Windows path if it is a full one (drive and root, or a share)."""
    path = PureWindowsPath(value.strip()) if value and value.strip() else None
    return path if path is not None and path.is_absolute() else None


def _shell() -> str:  # pragma: no cover - the real answer needs Windows
    """The shell's Local AppData known folder, as platformdirs asks for it."""
    from platformdirs.windows import get_win_folder

    return get_win_folder("CSIDL_LOCAL_APPDATA")


def resolve_location(
    data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None
) -> StoreLocation:
    """Combine command-line options, environment and defaults, in that order of precedence.

    Raises ``UserError`` for an empty option, a data folder that is a file and a
    database URL we cannot use."""
    for option, value in (("--data-dir", data_dir), ("--db-url", db_url)):
        if value is not None and not str(value).strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "{option} is empty; give a value, or leave the option out."
                ),
                option=option,
            )
    chosen_dir = data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    folder = Path(chosen_dir).expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The data folder {folder} is a file, not a folder; choose a folder with "
                "--data-dir.",
            ),
            folder=str(folder),
        )
    url = db_url or os.environ.get(DB_URL_ENV) or ""
    if not url:
        url = f"sqlite:///{folder / SQLITE_FILE_NAME}"
    elif url.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we ship; plain URLs would ask SQLAlchemy for psycopg2.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    check_url(url)
    return StoreLocation(data_dir=folder, url=url)


def check_url(url: str) -> None:
    """Refuse a URL SQLAlchemy cannot read or a database other than SQLite and PostgreSQL.

    The message never repeats the URL itself: it may hold a password."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database URL is not one Hearth Desk can read; give one like "
                "postgresql://user@host/db, or leave --db-url out to use SQLite in the "
                "data folder.",
            )
        ) from None
    if backend not in SUPPORTED_BACKENDS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Hearth Desk keeps its data in SQLite or PostgreSQL, not “{kind}”; give a "
                "URL like postgresql://user@host/db, or leave --db-url out to use SQLite.",
            ),
            kind=backend,
        )
