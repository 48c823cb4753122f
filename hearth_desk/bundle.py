"""Where the program's own files are: inside the installed package, or inside the
bundle PyInstaller made (``sys.frozen``).

Fonts, catalogues and migrations are files, not modules. Installed with pip they sit
in the ``hearth_desk.resources`` package (the repository's ``resources/`` folder);
frozen, the bundle keeps them under ``_internal/hearth_desk/resources`` and the
package's import machinery is not there to find them. Everything that opens one of
our files asks here, so a frozen program never reaches outside its own folder for
them (a font of the same name installed on the PC, say).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def is_frozen() -> bool:
    """Whether this is the PyInstaller bundle rather than Python running our package."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder of the bundle's files (``_internal`` beside the executables)."""
    return Path(sys._MEIPASS)  # type: ignore[attr-defined]


def resource_dir(name: str) -> Path:
    """One of our resource folders: ``fonts``, ``i18n`` or ``icons``."""
    if is_frozen():
        return bundle_root() / "hearth_desk" / "resources" / name
    return Path(str(resources.files("hearth_desk.resources") / name))
