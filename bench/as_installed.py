"""Run the program in benchmarks as an installed copy runs: from compiled bytecode.

pip compiles a package's modules when it installs it, so an office PC never compiles
our sources at start. A checkout run with PYTHONDONTWRITEBYTECODE set (as some shells
and CI images do) would compile some 150 modules on every start, about a tenth of a
second, and measure that instead.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

import hearth_desk


def installed_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (the current one by default) without PYTHONDONTWRITEBYTECODE, after
    compiling the package as pip would."""
    compileall.compile_dir(Path(hearth_desk.__file__).parent, quiet=1)
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
