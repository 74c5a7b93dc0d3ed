"""The compiled HTML front end (setup.py builds it with mypyc) is its Python source, up to date.

An editable install puts the extensions next to their sources, where they win over the
``.py`` files: a source edited without ``make install`` afterwards would be shadowed by the
old build. Here every compiled module is also loaded from its source, and both must give the
same layout, index and blocks on every HTML fixture. pytest's doctest collection skips a
module whose extension is loaded, so the sources' doctests run here too.
"""

from __future__ import annotations

import ast
import doctest
import importlib.util
import os
import shutil
import sys
import sysconfig
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cleaner.html import build, content, layout
from cleaner.html.metadata import index
from cleaner.html.metadata.extract import extract_metadata
from cleaner.html.parse import parse_html

ROOT = Path(__file__).resolve().parents[1]
MODULES = {
    "cleaner/html/layout.py": layout,
    "cleaner/html/metadata/index.py": index,
    "cleaner/html/content.py": content,
}
PAGES = sorted((ROOT / "fixtures" / "html").glob("*.html"))


def _source_module(path: str) -> ModuleType:
    """``path`` imported from its ``.py`` file, beside (not instead of) the installed module."""
    name = "_source_" + path.removesuffix(".py").replace("/", "_")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    os.environ.get("CLEANER_PURE_PYTHON") == "1"
    or not shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0]),
    reason="installed as pure Python on purpose, or no C compiler",
)
def test_the_front_end_is_compiled_where_it_can_be() -> None:
    # setup.py falls back to pure Python quietly (pip hides its output): a build that lost a
    # type stub must fail here, not halve the speed unnoticed.
    assert build() == "compiled by mypyc"


def test_extensions_are_not_older_than_their_sources() -> None:
    # The cheap, certain check for a stale editable build; the comparison further down
    # catches only an edit that changes a fixture's output.
    stale = [
        path
        for path, module in MODULES.items()
        if Path(module.__file__ or "").suffix != ".py"
        and Path(module.__file__ or "").stat().st_mtime < (ROOT / path).stat().st_mtime
    ]
    assert not stale, f"rebuild with `make install`: {stale} changed after they were compiled"


def test_setup_compiles_the_modules_checked_here() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text())
    listed = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED"
    )
    assert sorted(listed) == sorted(MODULES)


@pytest.mark.parametrize("path", sorted(MODULES))
def test_doctests_of_the_sources(path: str) -> None:
    module = _source_module(path)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def _layout(layout: Any) -> tuple[Any, ...]:
    blocks = [
        (b.owner, b.text, b.words, b.kind, b.tag, b.path, b.link_chars, b.class_tokens,
         b.heading_level)
        for b in layout.blocks
    ]  # fmt: skip
    return (layout.tags, layout.parents, layout.ends, layout.boilerplate, layout.hints, blocks)


def _index(found: Any) -> tuple[Any, ...]:
    return (found.by_tag, found.by_class, found.itemprops, found.byline_texts, found.texts)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_installed_modules_do_what_their_sources_say(page: Path) -> None:
    source_layout = _source_module("cleaner/html/layout.py")
    source_index = _source_module("cleaner/html/metadata/index.py")
    source_content = _source_module("cleaner/html/content.py")
    root = parse_html(page.read_bytes(), max_bytes=10**7)
    read = layout.read_layout(root)
    assert _layout(read) == _layout(source_layout.read_layout(root))
    assert _index(index.index_page(root)) == _index(source_index.index_page(root))
    _, body = extract_metadata(root)
    assert content.build_blocks(read, body) == source_content.build_blocks(read, body)
