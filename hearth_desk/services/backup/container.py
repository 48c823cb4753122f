"""The archive format (``.hdbak``): a header, then the payload in authenticated chunks.

    MAGIC (8) | header length (4) | header JSON | SHA-256 of the three before (32)
    chunk*: length (4, top bit set on the last chunk) | body

With a passphrase a body is AES-256-GCM ciphertext and tag; the key comes from
scrypt with the header's random salt, the nonce is the chunk's index, and the
associated data binds the header digest, the index and the last-chunk flag, so a
flipped bit, a reordered, dropped or appended chunk, or a cut-off file are all
caught. Without a passphrase a body is the plain bytes and a SHA-256 over the same
associated data. The header's own digest tells damage from a wrong passphrase: an
intact header whose key check fails means the passphrase is wrong.

That digest is unkeyed, so anyone can write a header that passes it. A header is
therefore read as untrusted input: its shape (keys, types, sizes, base64) is
checked before any of it is used, and only the scrypt cost this program writes is
accepted, so a crafted header cannot make scrypt take minutes and gigabytes; any
other header is ``Damaged``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from hearth_desk.services.backup.file_format import FORMAT, MAGIC

CHUNK_SIZE = 1 << 20
CHUNK_SIZE_LIMIT = 1 << 20  # the largest chunk a header may announce (what we write)
LAST = 0x8000_0000
MAX_HEADER = 4 * 1024  # ours are under 300 bytes
# scrypt cost: ~0.1 s and 32 MiB on an old office PC; a stolen stick's passphrase
# then costs an attacker the same per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_DIGEST = 32
_TAG = 16
_SALT = 16
_KEY_CHECK = 16
_PLAIN_KEYS = {"format", "chunk_size", "encrypted"}
_ENCRYPTED_KEYS = _PLAIN_KEYS | {"kdf", "key_check"}
_KDF = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}


class NotOurs(Exception):
    """Not a Hearth Desk backup at all."""


class Damaged(Exception):
    """A Hearth Desk backup whose bytes were cut off or altered; ``detail`` says where."""


class WrongPassphrase(Exception):
    pass


class NeedsPassphrase(Exception):
    pass


class NewerFormat(Exception):
    """Written by a newer program in a format this one cannot read."""


@dataclass(frozen=True)
class Header:
    encrypted: bool
    raw: bytes  # the header JSON as stored
    digest: bytes  # SHA-256 of magic, length and JSON: bound into every chunk
    fields: dict

    def key(self, passphrase: str) -> bytes:
        kdf = self.fields["kdf"]
        return Scrypt(
            salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]
        ).derive(passphrase.encode("utf-8"))


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, b"hearth-desk key check", hashlib.sha256).digest()[:16]


def _associated(digest: bytes, index: int, last: bool) -> bytes:
    return digest + struct.pack(">QB", index, 1 if last else 0)


class ChunkWriter:
    """Writes the header, then payload bytes as chunks; ``close()`` writes the last chunk."""

    def __init__(self, out: BinaryIO, passphrase: str | None) -> None:
        self._out = out
        fields: dict = {"format": FORMAT, "chunk_size": CHUNK_SIZE, "encrypted": bool(passphrase)}
        self._aead: AESGCM | None = None
        if passphrase:
            salt = os.urandom(16)
            kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                   "salt": base64.b64encode(salt).decode()}  # fmt: skip
            key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
                passphrase.encode("utf-8")
            )
            fields["kdf"] = kdf
            fields["key_check"] = base64.b64encode(_key_check(key)).decode()
            self._aead = AESGCM(key)
        raw = json.dumps(fields, sort_keys=True).encode()
        head = MAGIC + struct.pack(">I", len(raw)) + raw
        self._digest = hashlib.sha256(head).digest()
        out.write(head + self._digest)
        self._buffer = bytearray()
        self._index = 0

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > CHUNK_SIZE:  # keep one back: it may be the last
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, *, last: bool) -> None:
        associated = _associated(self._digest, self._index, last)
        if self._aead is not None:
            body = self._aead.encrypt(self._index.to_bytes(12, "big"), plain, associated)
        else:
            body = plain + hashlib.sha256(associated + plain).digest()
        self._out.write(struct.pack(">I", len(body) | (LAST if last else 0)) + body)
        self._index += 1


def read_header(source: BinaryIO) -> Header:
    magic = source.read(len(MAGIC))
    if magic != MAGIC:
        if magic[:5] == MAGIC[:5]:  # ours, but a newer format or a mangled copy
            if magic[5:6].isdigit() and int(magic[5:6]) > FORMAT:
                raise NewerFormat()
            raise Damaged("header")
        raise NotOurs()
    size_bytes = source.read(4)
    if len(size_bytes) < 4:
        raise Damaged("header")
    (size,) = struct.unpack(">I", size_bytes)
    if size > MAX_HEADER:
        raise Damaged("header")
    raw = source.read(size)
    digest = source.read(_DIGEST)
    if len(raw) < size or len(digest) < _DIGEST:
        raise Damaged("header")
    if hashlib.sha256(magic + size_bytes + raw).digest() != digest:
        raise Damaged("header")
    fields = _parse_fields(raw)
    return Header(fields["encrypted"], raw, digest, fields)


def _parse_fields(raw: bytes) -> dict:
    """The header's fields if they are shaped exactly as this program writes them."""
    try:
        fields = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise Damaged("header") from None
    if not isinstance(fields, dict):
        raise Damaged("header")
    version = fields.get("format")
    if _is_int(version) and version > FORMAT:
        raise NewerFormat()
    encrypted = fields.get("encrypted")
    expected_keys = _ENCRYPTED_KEYS if encrypted is True else _PLAIN_KEYS
    chunk_size = fields.get("chunk_size")
    if (
        not _is_int(version)
        or version != FORMAT
        or not isinstance(encrypted, bool)
        or set(fields) != expected_keys
        or not _is_int(chunk_size)
        or not 0 < chunk_size <= CHUNK_SIZE_LIMIT
    ):
        raise Damaged("header")
    if encrypted and (
        not _kdf_is_ours(fields["kdf"]) or _decoded_size(fields["key_check"]) != _KEY_CHECK
    ):
        raise Damaged("header")
    return fields


