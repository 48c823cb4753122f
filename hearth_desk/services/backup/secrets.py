"""Remembering the backup passphrase, only in the operating system's credential store.

On Windows that is the Credential Manager (through ``keyring``); where no secure
store exists (a bare Linux box), remembering is refused rather than falling back to
a file: the passphrase is never stored in plain text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

SERVICE = "HearthDesk backup"
log = logging.getLogger(__name__)


def _system_backend() -> Any:
    """keyring's choice for this machine (WinVaultKeyring on Windows), or None when
    keyring is not installed. Imported late: the command line never needs it."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring.get_keyring()


# The seam: tests put a stand-in Credential Manager here; the real one stays the default.
get_backend: Callable[[], Any] = _system_backend


def _keyring() -> Any:
    """The credential store to use, or None where the only one would keep the
    passphrase in a readable file (keyrings.alt's plaintext) or refuse everything."""
    backend = get_backend()
    if backend is None or _insecure(backend):
        return None
    return backend


def _insecure(backend: object) -> bool:
    """Refused: keyring's "fail" and "null" backends (the second says it stored what it
    threw away) and any that writes the passphrase in plain text."""
    from keyring.backends import fail, null

    return (
        isinstance(backend, fail.Keyring | null.Keyring)
        or "plaintext" in type(backend).__name__.lower()
    )


def can_remember() -> bool:
    return _keyring() is not None


def remember(community: str, passphrase: str) -> bool:
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, community, passphrase)
    except Exception:  # a locked or broken credential store: just don't remember
        log.warning("could not store the backup passphrase", exc_info=False)
        return False
    return True


def recall(community: str) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(SERVICE, community)
    except Exception:
        return None


def forget(community: str) -> None:
    store = _keyring()
    if store is None:
        return
    try:
        store.delete_password(SERVICE, community)
    except Exception:
        pass
