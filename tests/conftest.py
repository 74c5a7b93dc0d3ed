"""Suite-wide options: ``--regen`` rewrites the golden fixtures' expected records."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="Rewrite fixtures/**/<case>.expected.json from the tool's output (review the diff).",
    )


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--regen``."""
    return bool(request.config.getoption("--regen"))


# The tests that take seconds each (real subprocesses, worker pools, hypothesis over whole
# pages, patterns expanded into every string they match). They carry the `slow` marker, which
# `pytest` leaves out by default (pyproject.toml) so that an everyday run takes seconds;
# `make test` and CI run everything (`pytest -m ""`).
SLOW_PATHS = (
    "tests/badinput/",
    "tests/batch/",
    "tests/cli/test_readme.py",
    "tests/cli/test_scripting.py",
    "tests/test_fuzz_smoke.py",
    "tests/test_prechecks.py",
    "tests/test_properties.py",
    "tests/test_properties_html.py",
)
# Elsewhere, tests that start the real command line in a subprocess are named for it.
SLOW_NAME_PREFIX = "test_subprocess"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds; left out unless -m '' (make test)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = config.rootpath
    for item in items:
        path = item.path.relative_to(root).as_posix() if item.path.is_relative_to(root) else ""
        if path.startswith(SLOW_PATHS) or item.name.startswith(SLOW_NAME_PREFIX):
            item.add_marker(pytest.mark.slow)
