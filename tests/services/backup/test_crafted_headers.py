"""Crafted backups: the header's digest is unkeyed, so a forged header passes it. Each
one must be "not a backup" or "damaged", without scrypt's gigabytes,
through verify and restore alike, and never an internal error."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from pathlib import Path

import pytest

from hearth_desk.services.backup import container
from hearth_desk.services.backup.reader import MANIFEST_KIND, BackupUnreadable, verify_backup
from hearth_desk.services.backup.restore import restore_backup
from hearth_desk.storage.store import Store

PASS = "一句长长的口令"
SALT = base64.b64encode(b"s" * 16).decode()
CHECK = base64.b64encode(b"k" * 16).decode()
KDF = {"name": "scrypt", "n": 1 << 15, "r": 8, "p": 1, "salt": SALT}
ENCRYPTED = {"format": 1, "chunk_size": 1 << 20, "encrypted": True, "kdf": KDF, "key_check": CHECK}
PLAIN = {"format": 1, "chunk_size": 1 << 20, "encrypted": False}
ANSWERS = {"not_ours", "damaged"}


def framed(raw: bytes, magic: bytes = container.MAGIC) -> bytes:
    """A header as the format frames it, with a digest that matches (anyone can make one)."""
    head = magic + struct.pack(">I", len(raw)) + raw
    return head + hashlib.sha256(head).digest()


def header(fields: object) -> bytes:
    return framed(json.dumps(fields).encode())


def with_kdf(**changes: object) -> bytes:
    return header({**ENCRYPTED, "kdf": {**KDF, **changes}})


def without(fields: dict, key: str) -> dict:
    return {name: value for name, value in fields.items() if name != key}


def plain_chunk(index: int, plain: bytes, digest: bytes, last: bool = True) -> bytes:
    """A chunk of an unencrypted backup: its hash is unkeyed too."""
    associated = digest + struct.pack(">QB", index, 1 if last else 0)
    body = plain + hashlib.sha256(associated + plain).digest()
    return struct.pack(">I", len(body) | (container.LAST if last else 0)) + body


def with_manifest(manifest: bytes, *, declared: int | None = None) -> bytes:
    """An unencrypted backup whose (validly framed) payload starts with ``manifest``."""
    head = header(PLAIN)
    size = len(manifest) if declared is None else declared
    return head + plain_chunk(0, struct.pack(">I", size) + manifest, head[-32:])


GOOD_MANIFEST = {
    "kind": MANIFEST_KIND,
    "program_version": "0.1.0",
    "schema": "0001",
    "created_at": "2026-11-23T14:15:03",
    "community": "和平里社区",
    "counts": {"household": 1},
    "snapshot_sha256": "0" * 64,
    "snapshot_size": 0,
    "source": "sqlite",
    "encrypted": False,
}

CRAFTED = {
    # the frame
    "empty file": b"",
    "another magic": b"PK\x03\x04" + bytes(60),
    "magic mangled by a text transfer": b"HDBAK1\n\n" + bytes(60),
    "cut off after the magic": container.MAGIC,
    "cut off in the length": container.MAGIC + b"\x00\x00",
    "length of 4 GiB": container.MAGIC + b"\xff\xff\xff\xff" + bytes(64),
    "length past the end": container.MAGIC + struct.pack(">I", 500) + b"{}",
    "digest that does not match": header(PLAIN)[:-1] + b"\x00",
    # not a JSON object
    "not JSON": framed(b"this is not json"),
    "not UTF-8": framed(b'{"format": "\xff\xfe"}'),
    "a JSON list": header([1, 2, 3]),
    "a JSON string": header("HDBAK"),
    "a JSON number": header(1),
    "JSON null": header(None),
    "nested 2,000 deep": framed(b"[" * 2000 + b"]" * 2000),
    "NaN for the format": framed(b'{"format": NaN, "chunk_size": 1048576, "encrypted": false}'),
    # the fields
    "no fields": header({}),
    "no format": header(without(PLAIN, "format")),
    "format as text": header({**PLAIN, "format": "1"}),
    "format true": header({**PLAIN, "format": True}),
    "format 0": header({**PLAIN, "format": 0}),
    "no encrypted flag": header(without(PLAIN, "encrypted")),
    "encrypted as text": header({**PLAIN, "encrypted": "yes"}),
    "an unknown field": header({**PLAIN, "compression": "zstd"}),
    "no chunk size": header(without(PLAIN, "chunk_size")),
    "chunk size 0": header({**PLAIN, "chunk_size": 0}),
    "chunk size negative": header({**PLAIN, "chunk_size": -1}),
    "chunk size 1 TiB": header({**PLAIN, "chunk_size": 1 << 40}),
    "chunk size as text": header({**PLAIN, "chunk_size": "1048576"}),
    "plain with a kdf": header({**PLAIN, "kdf": KDF}),
    # the key derivation
    "no kdf": header(without(ENCRYPTED, "kdf")),
    "kdf null": header({**ENCRYPTED, "kdf": None}),
    "kdf a list": header({**ENCRYPTED, "kdf": [KDF]}),
    "kdf a text": header({**ENCRYPTED, "kdf": "scrypt"}),
    "kdf n = 2^24": with_kdf(n=1 << 24),
    "kdf n = 2^30": with_kdf(n=1 << 30),
    "kdf n = 3": with_kdf(n=3),
    "kdf n = 2^14": with_kdf(n=1 << 14),
    "kdf n as a float": with_kdf(n=32768.0),
    "kdf n as text": with_kdf(n="32768"),
    "kdf n huge": framed(json.dumps(ENCRYPTED).replace("32768", "9" * 4000).encode()),
    "kdf r = 1024": with_kdf(r=1024),
    "kdf p = 64": with_kdf(p=64),
    "kdf r true": with_kdf(r=True),
    "kdf argon2": with_kdf(name="argon2id"),
    "kdf without a name": header({**ENCRYPTED, "kdf": without(KDF, "name")}),
    "kdf without n": header({**ENCRYPTED, "kdf": without(KDF, "n")}),
    "kdf with an extra field": with_kdf(maxmem=1 << 40),
    "salt not base64": with_kdf(salt="not base64!"),
    "salt of 8 bytes": with_kdf(salt=base64.b64encode(b"s" * 8).decode()),
    "salt of 3,000 characters": with_kdf(salt="A" * 3000),
    "salt a number": with_kdf(salt=12),
    "no salt": header({**ENCRYPTED, "kdf": without(KDF, "salt")}),
    "no key check": header(without(ENCRYPTED, "key_check")),
    "key check not base64": header({**ENCRYPTED, "key_check": "not base64!"}),
    "key check with a newline": header({**ENCRYPTED, "key_check": CHECK[:8] + "\n" + CHECK[8:]}),
    "key check of 4 bytes": header({**ENCRYPTED, "key_check": "AAAAAA=="}),
    "key check a list": header({**ENCRYPTED, "key_check": [CHECK]}),
    # a sound header before a crafted manifest (an unencrypted payload's hash is unkeyed)
    "manifest length of 4 GiB": with_manifest(b"{}", declared=0xFFFF_FFF0),
    "manifest not JSON": with_manifest(b"not json"),
    "manifest a list": with_manifest(b"[]"),
    "manifest schema a list": with_manifest(
        json.dumps({**GOOD_MANIFEST, "schema": ["0001"]}).encode()
    ),
    "manifest counts a list": with_manifest(json.dumps({**GOOD_MANIFEST, "counts": [1]}).encode()),
    "manifest size as text": with_manifest(
        json.dumps({**GOOD_MANIFEST, "snapshot_size": "0"}).encode()
    ),
    "manifest without a hash": with_manifest(
        json.dumps(without(GOOD_MANIFEST, "snapshot_sha256")).encode()
    ),
}


@pytest.fixture
def spy_on_scrypt(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cost of every scrypt run: a forged header must never choose it."""
    costs: list[int] = []
    real = container.Scrypt

    def recording(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        costs.append(kwargs["n"])  # type: ignore[arg-type]
        return real(*args, **kwargs)

    monkeypatch.setattr(container, "Scrypt", recording)
    return costs


def crafted_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "连心台备份_和平里社区_20261123-141503.hdbak"
    path.write_bytes(CRAFTED[name])
    return path


def refused(call) -> str:  # type: ignore[no-untyped-def]
    """The reason a call refused the file. Quickness is not timed here (a loaded CI
    machine stalls anything): the scrypt spy shows no forged cost was ever paid."""
    with pytest.raises(BackupUnreadable) as caught:
        call()
    return caught.value.reason


def test_there_are_enough_crafted_headers() -> None:
    assert len(CRAFTED) >= 30


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_verify_refuses_a_crafted_backup(
    tmp_path: Path, spy_on_scrypt: list[int], name: str
) -> None:
    path = crafted_file(tmp_path, name)
    assert refused(lambda: verify_backup(path, PASS, tmp_path / "w")) in ANSWERS
    assert refused(lambda: verify_backup(path, None, tmp_path / "w")) in ANSWERS
    assert spy_on_scrypt == []
    assert list((tmp_path / "w").iterdir()) == []


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_restore_refuses_a_crafted_backup(
    tmp_path: Path, sqlite_store: Store, spy_on_scrypt: list[int], name: str
) -> None:
    path = crafted_file(tmp_path, name)
    assert refused(lambda: restore_backup(sqlite_store, path, PASS)) in ANSWERS
    assert spy_on_scrypt == []
    data_dir = sqlite_store.location.data_dir
    assert not (data_dir / "backups" / "safety").exists()
    assert list((data_dir / "backups" / "work").iterdir()) == []


def test_a_header_as_ours_writes_it_is_still_read(tmp_path: Path, spy_on_scrypt: list[int]) -> None:
    """The checks refuse nothing this program writes: a well-formed header with a key
    check that does not match is a wrong passphrase, as before, at our scrypt cost."""
    path = tmp_path / "x.hdbak"
    path.write_bytes(header(ENCRYPTED) + bytes(100))
    with pytest.raises(BackupUnreadable) as caught:
        verify_backup(path, PASS, tmp_path / "w")
    assert caught.value.reason == "wrong_passphrase"
    assert spy_on_scrypt == [container.SCRYPT_N]
