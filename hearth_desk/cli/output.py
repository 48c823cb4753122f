"""Printing for the command line: results on stdout, one-line problems on stderr."""

from __future__ import annotations

import sys
from typing import TextIO

from hearth_desk.domain.messages import Translate


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
