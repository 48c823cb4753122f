"""``hearth-desk certificates …``: the register of issued certificates and the issuer's
settings; and the options ``print certificates`` and ``print publicity`` take.

Certificates are issued by printing them (``print certificates``, in print_commands),
so that what is registered is what was printed. Here the register is listed (ID
numbers masked), exported (masked unless --full-id), and a certificate voided; the
settings say who issues and how numbers and honours read.
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from hearth_desk.cli.base import Subparsers, Translate, bounded_int, open_for_reading
from hearth_desk.cli.output import GAP, Output
from hearth_desk.storage.location import StoreLocation

KINDS = ("record", "honour")
CERTIFICATE_ACTIONS = ("list", "export", "void", "settings")
# ``certificates settings`` options → the settings' fields.
SETTING_OPTIONS = {
    "issuer": "issuer",
    "person_in_charge": "person_in_charge",
    "handler": "handler",
    "phone": "contact_phone",
    "short_name": "short_name",
    "number_format": "number_format",
    "honour_template": "honour_template",
}


def hours_type(translate: Translate) -> Any:
    """An argparse type for hours such as 20 or 7.5."""

    def parse(text: str) -> Decimal:
        try:
            value = Decimal(text.strip())
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or value < 0:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a number of hours such as 20 or 7.5, not {value}").format(
                    value=text
                )
            )
        return value

    return parse


def year_type(translate: Translate) -> Any:
    return bounded_int(2000, 2100, translate)


def add_certificate_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """--year, --min-hours, --kind and --skip-missing-id of ``print certificates``
    (``print publicity`` takes --year)."""
    parser.add_argument(
        "--year",
        type=year_type(translate),
        metavar=translate("Cli", "YEAR"),
        help=translate(
            "Cli",
            "certificates and publicity: the year of service, e.g. 2026 "
            "(publicity: this year by default)",
        ),
    )
    parser.add_argument(
        "--min-hours",
        type=hours_type(translate),
        metavar=translate("Cli", "HOURS"),
        help=translate("Cli", "certificates: only those who served at least this many hours"),
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help=translate(
            "Cli",
            "certificates: record (the service record certificate, the default) or honour "
            "(the honour certificate)",
        ),
    )
    parser.add_argument(
        "--skip-missing-id",
        action="store_true",
        help=translate(
            "Cli",
            "certificates: leave out, and name, the members with no ID number instead of "
            "stopping (a record certificate needs one)",
        ),
    )


def issued_lines(batch: Any, translate: Translate) -> list[str]:
    """What ``print certificates`` registered, in a line or three."""
    lines = [
        translate("Cli", "Registered {new} new certificates and {reprints} reprints.").format(
            new=batch.new_count, reprints=batch.reprint_count
        )
    ]
    if batch.skipped:
        lines.append(
            translate("Cli", "Left out for want of an ID number: {names}").format(
                names="、".join(batch.skipped)
            )
        )
    if batch.voided:
        lines.append(
            translate("Cli", "Not printed again, as their certificate was voided: {names}").format(
                names="、".join(batch.voided)
            )
        )
    return lines


class CertificatesCommand:
    name = "certificates"

    def add_parser(self, subparsers: Subparsers, translate: Translate) -> None:
        parser = subparsers.add_parser(
            self.name,
            help=translate(
                "Cli",
                "the register of issued certificates: list, export, void; the issuer's settings",
            ),
        )
        actions = parser.add_subparsers(
            dest="action",
            metavar=translate("Cli", "ACTION"),
            required=True,
            prog=parser.prog,  # argparse would rebuild it from a usage line in Chinese
        )
        year = {
            "type": year_type(translate),
            "metavar": translate("Cli", "YEAR"),
            "help": translate("Cli", "only the certificates numbered in this year"),
        }
        listing = actions.add_parser(
            "list", help=translate("Cli", "list the register, ID numbers partly hidden")
        )
        listing.add_argument("--year", **year)
        listing.add_argument(
            "--search",
            default="",
            metavar=translate("Cli", "TEXT"),
            help=translate("Cli", "only certificates whose name or number contains this"),
        )
        export = actions.add_parser(
            "export", help=translate("Cli", "write the register to an Excel file")
        )
        export.add_argument("out", metavar=translate("Cli", "FILE.xlsx"))
        export.add_argument("--year", **year)
        export.add_argument(
            "--full-id",
            action="store_true",
            help=translate("Cli", "full ID numbers instead of partly hidden ones"),
        )
        void = actions.add_parser(
            "void", help=translate("Cli", "void a certificate; it keeps its number")
        )
        void.add_argument("number", metavar=translate("Cli", "NUMBER"))
        void.add_argument(
            "--reason",
            required=True,
            metavar=translate("Cli", "REASON"),
            help=translate("Cli", "why it is voided"),
        )
        settings = actions.add_parser(
            "settings",
            help=translate("Cli", "show or set who issues certificates and how they read"),
        )
        for option, help_text in (
            ("--issuer", translate("Cli", "the issuing organisation, e.g. 和平里社区居民委员会")),
            ("--person-in-charge", translate("Cli", "the person in charge")),
            ("--handler", translate("Cli", "the handler who issues them")),
            ("--phone", translate("Cli", "the contact phone printed on certificates")),
            ("--short-name", translate("Cli", "the short name that starts a number, e.g. 和平里")),
            (
                "--number-format",
                translate(
                    "Cli", "how a number reads, e.g. {short}{kind}〔{year}〕第{sequence:04d}号"
                ),
            ),
            (
                "--honour-template",
                translate(
                    "Cli", "an honour's text, e.g. 授予 {姓名} 同志 {年度} 年度优秀志愿者称号"
                ),
            ),
        ):
            settings.add_argument(option, metavar=translate("Cli", "TEXT"), help=help_text)

    def run(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        return {
            "list": self._list,
            "export": self._export,
            "void": self._void,
            "settings": self._settings,
        }[args.action](args, location, out)

    def _list(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.domain.models import CertificateKind
        from hearth_desk.services.certificates.register import period_text, register_rows

        translate = out.translate
        kinds = {
            CertificateKind.RECORD.value: translate("Cli", "record"),
            CertificateKind.HONOUR.value: translate("Cli", "honour"),
        }
        with open_for_reading(location) as store, store.session() as session:
            rows = register_rows(session, args.year, args.search)
        for row in rows:
            status = (
                translate("Cli", "voided: {reason}").format(reason=row.void_reason)
                if row.voided
                else ""
            )
            reprints = (
                translate("Cli", "reprinted {count}×").format(count=row.reprints)
                if row.reprints
                else ""
            )
            parts = (
                row.number,
                kinds[row.kind],
                row.person_name,
                row.id_number,
                period_text(row.period_start, row.period_end),
                translate("Cli", "{hours} h").format(hours=row.hours),
                row.issued_on.isoformat(),
                row.issued_by,
                reprints,
                status,
            )
            out.line(GAP.join(part for part in parts if part))
        out.line(translate("Cli", "{count} certificates.").format(count=len(rows)))
        return 0

    def _export(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from functools import partial
        from pathlib import Path

        from hearth_desk.services.certificates.register import export_register
        from hearth_desk.services.progress import Progress

        words = partial(out.translate, "Report")
        with open_for_reading(location) as store, store.session() as session:
            count = export_register(
                session,
                Path(args.out),
                words,
                args.year,
                full_numbers=args.full_id,
                progress=Progress(out.progress),
            )
        out.line(
            out.translate("Cli", "Wrote {count} certificates to {path}.").format(
                count=count, path=args.out
            )
        )
        return 0

    def _void(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.certificates.register import void_certificate
        from hearth_desk.storage.store import open_store

        with open_store(location) as store, store.transaction() as session:
            row = void_certificate(session, args.number, args.reason)
        out.line(
            out.translate("Cli", "Voided {number} ({name}); the number is not used again.").format(
                number=row.number, name=row.person_name
            )
        )
        return 0

    def _settings(self, args: argparse.Namespace, location: StoreLocation, out: Output) -> int:
        from hearth_desk.services.certificates.numbering import KIND_WORDS, certificate_number
        from hearth_desk.services.certificates.settings import read_settings, update_settings
        from hearth_desk.storage.store import open_store

        changes = {field: getattr(args, option) for option, field in SETTING_OPTIONS.items()}
        if any(value is not None for value in changes.values()):
            with open_store(location) as store, store.transaction() as session:
                settings = update_settings(session, **changes)
        else:
            with open_for_reading(location) as store, store.session() as session:
                settings = read_settings(session)
        translate = out.translate
        example = certificate_number(settings, next(iter(KIND_WORDS)), 2026, 7)
        for label, value in (
            (translate("Cli", "Issuer"), settings.issuer),
            (translate("Cli", "Person in charge"), settings.person_in_charge),
            (translate("Cli", "Handler"), settings.handler),
            (translate("Cli", "Contact phone"), settings.contact_phone),
            (translate("Cli", "Short name"), settings.short_name),
            (translate("Cli", "Number format"), f"{settings.number_format}{GAP}{example}"),
            (translate("Cli", "Honour text"), settings.honour_template),
        ):
            out.line(translate("Cli", "{label}: {value}").format(label=label, value=value))
        return 0
