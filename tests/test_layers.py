"""Data flows one way: bytes -> decoded text or DOM -> blocks -> steps -> record -> writer.

The modules before the steps (front ends, blocks, the shared date, byline and credit grammars,
the language word lists) never import a step's module or the pipeline: a fact two layers share
lives in a module of the earlier one (cleaner.credits, cleaner.datetimes, cleaner.bylines).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"
EARLY = [
    *sorted((PACKAGE / "text").glob("*.py")),
    *sorted((PACKAGE / "html").glob("*.py")),
    *sorted((PACKAGE / "io").glob("*.py")),
    *sorted((PACKAGE / "languages").glob("*.py")),
    *(
        PACKAGE / name
        for name in ("frontends.py", "blocks.py", "datetimes.py", "bylines.py", "credits.py")
    ),
    PACKAGE / "reasons.py",
]
LATER = ("cleaner.extractors", "cleaner.pipeline", "cleaner.assemble", "cleaner.batch")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("path", EARLY, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_an_early_module_imports_no_later_one(path: Path) -> None:
    later = sorted(n for n in _imports(path) if n.startswith(LATER))
    assert later == [], f"{path.name} imports {later}"


def test_the_early_modules_are_found() -> None:
    assert all(path.exists() for path in EARLY)
    assert len(EARLY) > 20
