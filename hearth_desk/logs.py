"""The program's log: a rotating file in the data folder that never holds personal numbers.

Bugs are logged with their tracebacks so that office IT can send them to us; a
traceback can carry an ID or phone number in an exception message or a local
value, so every formatted record passes through ``redact`` on its way to disk.

Even redacted, a log names residents, so its folder is the user's alone (0700 on POSIX)
and its files too (0600), as ``storage/private_files`` makes every private file; this
bottom-layer module cannot import that one, so it sets the same modes itself.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_FILE_NAME = "hearth-desk.log"
BACKUP_COUNT = 5
_DIR_MODE, _FILE_MODE = 0o700, 0o600

# 18-character ID numbers (last may be X), old 15-digit ones, mobiles and landlines.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)")


def redact(text: str) -> str:
    """Replace anything shaped like an ID or phone number with a marker."""
    text = _ID_NUMBER.sub("[身份证号已隐去]", text)
    text = _MOBILE.sub("[电话已隐去]", text)
    return _LANDLINE.sub("[电话已隐去]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Opens (and after each rotation reopens) its file private from the first byte."""

    def _open(self):  # type: ignore[no-untyped-def]
        # O_BINARY: on Windows the text layer above translates line endings, not the fd.
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        descriptor = os.open(self.baseFilename, flags, _FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def _keep_private(log_dir: Path, path: Path) -> None:
    """Files and folder an older version left readable by others: best effort."""
    if os.name != "posix":
        return
    rotated = [path.with_name(f"{path.name}.{n}") for n in range(1, BACKUP_COUNT + 1)]
    for item, mode in [(log_dir, _DIR_MODE), (path, _FILE_MODE)] + [
        (r, _FILE_MODE) for r in rotated
    ]:
        with contextlib.suppress(OSError):
            if item.exists() and not item.is_symlink():
                os.chmod(item, mode)


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``log_dir``; returns the file's path.

    Falls back to stderr-only logging when the folder cannot be written, because a
    broken log must never stop the office from working.
    """
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hearth_desk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        _keep_private(log_dir, path)
        handler: logging.Handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.ERROR)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._hearth_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
