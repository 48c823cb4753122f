"""Checking a backup completely, and unpacking its snapshot to restore it.

Verification goes all the way: the container and its header, every chunk's
authentication, the manifest, the snapshot's size and SHA-256, SQLite's
``integrity_check``, the schema revision (a newer one is refused) and the row
counts against the manifest. Each failure has its own message, so the office knows
whether the file is not a backup at all, is damaged, needs another passphrase, or
needs a newer program. Every field is checked for its type before it is used, so
a crafted file is "damaged", never an internal error.

The unpacked snapshot is the whole store in plain text: it is written only into the
data folder's private work area (``workspace``), never the system's temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy.exc import DBAPIError

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.messages import Message
from hearth_desk.services.backup import container
from hearth_desk.services.backup.fault_injection import pause_for_fault
from hearth_desk.services.backup.parts import sweep_parts
from hearth_desk.services.backup.snapshot import describe_file
from hearth_desk.services.backup.workspace import run_folder
from hearth_desk.services.progress import Progress
from hearth_desk.storage import migrate
from hearth_desk.storage.private_files import create_private, private_dir

MANIFEST_KIND = "hearth-desk-backup"
# Ours are well under 4 KiB; a crafted length must not make us buffer the payload.
MAX_MANIFEST = 256 * 1024
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
AREA_CONTEXT = "Backup"


# How many of each a backup or the store holds, as a user counts them (住户 40 户,
# 居民 99 人): never a table's name. Residents are every record, as the command line
# counts them, moved-out and deceased ones too. ``COUNT_OTHERS`` sums any table a
# newer program added that this one has no word for.
COUNT_WORDS = {
    "community": QT_TRANSLATE_NOOP("Backup", "communities {n}"),
    "grid_node": QT_TRANSLATE_NOOP("Backup", "compounds, buildings and units {n}"),
    "household": QT_TRANSLATE_NOOP("Backup", "households {n}"),
    "resident": QT_TRANSLATE_NOOP(
        "Backup", "residents {n} (every record, moved out and deceased too)"
    ),
    "care_tag": QT_TRANSLATE_NOOP("Backup", "care tags {n}"),
    "resident_care_tag": QT_TRANSLATE_NOOP("Backup", "care tags given to residents {n}"),
    "change_record": QT_TRANSLATE_NOOP("Backup", "change records {n}"),
    "party_organisation": QT_TRANSLATE_NOOP("Backup", "party organisations {n}"),
    "service_team": QT_TRANSLATE_NOOP("Backup", "service teams {n}"),
    "member": QT_TRANSLATE_NOOP("Backup", "members and volunteers {n}"),
    "team_membership": QT_TRANSLATE_NOOP("Backup", "places in service teams {n}"),
    "partner_unit": QT_TRANSLATE_NOOP("Backup", "partner units {n}"),
    "event": QT_TRANSLATE_NOOP("Backup", "events {n}"),
    "event_stall": QT_TRANSLATE_NOOP("Backup", "stalls at events {n}"),
    "event_signup": QT_TRANSLATE_NOOP("Backup", "sign-ups {n}"),
    "stall_service": QT_TRANSLATE_NOOP("Backup", "services counted at stalls {n}"),
    "event_helper": QT_TRANSLATE_NOOP("Backup", "helpers at events {n}"),
    "service_record": QT_TRANSLATE_NOOP("Backup", "volunteer service records {n}"),
    "certificate": QT_TRANSLATE_NOOP("Backup", "certificates issued {n}"),
    "certificate_print": QT_TRANSLATE_NOOP("Backup", "printings of certificates {n}"),
    "certificate_settings": QT_TRANSLATE_NOOP("Backup", "settings for certificates {n}"),
    "staff": QT_TRANSLATE_NOOP("Backup", "people of the office {n}"),
    "staff_grid": QT_TRANSLATE_NOOP("Backup", "grid nodes looked after {n}"),
    "visit_settings": QT_TRANSLATE_NOOP("Backup", "settings for visits and requests {n}"),
    "visit_rule": QT_TRANSLATE_NOOP("Backup", "visiting intervals by care tag {n}"),
    "visit": QT_TRANSLATE_NOOP("Backup", "door-to-door visits {n}"),
    "visit_visitor": QT_TRANSLATE_NOOP("Backup", "visitors on visits {n}"),
    "request": QT_TRANSLATE_NOOP("Backup", "requests and problems {n}"),
    "request_step": QT_TRANSLATE_NOOP("Backup", "steps taken on requests {n}"),
    "thanks": QT_TRANSLATE_NOOP("Backup", "banners and letters of praise {n}"),
    "meeting": QT_TRANSLATE_NOOP("Backup", "joint meetings {n}"),
    "meeting_attendee": QT_TRANSLATE_NOOP("Backup", "people at joint meetings {n}"),
    "meeting_matter": QT_TRANSLATE_NOOP("Backup", "matters on meetings' agendas {n}"),
    "class_term": QT_TRANSLATE_NOOP("Backup", "terms of the elderly university {n}"),
    "class_closure": QT_TRANSLATE_NOOP("Backup", "days without lessons {n}"),
    "course": QT_TRANSLATE_NOOP("Backup", "classes of the elderly university {n}"),
    "course_slot": QT_TRANSLATE_NOOP("Backup", "weekly lesson times {n}"),
    "course_session": QT_TRANSLATE_NOOP("Backup", "lessons in timetables {n}"),
    "class_attendance": QT_TRANSLATE_NOOP("Backup", "attendances at lessons {n}"),
}
COUNT_OTHERS = QT_TRANSLATE_NOOP("Backup", "other records {n}")


def count_parts(counts: dict[str, int], translate: Any) -> list[tuple[str, str]]:
    """住户 40000 户, 居民 99913 人（…）, …: a store's or manifest's counts for people to
    read, each with its table ("" for the other records), in one order whichever side
    they come from (a manifest's are sorted by name)."""
    parts = [
        (table, translate(AREA_CONTEXT, words).format(n=counts[table]))
        for table, words in COUNT_WORDS.items()
        if table in counts
    ]
    others = sum(
        count
        for table, count in counts.items()
        if table not in COUNT_WORDS and table != "alembic_version"
    )
    if others:
        parts.append(("", translate(AREA_CONTEXT, COUNT_OTHERS).format(n=others)))
    return parts


def counts_text(counts: dict[str, int], translate: Any) -> str:
    """``count_parts`` on one line, as the restore confirmation and ``verify`` show them."""
    return "，".join(text for _table, text in count_parts(counts, translate))


@dataclass(frozen=True)
class Manifest:
    program_version: str
    schema: str
    created_at: str  # ISO 8601, local time
    community: str
    counts: dict[str, int]
    snapshot_sha256: str
    snapshot_size: int
    source: str  # sqlite or postgresql
    encrypted: bool

    def to_json(self) -> bytes:
        data: dict[str, Any] = {"kind": MANIFEST_KIND, **self.__dict__}
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, encrypted: bool) -> Manifest:
        """The manifest, or ``ValueError`` for anything not shaped as ours writes it."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except RecursionError:
            raise ValueError("nested too deeply") from None
        if not isinstance(data, dict) or data.pop("kind", None) != MANIFEST_KIND:
            raise ValueError("not a manifest")
        texts = ("program_version", "schema", "created_at", "community", "source")
        if not all(isinstance(data.get(name), str) for name in texts):
            raise ValueError("manifest text field")
        counts, size = data.get("counts"), data.get("snapshot_size")
        if not isinstance(counts, dict) or not all(
            isinstance(table, str) and _is_count(count) for table, count in counts.items()
        ):
            raise ValueError("manifest counts")
        if not _is_count(size) or not isinstance(data.get("snapshot_sha256"), str):
            raise ValueError("manifest snapshot")
        if not _SHA256_HEX.fullmatch(data["snapshot_sha256"]):
            raise ValueError("manifest hash")
        data["encrypted"] = encrypted
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class BackupUnreadable(UserError):
    """A backup that cannot be used; ``reason`` is one of the REASONS."""

    def __init__(self, reason: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.reason = reason


# Where a backup is damaged, in words for people ("chunk 0" read as English in the
# middle of a Chinese sentence); parts are counted from 1, as people count.
_DAMAGE_WORDS = {
    "header": QT_TRANSLATE_NOOP("UserError", "its header"),
    "truncated": QT_TRANSLATE_NOOP("UserError", "it ends too early"),
    "trailing bytes": QT_TRANSLATE_NOOP("UserError", "extra bytes at its end"),
}


@dataclass(frozen=True)
class DamageWhere(Message):
    """Where a backup is damaged, as a message inside the "damaged" message."""

    context: ClassVar[str] = "UserError"
    message: str
    params: dict[str, Any] = field(default_factory=dict)


def damage_detail(detail: str) -> Any:
    """``chunk 0`` → part 1, ``header`` → its header: words the edges translate."""
    if detail.startswith("chunk ") and detail[6:].isdigit():
        return DamageWhere(
            QT_TRANSLATE_NOOP("UserError", "part {number}"), {"number": int(detail[6:]) + 1}
        )
    return DamageWhere(_DAMAGE_WORDS[detail]) if detail in _DAMAGE_WORDS else detail


def _fail(reason: str, path: Path, detail: Any = "") -> BackupUnreadable:
    messages = {
        "not_ours": QT_TRANSLATE_NOOP("UserError", "{file} is not a Hearth Desk backup."),
        "damaged": QT_TRANSLATE_NOOP(
            "UserError",
            "The backup {file} is damaged (cut off or altered: {detail}); it cannot be used.",
        ),
        "wrong_passphrase": QT_TRANSLATE_NOOP(
            "UserError", "The passphrase for the backup {file} is wrong."
        ),
        "needs_passphrase": QT_TRANSLATE_NOOP(
            "UserError", "The backup {file} is encrypted; a passphrase is needed."
        ),
        "newer": QT_TRANSLATE_NOOP(
            "UserError",
            "The backup {file} was made by a newer version of Hearth Desk ({detail}); "
            "install the newer version to use it.",
        ),
    }
    return BackupUnreadable(reason, messages[reason], file=path.name, detail=detail)


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    manifest: Manifest
    snapshot: Path | None  # the unpacked SQLite file, when asked for


def read_manifest_and_snapshot(
    path: Path,
    passphrase: str | None,
    snapshot_out: Path,
    progress: Progress | None = None,
) -> Manifest:
    """Unpack ``path`` into ``snapshot_out``, checking every chunk and the hash."""
    progress = progress or Progress.silent()
    total = max(path.stat().st_size, 1)
    try:
        with path.open("rb") as source:
            header = container.read_header(source)
            digest = hashlib.sha256()
            manifest: Manifest | None = None
            pending = b""
            written = 0
            with os.fdopen(create_private(snapshot_out, exclusive=False), "wb") as out:
                for chunk in container.read_chunks(source, header, passphrase):
                    progress.report(source.tell(), total, _VERIFYING)
                    if manifest is None:
                        pending += chunk
                        if len(pending) < 4:
                            continue
                        (size,) = struct.unpack(">I", pending[:4])
                        if size > MAX_MANIFEST:
                            raise _fail("damaged", path, "manifest")
                        if len(pending) < 4 + size:
                            continue
                        try:
                            manifest = Manifest.from_json(pending[4 : 4 + size], header.encrypted)
                        except ValueError:
                            raise _fail("damaged", path, "manifest") from None
                        chunk = pending[4 + size :]
                    digest.update(chunk)
                    out.write(chunk)
                    written += len(chunk)
    except container.NotOurs:
        raise _fail("not_ours", path) from None
    except container.Damaged as damage:
        raise _fail("damaged", path, damage_detail(str(damage))) from None
    except container.WrongPassphrase:
        raise _fail("wrong_passphrase", path) from None
    except container.NeedsPassphrase:
        raise _fail("needs_passphrase", path) from None
    except container.NewerFormat:
        raise _fail("newer", path, "format") from None
    if manifest is None:
        raise _fail("damaged", path, "manifest")
    if written != manifest.snapshot_size or digest.hexdigest() != manifest.snapshot_sha256:
        raise _fail("damaged", path, "SHA-256")
    return manifest


_VERIFYING = QT_TRANSLATE_NOOP("Progress", "Checking the backup…")


def check_snapshot(path: Path, snapshot: Path, manifest: Manifest) -> None:
    """SQLite's own check, the schema revision, and the counts the manifest promised."""
    if manifest.schema not in migrate.known_revisions():
        raise _fail("newer", path, f"schema {manifest.schema}")
    connection = sqlite3.connect(snapshot)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        raise _fail("damaged", path, "SQLite") from None
    finally:
        connection.close()
    if result != [("ok",)]:
        raise _fail("damaged", path, "SQLite integrity_check")
    try:
        revision, counts, _community = describe_file(snapshot)
    except DBAPIError:  # sound SQLite, but not tables of ours: a crafted payload
        raise _fail("damaged", path, "SQLite tables") from None
    if revision != manifest.schema or counts != manifest.counts:
        raise _fail("damaged", path, "row counts")


