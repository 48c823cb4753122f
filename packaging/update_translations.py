"""Refresh the translation catalogues from the source, then compile them.

Run after changing any user-visible string:  python packaging/update_translations.py
lupdate collects ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` strings from the
package into ``resources/i18n/*.ts`` (keeping existing translations; strings no
longer in the source are dropped), and lrelease compiles each to the ``.qm`` the
window loads. The command line reads the ``.ts`` files directly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "hearth_desk").rglob("*.py")
    if "migrations" not in p.parts
)
LANGUAGES = ("zh_CN", "zh_TW", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> int:
    for language in LANGUAGES:
        ts = ROOT / "resources" / "i18n" / f"hearth_desk_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *SOURCES,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
