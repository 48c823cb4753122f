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

MAGIC = b"HDBAK1\r\n"  # \r\n: a copy mangled by a text-mode transfer is caught at once
FORMAT = 1
CHUNK_SIZE = 1 << 20
LAST = 0x8000_0000
MAX_HEADER = 64 * 1024
# scrypt cost: ~0.1 s and 32 MiB on an old office PC; a stolen stick's passphrase
# then costs an attacker the same per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_DIGEST = 32
_TAG = 16


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
    fields = json.loads(raw)
    if fields.get("format", 0) > FORMAT:
        raise NewerFormat()
    return Header(bool(fields.get("encrypted")), raw, digest, fields)


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
    limit = header.fields.get("chunk_size", CHUNK_SIZE) + _DIGEST + _TAG
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
