"""Remembering the backup passphrase, only in the operating system's credential store.

On Windows that is the Credential Manager (through ``keyring``); where no secure
store exists (a bare Linux box), remembering is refused rather than falling back to
a file: the passphrase is never stored in plain text.
"""

from __future__ import annotations

import logging

SERVICE = "HearthDesk backup"
log = logging.getLogger(__name__)


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "plaintext" in type(backend).__name__.lower():
        return None
    return keyring


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
