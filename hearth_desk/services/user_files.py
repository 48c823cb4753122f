"""Files the user names, on the command line or in a save dialog: read safely, written privately.

**Inputs** must be regular files. A FIFO blocks the reader for ever and a device
(``/dev/zero``) never ends, so anything else is refused before a byte is read, and
small inputs (a passphrase file) are read only up to a bound.

**Outputs** (exports, printouts, the rejected rows of an import) hold names, addresses
and phones, masked or not, so each is written under a temporary name beside the
target, private from its first byte (0600 on POSIX, ``storage/private_files``), and
renamed over the target only when complete: a cancelled or failed write leaves
nothing under the real name. A rename replaces whatever the name points at, so a
symbolic link, a folder or a device is refused instead of being replaced (run as
root, an export once replaced ``/dev/full`` with a regular file): the target must be
a new path or an existing regular file.

This is a shared kit below the features: reports may use it (they may not import
``storage`` themselves; this module is the one place that reaches it for them).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.storage.private_files import create_private

_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_BINARY = getattr(os, "O_BINARY", 0)


def not_a_file(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not an ordinary file (it is a folder, a link, a device or a pipe); "
            "give the name of a file.",
        ),
        path=str(path),
    )


def require_regular_input(path: Path) -> None:
    """Refuse an input that exists but is not a regular file (links to one are fine).

    A missing or unreadable path is left to the caller, which knows how to word it.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise not_a_file(path)


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, refusing one larger than ``limit`` bytes.

    Raises ``UserError`` for a non-regular or too large file and ``OSError`` when it
    cannot be opened or read (the caller words that)."""
    require_regular_input(path)
    descriptor = os.open(path, os.O_RDONLY | _NON_BLOCKING | _BINARY)
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the check
            raise not_a_file(path)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{path} is larger than {limit} KB; it cannot be the file meant here."
            ),
            path=str(path),
            limit=max(1, limit // 1024),
        )
    return data


def check_output_target(path: Path) -> None:
    """Refuse a target that exists and is not a regular file (a link is refused too:
    the rename would replace the link, not write where it points)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable parent: the write itself will say why
    if not stat.S_ISREG(mode):
        raise not_a_file(path)


def temporary_beside(path: Path) -> Path:
    """A new, empty, private file beside the output ``path`` (a refused target raises
    ``UserError``, a folder that cannot be written ``OSError``)."""
    check_output_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    os.close(create_private(temporary))
    return temporary


def put_in_place(temporary: Path, path: Path) -> None:
    """Rename the finished ``temporary`` over ``path``, checking the target once more:
    a long export gives time for a link to be put there."""
    check_output_target(path)
    os.replace(temporary, path)


@contextlib.contextmanager
def replacing(path: Path, cannot_write: Callable[[OSError], UserError]) -> Iterator[Path]:
    """A private temporary file beside ``path`` for the block to fill; renamed over
    ``path`` when the block ends, removed when it fails. ``cannot_write(error)`` words
    an ``OSError`` for the user."""
    try:
        temporary = temporary_beside(path)
    except OSError as error:
        raise cannot_write(error) from error
    try:
        yield temporary
        put_in_place(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise cannot_write(error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
