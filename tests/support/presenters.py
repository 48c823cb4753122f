"""An ErrorPresenter for window tests: dialogs are recorded, not shown."""

from __future__ import annotations

from pathlib import Path

from hearth_desk.ui.common.errors import ErrorPresenter


class RecordingPresenter(ErrorPresenter):
    """Records dialogs instead of blocking on ``exec()``."""

    def __init__(self, log_path: Path) -> None:
        super().__init__(log_path)
        self.shown: list[tuple[str, str]] = []

    def _dialog(self, parent, icon, title, text) -> None:  # type: ignore[no-untyped-def, override]
        self.shown.append((title, text))