def verify_backup(
    path: Path,
    passphrase: str | None,
    work_dir: Path,
    *,
    keep_snapshot: bool = False,
    progress: Progress | None = None,
) -> VerifiedBackup:
    """Check ``path`` completely; with ``keep_snapshot`` the unpacked store is kept in
    ``work_dir`` for a restore (the caller removes it)."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no file {file}."), file=str(path))
    snapshot = private_dir(work_dir) / f"{path.name}.verify.sqlite3"
    try:
        manifest = read_manifest_and_snapshot(path, passphrase, snapshot, progress)
        pause_for_fault("verify-unpacked")
        check_snapshot(path, snapshot, manifest)
    except BaseException:
        snapshot.unlink(missing_ok=True)
        raise
    if not keep_snapshot:
        snapshot.unlink(missing_ok=True)
        return VerifiedBackup(path, manifest, None)
    return VerifiedBackup(path, manifest, snapshot)


def verify_in_data_folder(
    path: Path, passphrase: str | None, data_dir: Path, progress: Progress | None = None
) -> Manifest:
    """Check ``path`` completely, unpacking it into a run folder of ``data_dir``'s private
    work area; first remove what killed backups left beside it."""
    sweep_parts(path.parent)
    with run_folder(data_dir, "verify") as work:
        return verify_backup(path, passphrase, work, progress=progress).manifest
