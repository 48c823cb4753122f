"""Opening the file to import and telling what it is: .xlsx, .xls or .csv.

Only a regular file is read: a pipe would block the import forever and a device
would feed it without end, so both are refused before a byte is read (the file is
opened without blocking and checked on the open handle, so it cannot be swapped in
between). At most ``MAX_FILE_BYTES`` are read.

The kind of file is told by its first bytes, never its name: a zip is an .xlsx, an
OLE compound file an old .xls or a workbook encrypted with a password, anything else
is tried as text. Each failure is one ``UserError``.

Cells keep their types (text, int, float, datetime) so that later checks can tell
an ID number Excel stored as a number from one typed as text.
"""

from __future__ import annotations

import os
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.ledger.importing.sheets import (
    MAX_FILE_BYTES,
    RawSheet,
    shown,
    too_big,
)

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip; an empty one


@contextmanager
def read_sheets(path: Path) -> Iterator[Iterator[RawSheet]]:
    """The sheets of the file at ``path`` that the import may read, in workbook order;
    the file stays open (and the workbook's parts readable) inside the ``with``.

    The libraries' warnings (about styles, data validation, dates out of range) are
    silenced inside it: they would go to stderr, and the user can do nothing with them.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _sheets(path) as sheets:
            yield sheets


@contextmanager
def _sheets(path: Path) -> Iterator[Iterator[RawSheet]]:
    with _open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise too_big(path, size, MAX_FILE_BYTES)
        head = handle.read(8)
        handle.seek(0)
        if head.startswith(ZIP_MAGICS):
            from hearth_desk.services.ledger.importing.xlsx import xlsx_sheets

            with xlsx_sheets(handle, path) as sheets:
                yield sheets
            return
        data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:  # it grew while we read
            raise too_big(path, len(data), MAX_FILE_BYTES)
    if head == CFB_MAGIC:
        from hearth_desk.services.ledger.importing.xls import xls_sheets

        with xls_sheets(data, path) as sheets:
            yield sheets
        return
    from hearth_desk.services.ledger.importing.csv_text import text_sheets

    with text_sheets(data, path) as sheets:
        yield sheets


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file; else a ``UserError``."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)  # a FIFO opens at once
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path)
        ) from None
    except IsADirectoryError:
        raise _not_a_file(path) from None
    except (OSError, ValueError) as problem:  # ValueError: a NUL in the name
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=getattr(problem, "strerror", None) or str(problem),
        ) from problem
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise _not_a_file(path)
    return os.fdopen(descriptor, "rb")


def _not_a_file(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not a file but a folder, a device or a pipe; choose the sheet's file.",
        ),
        path=shown(path),
    )
