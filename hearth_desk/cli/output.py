"""Printing for the command line: results on stdout, one-line problems on stderr."""

from __future__ import annotations

import io
import sys
from typing import TextIO

from hearth_desk.domain.messages import Translate

GAP = "\u3000"  # a full-width space between the parts of a line, in every command

# Stream error handlers that fail on a character the encoding lacks.
_FAILING_ERRORS = ("strict", "surrogateescape")


def tolerate_unencodable_output() -> None:
    """Print what the output's encoding can show and escape the rest (𠮷 → \\U00020bb7).

    A redirected stdout on Chinese Windows is GBK, which lacks names such as 𠮷; Python
    would raise on the first one, in the middle of a result. Escapes keep every
    character recoverable, and stderr already works this way."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in _FAILING_ERRORS:
            stream.reconfigure(errors="backslashreplace")


class Output:
    def __init__(
        self,
        translate: Translate,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.translate = translate
        self._stdout = stdout or sys.stdout
        self._stderr = stderr or sys.stderr

    def line(self, text: str = "") -> None:
        print(text, file=self._stdout)

    def error(self, text: str) -> None:
        # One line: scripts read stderr line by line, and a wrapped message would split.
        print(" ".join(text.split("\n")), file=self._stderr)

    def progress(self, done: int, total: int, message: str) -> None:
        if self._stderr.isatty() and total:
            text = self.translate("Progress", message)
            print(f"\r{text} {done * 100 // total}%", end="", file=self._stderr, flush=True)
            if done >= total:
                print(file=self._stderr)
