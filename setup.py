"""Packages are discovered, not listed: a new feature's subpackage ships without a
change here (``tests/test_packaging.py`` builds the wheel and checks).

Everything else is in ``pyproject.toml``. This file exists only because the
repository keeps ``resources/`` at top level and installs it as
``hearth_desk.resources`` (``package-dir`` there), which discovery alone cannot name.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["hearth_desk", "hearth_desk.*"]), "hearth_desk.resources"])
