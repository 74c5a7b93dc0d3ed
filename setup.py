"""Build hook: compile the HTML front end's hot modules with mypyc when that can be done.

Everything else about the package is declared in pyproject.toml. The compiled modules are
the same Python files, type-checked and turned into C extensions by mypyc: the tree walks
every HTML page pays for, about 9% of the CPU per page (see bench/README.md). Without a C
compiler, or with ``CLEANER_PURE_PYTHON=1``, the package installs as plain Python and gives
the same records, only slower.

An editable install (``make install``) builds the extensions next to their sources, where
they win over the ``.py`` files; after editing one of ``COMPILED``, install again (the
Makefile does), or tests/test_compiled.py fails on the stale build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The modules every HTML page spends most of its time in (tests/test_compiled.py checks them).
COMPILED = [
    "cleaner/html/layout.py",
    "cleaner/html/metadata/index.py",
    "cleaner/html/content.py",
]


def _remove_built() -> None:
    """Delete extensions of ``COMPILED`` left by an earlier build: they would shadow the
    sources of a pure-Python install."""
    for source in COMPILED:
        path = Path(source)
        for built in path.parent.glob(f"{path.stem}.*.so"):
            built.unlink()


def _fall_back(reason: object) -> None:
    print(f"cleaner: installing the HTML front end as pure Python ({reason})", file=sys.stderr)
    _remove_built()


class OptionalBuildExt(build_ext):
    """``build_ext`` that installs pure Python when compiling fails (no compiler, no headers)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            _fall_back(error)


def _extensions() -> list[Extension]:
    if os.environ.get("CLEANER_PURE_PYTHON") == "1":
        _fall_back("CLEANER_PURE_PYTHON=1")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        _fall_back(error)
        return []
    try:
        extensions: list[Extension] = mypycify(COMPILED, opt_level="3")
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        _fall_back(repr(error))
        return []
    return extensions


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
