"""Reading a CSV (or Excel's "Unicode text") file: its encoding, its delimiter, its rows.

The encoding is told by the bytes: UTF-8 with or without BOM, UTF-16 with BOM (what
Excel saves as Unicode text), else GB18030, the superset of the GBK that Excel writes
in China. Bytes that decode to more than a few control characters, and more than 1%,
are not text at all (a stray one, even a NUL, is left for the row checks to name).

The csv module stops at a field over ``csv.field_size_limit()`` characters (131,072):
in a ledger that is nearly always a quotation mark that is never closed, which makes
the rest of the file one field. That is said plainly, with the row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hearth_desk.domain.errors import QT_TRANSLATE_NOOP, UserError
from hearth_desk.domain.text_fields import visible
from hearth_desk.services.ledger.importing.sheets import (
    RawSheet,
    guarded_rows,
    not_a_spreadsheet,
    shown,
)


def decode_text(data: bytes) -> str | None:
    """The text of a CSV file, or None when it is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if c < " " and c not in "\r\n\t")
        return None if controls > 10 + len(text) // 100 else text
    return None


@contextmanager
def text_sheets(data: bytes, path: Path) -> Iterator[Iterator[RawSheet]]:
    """The one sheet of a CSV file, named after the file."""
    text = decode_text(data)
    if text is None:
        raise not_a_spreadsheet(path)
    sample = text[:8192]
    delimiter = max(",\t;", key=sample.count)  # Excel writes "," (or tabs as Unicode text)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    name = visible(path.stem)

    def explain(row: int, problem: Exception) -> UserError | None:
        if not str(problem).startswith("field larger than field limit"):
            return None
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Row {row} of {path} has a field longer than {limit} characters, nearly "
                "always because a quotation mark is opened and never closed. "
                "Correct that row in Excel or a text editor.",
            ),
            row=row,
            path=shown(path),
            limit=csv.field_size_limit(),
        )

    yield iter([RawSheet(name, guarded_rows(rows, path, name, explain))])
