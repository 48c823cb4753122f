"""``backup``, ``verify`` and ``restore``: the USB-stick routine, scriptable."""

from __future__ import annotations

import argparse
import codecs
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hearth_desk.cli.base import Subparsers, Translate, require_store_file
from hearth_desk.cli.output import Output
from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.services.user_files import read_small_file, require_regular_input
from hearth_desk.storage.location import StoreLocation

if TYPE_CHECKING:
    from hearth_desk.services.backup.reader import Manifest


# A passphrase is a line; anything much longer is not the file meant.
PASSPHRASE_FILE_LIMIT = 64 * 1024
# (BOM, codec): the utf-16 codec reads the BOM to learn the byte order and drops it.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text_file(data: bytes) -> str | None:
    """Text as Windows editors save it: UTF-8 with or without BOM, UTF-16 with BOM
    (Notepad's "Unicode"), else GB18030 (a superset of GBK, "ANSI" on Chinese Windows).
    ``None`` when it is none of them."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def read_passphrase_file(path: str) -> str:
    """The passphrase in ``path``: its first line, without the BOM, the line ending and
    the spaces around it, so that what Notepad saved matches what is typed (a
    passphrase that starts or ends with a space must be typed, not read from a file).

    Only a regular file is read, and at most ``PASSPHRASE_FILE_LIMIT`` bytes of it: a
    pipe or a device would never end."""
    try:
        data = read_small_file(Path(path), PASSPHRASE_FILE_LIMIT)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {file} cannot be read: {reason}."),
            file=path,
            reason=error.strerror or str(error),
        ) from None
    text = decode_text_file(data)
    if text is None or "\x00" in text:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The passphrase file {file} is not text in UTF-8, UTF-16 or GB18030; "
                "save it again as UTF-8 text.",
            ),
            file=path,
        )
    lines = text.splitlines()
    passphrase = lines[0].strip() if lines else ""
    if not passphrase:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {file} is empty."), file=path
        )
    return passphrase


def counts_line(counts: dict[str, int], translate: Translate) -> str:
    from hearth_desk.services.backup.reader import counts_text

    return counts_text(counts, translate)


def _add_passphrase_file(parser: argparse.ArgumentParser, translate: Translate) -> None:
    file = translate("Cli", "FILE")
    parser.add_argument(
        "--passphrase-file",
        metavar=file,
        help=translate(
            "Cli",
            "read the passphrase from the first line of {file} (UTF-8, UTF-16 or GB18030; "
            "spaces around it are ignored)",
        ).format(file=file),
    )


class BackupCommand:
    name = "backup"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "write a verified backup into a folder or USB stick")
        )
        parser.add_argument(
            "--to",
            required=True,
            metavar=translate("Cli", "FOLDER"),
            help=translate("Cli", "the folder (e.g. the USB stick) to write the backup into"),
        )
        group = parser.add_mutually_exclusive_group()
        file = translate("Cli", "FILE")  # the help names the metavar in the user's words
        group.add_argument(
            "--passphrase-file",
            metavar=file,
            help=translate(
                "Cli",
                "encrypt with the passphrase on the first line of {file} (UTF-8, UTF-16 or "
                "GB18030; spaces around it are ignored)",
            ).format(file=file),
        )
        group.add_argument(
            "--no-encrypt",
            action="store_true",
            help=translate("Cli", "write the backup without encryption"),
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.backup.auto import record_external_backup
        from hearth_desk.services.backup.writer import write_backup
        from hearth_desk.services.progress import Progress
        from hearth_desk.storage.store import open_store

        if args.no_encrypt:
            passphrase = None
        elif args.passphrase_file:
            passphrase = read_passphrase_file(args.passphrase_file)
        else:
            passphrase = _ask_new_passphrase(out)
        require_store_file(location)
        # A backup only reads: it works beside an open window, like check.
        with open_store(location, lock=False, upgrade=False) as store:
            result = write_backup(
                store, Path(args.to), passphrase=passphrase, progress=Progress(out.progress)
            )
        record_external_backup(location.data_dir, result.path)
        out.line(str(result.path))
        return 0


class VerifyCommand:
    name = "verify"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name, help=translate("Cli", "check a backup completely and say what is inside")
        )
        parser.add_argument("file", metavar=translate("Cli", "FILE"))
        _add_passphrase_file(parser, translate)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.backup.reader import verify_in_data_folder

        require_regular_input(Path(args.file))
        passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
        path = Path(args.file)
        # Unpacked in the data folder's private work area, never the system's temporary one.
        manifest = verify_in_data_folder(path, passphrase, location.data_dir)
        describe_backup(out, path, manifest)
        return 0


def describe_backup(out: Output, path: Path, manifest: Manifest) -> None:
    translate = out.translate
    intact = translate("Cli", "The backup is complete and intact: {file}")
    out.line(intact.format(file=path.name))
    out.line(translate("Cli", "Community: {community}").format(community=manifest.community))
    out.line(translate("Cli", "Made: {time}").format(time=manifest.created_at.replace("T", " ")))
    version = translate("Cli", "Program version {version}, schema {schema}, encrypted: {encrypted}")
    yes, no = translate("Cli", "yes"), translate("Cli", "no")
    out.line(
        version.format(
            version=manifest.program_version,
            schema=manifest.schema,
            encrypted=yes if manifest.encrypted else no,
        )
    )
    contents = counts_line(manifest.counts, translate)
    out.line(translate("Cli", "Contents: {counts}").format(counts=contents))


class RestoreCommand:
    name = "restore"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate("Cli", "replace the store with a backup (a safety copy is kept)"),
        )
        parser.add_argument("file", metavar=translate("Cli", "FILE"))
        _add_passphrase_file(parser, translate)
        parser.add_argument(
            "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
        )

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.backup.restore import preview_restore, restore_backup
        from hearth_desk.services.progress import Progress
        from hearth_desk.storage.store import open_store

        require_regular_input(Path(args.file))
        passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
        # Restoring needs the store to itself: the folder lock keeps the window out.
        with open_store(location) as store:
            preview = preview_restore(store, Path(args.file), passphrase)
            manifest = preview.manifest
            out.line(
                out.translate("Cli", "Backup of {time}: {counts}").format(
                    time=manifest.created_at.replace("T", " "),
                    counts=counts_line(manifest.counts, out.translate),
                )
            )
            out.line(
                out.translate("Cli", "Current store: {counts}").format(
                    counts=counts_line(preview.current_counts, out.translate)
                )
            )
            if not args.yes and not _confirm(out):
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Restore not confirmed; nothing was changed.")
                )
            result = restore_backup(store, Path(args.file), passphrase, Progress(out.progress))
        out.line(
            out.translate("Cli", "Restored. The store as it was before is kept in {file}.").format(
                file=result.safety_backup
            )
        )
        return 0


def _confirm(out: Output) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Add --yes to restore without a question (no terminal to ask in)."
            )
        )
    answer = input(out.translate("Cli", "Replace the current store with this backup? [y/N] "))
    return answer.strip().lower() in ("y", "yes", "是")


def _ask_new_passphrase(out: Output) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "A backup is encrypted unless --no-encrypt is given; "
                "give the passphrase with --passphrase-file.",
            )
        )
    first = getpass.getpass(out.translate("Cli", "Passphrase for the backup: "))
    second = getpass.getpass(out.translate("Cli", "The same passphrase again: "))
    if not first or first != second:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The two passphrases differ or are empty."))
    return first
