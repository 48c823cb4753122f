"""The backup passphrase is remembered only in a real credential store: a stand-in
Windows Credential Manager on Linux, and the stores that must be refused."""

from __future__ import annotations

import logging

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError

from hearth_desk.services.backup import secrets

PASSPHRASE = "和平里-备份-口令-7319"


class WinVaultKeyring(KeyringBackend):
    """Keeps credentials in a dict like the Credential Manager keeps them per user.

    It has no ``priority``, so keyring's own discovery never picks it up."""

    def __init__(self) -> None:
        super().__init__()
        self.vault: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.vault.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.vault[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.vault.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class PlaintextKeyring(WinVaultKeyring):
    """Named like keyrings.alt's file store, which keeps passwords readable on disk."""


class LockedVault(WinVaultKeyring):
    """A Credential Manager that refuses to write and, carelessly, repeats the secret."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError(f"CredWrite failed for {password}")


def use(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    monkeypatch.setattr(secrets, "get_backend", lambda: backend)


def test_remember_recall_forget_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    vault = WinVaultKeyring()
    use(monkeypatch, vault)
    assert secrets.can_remember()
    assert secrets.remember("和平里社区", PASSPHRASE)
    assert vault.vault == {(secrets.SERVICE, "和平里社区"): PASSPHRASE}
    assert secrets.recall("和平里社区") == PASSPHRASE
    assert secrets.recall("别的社区") is None
    secrets.forget("和平里社区")
    assert vault.vault == {}
    secrets.forget("和平里社区")  # forgetting twice is not an error
    assert secrets.recall("和平里社区") is None


@pytest.mark.parametrize("backend", [PlaintextKeyring(), fail.Keyring(), null.Keyring(), None])
def test_no_secure_store_means_nothing_is_remembered(
    monkeypatch: pytest.MonkeyPatch, backend: object
) -> None:
    use(monkeypatch, backend)
    assert not secrets.can_remember()
    assert secrets.remember("和平里社区", PASSPHRASE) is False
    assert secrets.recall("和平里社区") is None
    secrets.forget("和平里社区")
    if isinstance(backend, PlaintextKeyring):
        assert backend.vault == {}


def test_a_failing_store_is_logged_without_the_passphrase(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    use(monkeypatch, LockedVault())
    with caplog.at_level(logging.DEBUG):
        assert secrets.remember("和平里社区", PASSPHRASE) is False
    assert "could not store the backup passphrase" in caplog.text
    assert PASSPHRASE not in caplog.text


def test_the_real_store_is_the_default() -> None:
    import keyring

    assert secrets.get_backend is secrets._system_backend
    assert type(secrets.get_backend()) is type(keyring.get_keyring())