def _kdf_is_ours(kdf: object) -> bool:
    """Exactly the scrypt parameters this program writes, and a salt of their size."""
    return (
        isinstance(kdf, dict)
        and set(kdf) == {*_KDF, "salt"}
        and all(_same(kdf[name], value) for name, value in _KDF.items())
        and _decoded_size(kdf["salt"]) == _SALT
    )


def _same(value: object, expected: object) -> bool:
    """Equal and of the same type: JSON's 32768.0 or true is not our 32768 or 1."""
    return type(value) is type(expected) and value == expected


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _decoded_size(value: object) -> int | None:
    """The size of a short text's strict base64 decoding, or None if it is none."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return len(base64.b64decode(value, validate=True))
    except ValueError:
        return None


def read_chunks(source: BinaryIO, header: Header, passphrase: str | None) -> Iterator[bytes]:
    """The payload, chunk by chunk; raises on the first chunk that fails."""
    aead: AESGCM | None = None
    if header.encrypted:
        if not passphrase:
            raise NeedsPassphrase()
        key = header.key(passphrase)
        expected = base64.b64decode(header.fields["key_check"])
        if not hmac.compare_digest(_key_check(key), expected):
            raise WrongPassphrase()
        aead = AESGCM(key)
    index = 0
    limit = header.fields["chunk_size"] + _DIGEST + _TAG
    while True:
        size_bytes = source.read(4)
        if len(size_bytes) < 4:
            raise Damaged("truncated")
        (word,) = struct.unpack(">I", size_bytes)
        last, size = bool(word & LAST), word & ~LAST
        if size > limit:
            raise Damaged(f"chunk {index}")
        body = source.read(size)
        if len(body) < size:
            raise Damaged("truncated")
        associated = _associated(header.digest, index, last)
        if aead is not None:
            try:
                plain = aead.decrypt(index.to_bytes(12, "big"), body, associated)
            except InvalidTag:
                raise Damaged(f"chunk {index}") from None
        else:
            plain, check = body[:-_DIGEST], body[-_DIGEST:]
            if len(body) < _DIGEST or hashlib.sha256(associated + plain).digest() != check:
                raise Damaged(f"chunk {index}")
        yield plain
        index += 1
        if last:
            if source.read(1):
                raise Damaged("trailing bytes")
            return
