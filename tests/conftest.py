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
